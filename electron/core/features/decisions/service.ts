// Recognition decisions: a draft from proposed units, submitted for signature, signed with the next number of
// the year's register (units become recognised), then issued as .docx files whose SHA-256 is recorded.
// One place to import the commands from; each concern lives in its own file.
export { getDecision, listDecisions } from './queries.ts';
export { cancelSigning, correctSigning, submitDecision, signDecision, withdrawDecision } from './lifecycle.ts';
export { documentRegister, nextFreeNumber } from './numbers.ts';
export { createDecision, createRevocation, deleteDraft, updateDraft } from './drafts.ts';
