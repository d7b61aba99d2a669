// Writes units to an .xlsx that offices can open, edit and import back (same column headers).
import * as XLSX from '@e965/xlsx';
import type { Unit } from '#shared/api/types.ts';
import { UNIT_KIND_LABELS, UNIT_SUBTYPE_LABELS } from '#shared/domain/units.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { DomainError } from '../../errors.ts';
import { writeFileAtomic } from '../../fs/atomic.ts';

export const EXPORT_HEADERS = [
  'STT',
  'Tên đơn vị',
  'Loại',
  'Phân loại',
  'Thuộc',
  'Địa chỉ',
  'Người đứng đầu',
  'Số điện thoại',
  'Số hộ',
  'Số nhân khẩu',
  'Hoạt động từ',
  'Hoạt động đến',
  'Sáp nhập vào',
  'Ghi chú',
];

export function unitsWorkbook(units: Unit[], title: string): Buffer {
  const rows = units.map((u, i) => [
    i + 1,
    u.name,
    UNIT_KIND_LABELS[u.kind],
    u.subtype ? UNIT_SUBTYPE_LABELS[u.subtype] : '',
    u.parentName ?? '',
    u.address ?? '',
    u.headName ?? '',
    u.headPhone ?? '',
    u.households ?? '',
    u.population ?? '',
    formatDateVi(u.activeFrom),
    formatDateVi(u.activeUntil),
    u.mergedIntoName ?? '',
    u.notes ?? '',
  ]);
  const ws = XLSX.utils.aoa_to_sheet([[title], [], EXPORT_HEADERS, ...rows]);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: EXPORT_HEADERS.length - 1 } }];
  ws['!cols'] = [6, 32, 16, 16, 20, 28, 22, 14, 9, 12, 12, 12, 20, 30].map((wch) => ({ wch }));
  ws['!autofilter'] = {
    ref: XLSX.utils.encode_range({ s: { r: 2, c: 0 }, e: { r: 2 + rows.length, c: EXPORT_HEADERS.length - 1 } }),
  };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Danh sách đơn vị');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

export function exportUnitsXlsx(units: Unit[], title: string, filePath: string): void {
  try {
    writeFileAtomic(filePath, unitsWorkbook(units, title));
  } catch {
    throw new DomainError(
      'io',
      'Không ghi được tệp Excel. Nếu tệp đang mở trong Excel, hãy đóng lại; hoặc chọn thư mục khác.',
    );
  }
}
