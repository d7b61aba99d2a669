// The backup feature as other folders see it.
export { BackupPage } from './BackupPage.tsx';
