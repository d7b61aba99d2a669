// Builds spreadsheets the way offices really keep them: title rows, merged two-row headers, blank rows,
// totals, numbers typed as "1.234", NFD text, legacy TCVN3/VNI text, repeated units.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { toTcvn3, toVni } from './legacyEncoders.ts';

type Cell = string | number | null;

function write(file: string, rows: Cell[][], merges: XLSX.Range[], bookType: XLSX.BookType): string {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Bìa']]), 'Bia');
  XLSX.utils.book_append_sheet(wb, ws, 'Danh sach');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
  return file;
}

const range = (r1: number, c1: number, r2: number, c2: number): XLSX.Range => ({
  s: { r: r1, c: c1 },
  e: { r: r2, c: c2 },
});

/** Residential areas with every mess at once. Expected result: see MESSY_EXPECTED. */
export function messyResidentialXlsx(file: string): string {
  const nfd = (s: string) => s.normalize('NFD');
  const rows: Cell[][] = [
    ['ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN', null, null, null, null, null],
    ['DANH SÁCH KHU DÂN CƯ ĐĂNG KÝ NĂM 2025', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['STT', 'Tên thôn, tổ dân phố', 'Số liệu', null, 'Trưởng thôn', 'Ghi chú'],
    [null, null, 'Số hộ', 'Số nhân khẩu', null, null],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    [1, nfd('Thôn Hạ Long'), '1.234', '4.321', nfd('Nguyễn Văn Bảy'), null],
    [2, '  Tổ dân phố   số 7 ', 256, '1 024', 'Lê Thị Tám', 'mới thành lập'],
    [null, null, null, null, null, null],
    [3, 'Bản Nà Mèo', '98', 412, null, null],
    [4, 'thôn  ĐÔNG 1', 300, 1200, null, 'trùng thôn đã có'],
    [5, 'Thon Ha Long', 10, 40, null, 'trùng dòng trên, không dấu'],
    [null, null, null, null, null, null],
    [6, 'Khu phố Chợ', '2,345', 9000, 'Trần Văn Chín', null],
    ['Tổng cộng', null, '3.933', '14.997', null, null],
  ];
  return write(
    file,
    rows,
    [
      range(0, 0, 0, 5),
      range(1, 0, 1, 5),
      range(3, 2, 3, 3),
      range(3, 0, 4, 0),
      range(3, 1, 4, 1),
      range(3, 4, 4, 4),
      range(3, 5, 4, 5),
      range(14, 0, 14, 1),
    ],
    'xlsx',
  );
}

export const MESSY_EXPECTED = [
  { name: 'Thôn Hạ Long', households: 1234, population: 4321, headName: 'Nguyễn Văn Bảy', subtype: 'thon' },
  { name: 'Tổ dân phố số 7', households: 256, population: 1024, headName: 'Lê Thị Tám', subtype: 'to_dan_pho' },
  { name: 'Bản Nà Mèo', households: 98, population: 412, headName: null, subtype: 'ban' },
  { name: 'Khu phố Chợ', households: 2345, population: 9000, headName: 'Trần Văn Chín', subtype: 'khu_pho' },
];

const LEGACY_ROWS: Cell[][] = [
  ['Danh sách cơ quan, doanh nghiệp, trường học', null, null],
  ['TT', 'Tên đơn vị', 'Người đứng đầu'],
  ['I. Cơ quan', null, null],
  [1, 'Trạm Kiểm lâm Đông Sơn', 'Hà Văn Lực'],
  [2, 'Chi nhánh Ngân hàng Chính sách xã hội', 'Phùng Thị Nga'],
  ['II. Doanh nghiệp', null, null],
  [3, 'Công ty TNHH Đồ gỗ Hưng Thịnh', 'Đào Văn Khởi'],
  ['III. Cơ sở giáo dục', null, null],
  [4, 'Trường THCS Lê Lợi', 'Vương Thị Hiền'],
];

/** TCVN3 (.VnTime) text in a legacy .xls, grouped under section headings. */
export function legacyTcvn3Xls(file: string): string {
  const rows = LEGACY_ROWS.map((r) => r.map((c) => (typeof c === 'string' ? toTcvn3(c) : c)));
  return write(file, rows, [range(0, 0, 0, 2)], 'biff8');
}

/** VNI text in an .xlsx. */
export function legacyVniXlsx(file: string): string {
  const rows = LEGACY_ROWS.map((r) => r.map((c) => (typeof c === 'string' ? toVni(c) : c)));
  return write(file, rows, [range(0, 0, 0, 2)], 'xlsx');
}

export const LEGACY_EXPECTED = [
  { name: 'Trạm Kiểm lâm Đông Sơn', kind: 'co_quan', headName: 'Hà Văn Lực' },
  { name: 'Chi nhánh Ngân hàng Chính sách xã hội', kind: 'co_quan', headName: 'Phùng Thị Nga' },
  { name: 'Công ty TNHH Đồ gỗ Hưng Thịnh', kind: 'doanh_nghiep', headName: 'Đào Văn Khởi' },
  { name: 'Trường THCS Lê Lợi', kind: 'co_so_giao_duc', headName: 'Vương Thị Hiền' },
];

/** A large clean list for benchmarks. */
export function largeUnitsXlsx(file: string, count: number, offset = 0): string {
  const rows: Cell[][] = [
    ['Danh sách'],
    ['STT', 'Tên khu dân cư', 'Số hộ', 'Số nhân khẩu', 'Trưởng thôn', 'Số điện thoại'],
  ];
  for (let i = 0; i < count; i++) {
    const n = i + offset;
    rows.push([
      i + 1,
      `Thôn Tân Lập ${n}`,
      String(100 + (n % 400)),
      400 + (n % 1600),
      `Nguyễn Văn ${n}`,
      `09${String(n).padStart(8, '0')}`,
    ]);
  }
  return write(file, rows, [], 'xlsx');
}
