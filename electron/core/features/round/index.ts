// What other features use of round/; everything else in the folder is its own.
export { roundOverview } from './overview.ts';
export {
  assertOwnUnit,
  bulkRegister,
  ensureDossier,
  receiveDossier,
  recordStatusChange,
  saveRegistration,
  setDossierStatus,
} from './service.ts';
export { toRegistration } from './mapper.ts';
