// What other features use of dossierComponents/: which components a unit's dossier must hold.
export { requiredFor } from './service.ts';
