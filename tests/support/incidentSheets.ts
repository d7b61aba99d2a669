// Incident logs the way offices keep them: a title, a header row, dates typed or as Excel dates, categories by
// label or by code; optionally in TCVN3 or VNI (.xls), as old machines still write them.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { toTcvn3, toVni } from './legacyEncoders.ts';

export type IncidentLine = [date: string | number, unit: string, category: string, note: string | null];

export function incidentLogXlsx(
  file: string,
  lines: IncidentLine[],
  encoding: 'unicode' | 'tcvn3' | 'vni' = 'unicode',
) {
  const rows: (string | number | null)[][] = [
    ['Công an xã Đông Sơn', null, null, null, null],
    // Lower case: TCVN3 writes accented capitals only with its separate upper-case fonts.
    ['Sổ theo dõi vụ việc về an ninh, trật tự năm 2025', null, null, null, null],
    [null, null, null, null, null],
    ['STT', 'Ngày', 'Khu dân cư / Đơn vị', 'Loại vụ việc', 'Nội dung'],
    ...lines.map(([date, unit, category, note], i) => [i + 1, date, unit, category, note]),
  ];
  const encode = encoding === 'tcvn3' ? toTcvn3 : encoding === 'vni' ? toVni : null;
  const encoded = encode ? rows.map((r) => r.map((c) => (typeof c === 'string' ? encode(c) : c))) : rows;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(encoded), 'Vu viec');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: encode ? 'biff8' : 'xlsx' }) as Buffer);
  return file;
}
