// The settings feature as other folders see it.
export { SettingsPage } from './SettingsPage.tsx';
export { OfficeFields, SignerFields } from './OfficeFields.tsx';
