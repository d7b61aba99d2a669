// The dossiers feature as other folders see it.
export { DossierPage } from './DossierPage.tsx';
