// How a decision's number and its files' sizes are written on screen.
import type { Decision } from '#shared/api/decisionTypes.ts';
import { formatNumberCode } from '#shared/documents/format.ts';

/** "05/QĐ-UBND"; null before the decision has a number. */
export function decisionNumber(d: Pick<Decision, 'number' | 'code'>): string | null {
  return d.number === null ? null : formatNumberCode({ number: d.number, code: d.code });
}

/** "12,3 KB" */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  return `${(kb / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
