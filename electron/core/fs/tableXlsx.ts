// A list written as an .xlsx people can sort and sum: a title row, headers with a filter, and cells typed as they
// are (numbers as numbers, days as Excel dates shown dd/mm/yyyy), never numbers or dates turned into text.
import * as XLSX from '@e965/xlsx';
import { DomainError } from '../errors.ts';
import { writeFileAtomic } from './atomic.ts';

/** A day is given as its ISO text wrapped in { day }, so text that merely looks like a date stays text. */
export type TableCell = string | number | { day: string } | { number: number; format: string } | null;

export interface TableColumn {
  header: string;
  /** Width in characters. */
  width: number;
}

function toCell(value: TableCell): XLSX.CellObject {
  if (value === null) return { t: 'z' };
  if (typeof value === 'number') return { t: 'n', v: value };
  if (typeof value === 'string') return { t: 's', v: value };
  if ('day' in value) {
    const [y, m, d] = value.day.slice(0, 10).split('-').map(Number) as [number, number, number];
    // Excel's serial day: days since 30/12/1899 (taking its 1900 leap-year quirk into account for modern dates).
    const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return { t: 'n', v: serial, z: 'dd/mm/yyyy' };
  }
  return { t: 'n', v: value.number, z: value.format };
}

export function tableWorkbook(title: string, sheetName: string, columns: TableColumn[], rows: TableCell[][]): Buffer {
  const ws: XLSX.WorkSheet = {};
  const put = (r: number, c: number, cell: XLSX.CellObject) => {
    if (cell.t !== 'z') ws[XLSX.utils.encode_cell({ r, c })] = cell;
  };
  put(0, 0, { t: 's', v: title });
  columns.forEach((col, c) => put(2, c, { t: 's', v: col.header }));
  rows.forEach((row, i) => row.forEach((value, c) => put(3 + i, c, toCell(value))));
  const last = { r: Math.max(2, 2 + rows.length), c: columns.length - 1 };
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: last });
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: columns.length - 1 } }];
  ws['!cols'] = columns.map((c) => ({ wch: c.width }));
  ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 2, c: 0 }, e: last }) };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

export function writeTableXlsx(filePath: string, workbook: Buffer): void {
  try {
    writeFileAtomic(filePath, workbook);
  } catch {
    throw new DomainError(
      'io',
      'Không ghi được tệp Excel. Nếu tệp đang mở trong Excel, hãy đóng lại; hoặc chọn thư mục khác.',
    );
  }
}
