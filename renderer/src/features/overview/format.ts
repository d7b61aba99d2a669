// Rates as the office reads them: "82,1%", with a dash when there is nothing to divide by.
import { formatDateVi, localIsoDate } from '#shared/text/dates.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';

export const RECOGNITION_TARGET = 0.7;

export function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

export function formatPercentVi(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${formatNumberVi(Math.round((part / whole) * 1000) / 10)}%`;
}

/** Today as dd/mm/yyyy in local time. */
export function todayVi(now = new Date()): string {
  return formatDateVi(localIsoDate(now));
}
