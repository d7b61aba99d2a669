// What other features use of appraisal/; everything else in the folder is its own.
export { dossierDetail, moveDossier, saveAppraisal } from './service.ts';
