// Models lists the way offices keep them: a title, a header row, one row per point with its team counts;
// optionally in TCVN3 (.xls), as old machines still write them.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { toTcvn3 } from './legacyEncoders.ts';

export type ModelLine = [
  name: string,
  type: string,
  unit: string,
  decision: string,
  decisionDate: string,
  point: string,
  startedOn: string | null,
  teams: number,
  members: number,
];

export function modelListXlsx(file: string, lines: ModelLine[], encoding: 'unicode' | 'tcvn3' = 'unicode') {
  const rows: (string | number | null)[][] = [
    ['Công an xã Đông Sơn'],
    ['Danh sách mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc'],
    [],
    [
      'STT',
      'Tên mô hình',
      'Loại mô hình',
      'Đơn vị xây dựng',
      'Số quyết định',
      'Ngày thành lập',
      'Nơi áp dụng (điểm)',
      'Ngày áp dụng',
      'Số tổ',
      'Số thành viên',
    ],
    ...lines.map((l, i) => [i + 1, ...l]),
  ];
  const encoded = encoding === 'tcvn3' ? rows.map((r) => r.map((c) => (typeof c === 'string' ? toTcvn3(c) : c))) : rows;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(encoded), 'Mo hinh');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    XLSX.write(wb, { type: 'buffer', bookType: encoding === 'tcvn3' ? 'biff8' : 'xlsx' }) as Buffer,
  );
  return file;
}
