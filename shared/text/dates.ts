// Dates travel as ISO text (yyyy-mm-dd); people read and type dd/mm/yyyy.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** "2025-11-05" -> "05/11/2025"; anything else is returned unchanged. */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso.slice(0, 10));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** ISO timestamp -> "05/11/2025 14:03" in local time. */
export function formatDateTimeVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getDate())}/${p(date.getMonth() + 1)}/${date.getFullYear()} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

/** "5/11/2025" or "05.11.2025" -> "2025-11-05"; null when it is not a real date. */
export function parseDateVi(text: string): string | null {
  const m = VN_DATE.exec(text.trim());
  if (!m) return isValidIsoDate(text.trim()) ? text.trim() : null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** The calendar date of a moment in the machine's time zone, as ISO text: "today" as the office sees it. */
export function localIsoDate(moment: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${p(moment.getMonth() + 1)}-${p(moment.getDate())}`;
}
