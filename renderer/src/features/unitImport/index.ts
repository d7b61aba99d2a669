// The unitImport feature as other folders see it.
export { ImportPage } from './ImportPage.tsx';
