// Reads a spreadsheet file into a plain grid of cells: merged cells filled, legacy text converted, NFC.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { convertLegacy, detectLegacyEncoding, type LegacyEncoding } from '#shared/text/legacyVietnamese.ts';
import { DomainError } from '../../errors.ts';
import { checkSpreadsheetArchive, tooManyRows } from './spreadsheetArchive.ts';

export type Cell = string | number | null;

export interface SheetGrid {
  name: string;
  rows: Cell[][];
  encoding: 'unicode' | LegacyEncoding;
}

export interface Workbook {
  fileName: string;
  sheetNames: string[];
  sheet(name?: string): SheetGrid;
}

const MAX_BYTES = 50 * 1024 * 1024;
export const MAX_ROWS = 200_000;
const MAX_COLUMNS = 200;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

function notASpreadsheet(fileName: string): DomainError {
  return new DomainError(
    'validation',
    `Tệp "${fileName}" không phải bảng tính Excel (.xlsx hoặc .xls) hoặc đã bị hỏng. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi chọn lại.`,
  );
}

export function readWorkbook(filePath: string): Workbook {
  const fileName = path.basename(filePath);
  let buf: Buffer;
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) throw notASpreadsheet(fileName);
    if (stat.size > MAX_BYTES) {
      throw new DomainError('validation', `Tệp "${fileName}" quá lớn (trên 50 MB) để là danh sách đơn vị.`);
    }
    buf = fs.readFileSync(filePath);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError(
      'io',
      `Không đọc được tệp "${fileName}". Hãy kiểm tra tệp còn đó và không bị chương trình khác mở.`,
    );
  }
  // Only real Excel containers: SheetJS would otherwise read any text file as a one-column sheet.
  if (!startsWith(buf, ZIP) && !startsWith(buf, OLE)) throw notASpreadsheet(fileName);
  if (startsWith(buf, ZIP)) {
    const rows = checkSpreadsheetArchive(buf, fileName);
    if (rows > MAX_ROWS) throw tooManyRows(fileName, rows, MAX_ROWS);
  }
  let wb: XLSX.WorkBook;
  try {
    // toGrid reads raw values only: cellText/cellFormula off spare SheetJS formatting every cell.
    wb = XLSX.read(buf, {
      type: 'buffer',
      cellDates: false,
      cellNF: false,
      cellHTML: false,
      cellText: false,
      cellFormula: false,
      dense: true,
      // One row past the limit: a sheet that reaches it is refused below, never cut short.
      sheetRows: MAX_ROWS + 1,
    });
  } catch {
    throw notASpreadsheet(fileName);
  }
  if (!wb.SheetNames.length) throw notASpreadsheet(fileName);
  return {
    fileName,
    sheetNames: wb.SheetNames,
    sheet(name) {
      const sheetName = name ?? pickSheet(wb);
      const ws = wb.Sheets[sheetName];
      if (!ws) throw new DomainError('validation', `Không có trang tính "${sheetName}" trong tệp "${fileName}".`);
      const range = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']) : null;
      const rows = range ? range.e.r + 1 : 0;
      if (rows > MAX_ROWS) throw tooManyRows(fileName, rows, MAX_ROWS);
      return toGrid(sheetName, ws);
    },
  };
}

/** The first sheet that has data: offices often keep an empty or cover sheet first. */
function pickSheet(wb: XLSX.WorkBook): string {
  let best = wb.SheetNames[0]!;
  let bestCount = -1;
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws?.['!ref']) continue;
    const range = XLSX.utils.decode_range(ws['!ref']);
    const count = (range.e.r - range.s.r + 1) * (range.e.c - range.s.c + 1);
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

function toGrid(name: string, ws: XLSX.WorkSheet): SheetGrid {
  const raw = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null, blankrows: true });
  const rows: Cell[][] = raw.slice(0, MAX_ROWS).map((r) =>
    r.slice(0, MAX_COLUMNS).map((v): Cell => {
      if (v === null || v === undefined) return null;
      if (typeof v === 'number') return Number.isFinite(v) ? v : null;
      if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
      const s = String(v);
      return s.trim() === '' ? null : s;
    }),
  );
  const origin = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']).s : { r: 0, c: 0 };
  for (const m of ws['!merges'] ?? []) {
    const top = rows[m.s.r - origin.r]?.[m.s.c - origin.c] ?? null;
    for (let r = m.s.r; r <= m.e.r; r++) {
      for (let c = m.s.c; c <= m.e.c; c++) {
        const row = (rows[r - origin.r] ??= []);
        if (row[c - origin.c] === null || row[c - origin.c] === undefined) row[c - origin.c] = top;
      }
    }
  }

  const samples: string[] = [];
  for (const row of rows) for (const v of row) if (typeof v === 'string' && samples.length < 2000) samples.push(v);
  const encoding = detectLegacyEncoding(samples);
  // Cells already typed in Unicode Vietnamese (mixed sheets) are left as they are.
  const fix = (s: string) =>
    (encoding && !/[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/.test(s)
      ? convertLegacy(s, encoding)
      : s
    ).normalize('NFC');
  return {
    name,
    encoding: encoding ?? 'unicode',
    rows: rows.map((row) => Array.from(row, (v) => (typeof v === 'string' ? fix(v) : (v ?? null)))),
  };
}
