// The year's decisions in an .xlsx: number as a number (shown with its leading zero), signing date as a date.
import { DECISION_STATUS_LABELS, type Decision } from '#shared/api/decisionTypes.ts';
import { tableWorkbook, type TableCell, type TableColumn } from '../../fs/tableXlsx.ts';

const COLUMNS: TableColumn[] = [
  { header: 'STT', width: 6 },
  { header: 'Số', width: 8 },
  { header: 'Ký hiệu', width: 14 },
  { header: 'Ngày ký', width: 12 },
  { header: 'Trích yếu', width: 60 },
  { header: 'Trạng thái', width: 16 },
  { header: 'Người ký', width: 22 },
  { header: 'Số đơn vị', width: 10 },
];

export function decisionsWorkbook(decisions: readonly Decision[], title: string): Buffer {
  const cells = decisions.map((d, i): TableCell[] => [
    i + 1,
    d.number === null ? null : { number: d.number, format: '00' },
    d.code,
    d.signedOn ? { day: d.signedOn } : null,
    d.subject,
    DECISION_STATUS_LABELS[d.status],
    d.signerName,
    d.units.length,
  ]);
  return tableWorkbook(title, 'Quyết định', COLUMNS, cells);
}
