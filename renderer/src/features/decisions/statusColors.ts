import type { DecisionStatus } from '#shared/api/decisionTypes.ts';

export const STATUS_COLORS: Record<DecisionStatus, string> = {
  draft: 'default',
  submitted: 'gold',
  signed: 'blue',
  issued: 'green',
};
