// How a decision's number is written on screen.
import type { Decision } from '#shared/api/decisionTypes.ts';
import { formatNumberCode } from '#shared/documents/format.ts';

/** "05/QĐ-UBND"; null before the decision has a number. */
export function decisionNumber(d: Pick<Decision, 'number' | 'code'>): string | null {
  return d.number === null ? null : formatNumberCode({ number: d.number, code: d.code });
}
