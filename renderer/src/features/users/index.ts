// The users feature as other folders see it.
export { UsersPage } from './UsersPage.tsx';
