// The auth feature as other folders see it.
export { LoginScreen } from './LoginScreen.tsx';
