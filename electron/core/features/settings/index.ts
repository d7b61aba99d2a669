// What other features use of settings/; everything else in the folder is its own.
export { findSettings, getSettings, type OfficeSettingsInput, saveSettings } from './service.ts';
