// The security teams feature as other folders see it.
export { SecurityTeamsPage } from './SecurityTeamsPage.tsx';
