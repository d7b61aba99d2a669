// Text conventions of Nghị định 30/2020/NĐ-CP that the renderers and the templates share.
import { isValidIsoDate } from '../text/dates.ts';
import type { DocumentNumber, IsoDate, PlaceDate, SignatureBlock } from './model.ts';

/** What a draft prints where the number or a date part will be written by hand after signing. */
const NUMBER_BLANK = '     ';
const DATE_PART_BLANK = '    ';

function checkedNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Số văn bản phải là số nguyên dương, không phải ${n}.`);
  // NĐ 30: numbers below 10 are written with a leading zero ("05"), larger ones as they are.
  return String(n).padStart(2, '0');
}

/** "05/QĐ-UBND", or "     /QĐ-UBND" for a draft. */
export function formatNumberCode(doc: DocumentNumber): string {
  return `${doc.number === null ? NUMBER_BLANK : checkedNumber(doc.number)}/${doc.code}`;
}

/** "Số: 05/QĐ-UBND"; a draft gives "Số:      /QĐ-UBND". */
export function formatDocumentNumber(doc: DocumentNumber): string {
  return `Số: ${formatNumberCode(doc)}`;
}

function dateParts(iso: IsoDate): { day: number; month: number; year: number } {
  if (!isValidIsoDate(iso)) throw new RangeError(`Ngày không hợp lệ: ${iso}.`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { day, month, year };
}

/**
 * "ngày 05 tháng 11 năm 2025". NĐ 30: a leading zero for days below 10 and for months 1 and 2 only
 * ("tháng 02" but "tháng 3"), so that nobody can add a digit in front by hand.
 * A null date gives the blank draft form "ngày      tháng      năm 2025".
 */
export function formatLongDate(iso: IsoDate | null, draftYear: number): string {
  if (iso === null) return `ngày ${DATE_PART_BLANK} tháng ${DATE_PART_BLANK} năm ${draftYear}`;
  const { day, month, year } = dateParts(iso);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Đông Sơn, ngày 05 tháng 11 năm 2025". */
export function formatPlaceDate(placeDate: PlaceDate): string {
  return `${placeDate.place}, ${formatLongDate(placeDate.date, placeDate.year)}`;
}

/** "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 11 năm 2025 của Ủy ban nhân dân xã Đông Sơn)". */
export function attachmentNote(input: {
  documentKind: string;
  documentNumber: DocumentNumber;
  date: IsoDate | null;
  year: number;
  issuer: string;
}): string {
  const number = formatNumberCode(input.documentNumber);
  return `(Kèm theo ${input.documentKind} số ${number} ${formatLongDate(input.date, input.year)} của ${input.issuer})`;
}

/**
 * Lines of an enumeration (legal bases, recipients) end with ";" and the last with ".", whatever the template
 * author typed at the end.
 */
export function withListEndings(lines: readonly string[]): string[] {
  return lines.map((line, i) => `${line.trim().replace(/[\s;.,:]+$/u, '')}${i === lines.length - 1 ? '.' : ';'}`);
}

/** "- Như Điều 3;" ... "- Lưu: VT, CAX." */
export function recipientLines(recipients: readonly string[]): string[] {
  return withListEndings(recipients.map((r) => r.trim().replace(/^[-–]\s*/u, ''))).map((r) => `- ${r}`);
}

/** The bold upper-case lines above the signature, e.g. ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]. */
export function signatureLines(block: SignatureBlock): string[] {
  const upper = (s: string) => s.trim().toLocaleUpperCase('vi');
  const lines: string[] = [];
  if (block.authority && block.onBehalfOf.trim()) lines.push(`${block.authority} ${upper(block.onBehalfOf)}`);
  if (block.deputyFor?.trim()) lines.push(`KT. ${upper(block.deputyFor)}`);
  if (block.title.trim()) lines.push(upper(block.title));
  return lines;
}
