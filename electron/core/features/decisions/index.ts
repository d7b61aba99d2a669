// What other features use of decisions/; everything else in the folder is its own.
export { issueDecision } from './issue.ts';
export { createDecision, signDecision, submitDecision } from './service.ts';
export { getDecisionTemplate } from './template.ts';
