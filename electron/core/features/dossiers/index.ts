// What other features use of dossiers/; everything else in the folder is its own.
export { attachFiles } from './attach.ts';
