// Finds the header row and maps columns to fields by what offices actually write in headers: unit fields here,
// and any other sheet's fields through a vocabulary of its own (the incident log).
import type { ImportColumn, ImportField } from '#shared/api/types.ts';
import { foldText } from '#shared/text/fold.ts';
import type { Cell } from './spreadsheet.ts';

// Folded header phrases per field, most specific first. A header matches the field whose phrase it contains.
const SYNONYMS: [ImportField, string[]][] = [
  ['headPhone', ['so dien thoai', 'dien thoai', 'sdt', 'so dt', 'dt lien he']],
  [
    'headName',
    [
      'truong thon',
      'to truong',
      'truong khu',
      'truong ban',
      'truong ap',
      'truong ban cong tac mat tran',
      'nguoi dung dau',
      'thu truong',
      'hieu truong',
      'giam doc',
      'ho ten truong',
      'nguoi dai dien',
      'chu nhiem',
      'truong ban',
    ],
  ],
  ['households', ['so ho', 'tong so ho', 'ho gia dinh', 'so ho gia dinh', 'ho dan']],
  ['population', ['nhan khau', 'so khau', 'dan so', 'so dan', 'tong so khau']],
  ['address', ['dia chi', 'tru so', 'dia diem']],
  ['parentName', ['thuoc xa', 'thuoc phuong', 'thuoc don vi', 'don vi cap tren', 'thuoc', 'xa phuong', 'dia ban']],
  ['subtype', ['loai khu dan cu', 'phan loai', 'loai hinh']],
  ['kind', ['loai don vi', 'doi tuong', 'loai']],
  ['notes', ['ghi chu', 'chu thich']],
  [
    'name',
    [
      'ten khu dan cu',
      'ten thon',
      'ten to dan pho',
      'ten don vi',
      'ten co quan',
      'ten doanh nghiep',
      'ten truong',
      'ten',
      'khu dan cu',
      'thon to dan pho',
      'thon, to dan pho',
      'don vi',
      'co quan, don vi',
    ],
  ],
];

const IGNORED = ['stt', 'so tt', 'tt', 'so thu tu'];

/** Folded header phrases per field, most specific first, and the field a header row must have. */
export interface HeaderVocabulary<F extends string> {
  synonyms: readonly (readonly [F, readonly string[]])[];
  required: F;
}

export interface Column<F extends string> {
  index: number;
  header: string;
  field: F | null;
}

const UNIT_VOCABULARY: HeaderVocabulary<ImportField> = { synonyms: SYNONYMS, required: 'name' };

function matchHeader<F extends string>(text: string, vocabulary: HeaderVocabulary<F>): F | null {
  const folded = foldText(text)
    .replace(/[().:/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!folded || IGNORED.includes(folded)) return null;
  for (const [field, phrases] of vocabulary.synonyms) {
    for (const p of phrases) {
      if (
        folded === p ||
        folded.startsWith(`${p} `) ||
        folded.includes(` ${p}`) ||
        (p.length > 4 && folded.includes(p))
      ) {
        return field;
      }
    }
  }
  return null;
}

function headerText(rows: Cell[][], index: number, width: number): string[] {
  const row = rows[index] ?? [];
  return Array.from({ length: width }, (_, c) => (typeof row[c] === 'string' ? (row[c] as string) : ''));
}

function countMatches<F extends string>(
  texts: string[],
  vocabulary: HeaderVocabulary<F>,
): { count: number; hasName: boolean } {
  const fields = texts.map((t) => matchHeader(t, vocabulary));
  return { count: new Set(fields.filter(Boolean)).size, hasName: fields.includes(vocabulary.required) };
}

export interface HeaderGuess {
  /** 0-based index of the (last) header row. */
  headerIndex: number;
  columns: ImportColumn[];
}

export function gridWidth(rows: Cell[][]): number {
  return rows.reduce((w, r) => Math.max(w, r.length), 0);
}

/** Builds the header text of each column, joining a two-row header ("Số liệu" over "Số hộ"). */
export function columnsAt(rows: Cell[][], headerIndex: number): ImportColumn[] {
  return columnsWith(rows, headerIndex, UNIT_VOCABULARY);
}

export function columnsWith<F extends string>(
  rows: Cell[][],
  headerIndex: number,
  vocabulary: HeaderVocabulary<F>,
): Column<F>[] {
  const width = gridWidth(rows);
  const lower = headerText(rows, headerIndex, width);
  const upper = headerIndex > 0 ? headerText(rows, headerIndex - 1, width) : [];
  const upperIsHeader = upper.length > 0 && countMatches(upper, vocabulary).count >= 1;
  const used = new Set<F>();
  return lower.map((text, index) => {
    const above = upperIsHeader ? (upper[index] ?? '') : '';
    const header = above && above !== text ? `${above} ${text}`.trim() : text;
    let field = matchHeader(text, vocabulary) ?? (text ? null : matchHeader(above, vocabulary));
    if (field === null && above && text) field = matchHeader(header, vocabulary);
    if (field && used.has(field)) field = null;
    if (field) used.add(field);
    return { index, header: header || `Cột ${index + 1}`, field };
  });
}

/** Picks the row, among the first 40, whose cells look most like column headers and name a unit column. */
export function detectHeader(rows: Cell[][]): HeaderGuess | null {
  return detectHeaderWith(rows, UNIT_VOCABULARY);
}

/** detectHeader for another kind of sheet: the row must name the vocabulary's required column. */
export function detectHeaderWith<F extends string>(
  rows: Cell[][],
  vocabulary: HeaderVocabulary<F>,
): { headerIndex: number; columns: Column<F>[] } | null {
  const width = gridWidth(rows);
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < Math.min(rows.length, 40); i++) {
    const { count, hasName } = countMatches(headerText(rows, i, width), vocabulary);
    if (!hasName || count < 1) continue;
    const nonEmpty = (rows[i] ?? []).filter((v) => v !== null).length;
    const score = count * 10 + Math.min(nonEmpty, 9);
    if (!best || score > best.score) best = { index: i, score };
  }
  if (!best) return null;
  let headerIndex = best.index;
  // A second header row below (sub-headers under merged cells) belongs to the header.
  const below = headerText(rows, headerIndex + 1, width);
  const belowHasNumbers = (rows[headerIndex + 1] ?? []).some((v) => typeof v === 'number');
  if (!belowHasNumbers && countMatches(below, vocabulary).count >= 1 && !isNumberingRow(rows[headerIndex + 1] ?? []))
    headerIndex += 1;
  return { headerIndex, columns: columnsWith(rows, headerIndex, vocabulary) };
}

/** The "(1) (2) (3)" or "1 2 3" row that often sits under a Vietnamese table header. */
export function isNumberingRow(row: Cell[]): boolean {
  const cells = row.filter((v) => v !== null);
  if (cells.length < 2) return false;
  return cells.every((v, i) => {
    const t = String(v).replace(/[()\s]/g, '');
    return t === String(i + 1) || /^\d{1,2}$/.test(t) || /^[a-zA-Z]$/.test(t);
  });
}
