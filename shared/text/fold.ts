// Text helpers shared by main and renderer: NFC on input, folding for search and duplicate detection,
// Vietnamese collation for sorting.

/** Normalises input text: NFC, trimmed, inner whitespace collapsed. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Folds text for matching: lower case, no diacritics, đ -> d, single spaces. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Folds text into a compact key for duplicate detection: also drops spaces and punctuation. */
export function foldKey(value: string): string {
  return foldText(value).replace(/[^a-z0-9]/g, '');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two strings with Vietnamese collation (a < ă < â, d < đ, numbers by value). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
