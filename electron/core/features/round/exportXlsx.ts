// The round list as the grid shows it (same filters, same order) in an .xlsx with typed cells.
import type { RoundRow } from '#shared/api/roundTypes.ts';
import { RESULT_LABELS, ROUND_STATUS_LABELS } from '#shared/domain/round.ts';
import { UNIT_KIND_LABELS, UNIT_SUBTYPE_LABELS } from '#shared/domain/units.ts';
import { tableWorkbook, type TableCell, type TableColumn } from '../../fs/tableXlsx.ts';

const COLUMNS: TableColumn[] = [
  { header: 'STT', width: 6 },
  { header: 'Tên đơn vị', width: 32 },
  { header: 'Loại', width: 16 },
  { header: 'Phân loại', width: 16 },
  { header: 'Thuộc', width: 20 },
  { header: 'Trạng thái', width: 22 },
  { header: 'Ngày đăng ký', width: 13 },
  { header: 'Số nghị quyết', width: 14 },
  { header: 'Ngày nghị quyết', width: 14 },
  { header: 'Số hộ đăng ký', width: 12 },
  { header: 'Tổng số hộ', width: 11 },
  { header: 'Thành phần đã có', width: 12 },
  { header: 'Thành phần bắt buộc', width: 12 },
  { header: 'Ngày nhận hồ sơ', width: 14 },
  { header: 'Kết quả', width: 12 },
  { header: 'Vụ việc', width: 9 },
];

const day = (iso: string | null | undefined): TableCell => (iso ? { day: iso } : null);

export function roundWorkbook(rows: readonly RoundRow[], title: string): Buffer {
  const cells = rows.map((r, i): TableCell[] => [
    i + 1,
    r.unitName,
    UNIT_KIND_LABELS[r.kind],
    r.subtype ? UNIT_SUBTYPE_LABELS[r.subtype] : null,
    r.parentName,
    ROUND_STATUS_LABELS[r.status],
    day(r.registration?.registeredOn),
    r.registration?.resolutionNumber ?? null,
    day(r.registration?.resolutionDate),
    r.registration?.householdsRegistered ?? null,
    r.registration?.householdsTotal ?? (r.registration ? r.households : null),
    r.dossierId === null ? null : r.componentsPresent,
    r.dossierId === null ? null : r.componentsRequired,
    day(r.receivedOn),
    r.result ? RESULT_LABELS[r.result] + (r.overridden ? ' (điều chỉnh)' : '') : null,
    r.incidentCount,
  ]);
  return tableWorkbook(title, 'Đợt xét', COLUMNS, cells);
}
