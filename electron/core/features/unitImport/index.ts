// What other features use of unitImport/: the spreadsheet reader and header detection (the incident log import).
export { detectHeaderWith, isNumberingRow, type HeaderVocabulary } from './columns.ts';
export { isTotalsRow } from './infer.ts';
export { readSheet } from './readSheet.ts';
export { rowErrorsSummary } from './rowErrors.ts';
export { type Cell, type SheetGrid } from './spreadsheet.ts';
