// What other features use of documents/; everything else in the folder is its own.
export { renderCertificatesDocx, renderDecisionDocx, renderProposalDocx } from './nd30.ts';
