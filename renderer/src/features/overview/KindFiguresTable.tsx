// Figures per unit kind, with a total row.
import { Card, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { KindFigures, RoundOverview } from '#shared/api/roundTypes.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS } from '#shared/domain/units.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { formatPercentVi } from './format.ts';

interface Row extends KindFigures {
  key: string;
  label: string;
}

const FIELDS: [title: string, text: (r: Row) => string][] = [
  ['Tổng số', (r) => formatNumberVi(r.total)],
  ['Đã đăng ký', (r) => formatNumberVi(r.registered)],
  ['Tỷ lệ đăng ký', (r) => formatPercentVi(r.registered, r.total)],
  ['Đã nhận hồ sơ', (r) => formatNumberVi(r.received)],
  ['Đã thẩm định', (r) => formatNumberVi(r.appraised)],
  ['Đề nghị', (r) => formatNumberVi(r.proposed)],
  ['Không đề nghị', (r) => formatNumberVi(r.notProposed)],
  ['Đã công nhận', (r) => formatNumberVi(r.recognized)],
  ['Tỷ lệ công nhận', (r) => formatPercentVi(r.recognized, r.total)],
];

const columns: ColumnsType<Row> = [
  { title: 'Loại đơn vị', dataIndex: 'label' },
  ...FIELDS.map(([title, text]) => ({ title, align: 'right' as const, render: (_: unknown, r: Row) => text(r) })),
];

export function KindFiguresTable({ overview }: { overview: RoundOverview }) {
  const rows: Row[] = UNIT_KINDS.map((k) => ({ key: k, label: UNIT_KIND_LABELS[k], ...overview.byKind[k] }));
  const sum = (f: keyof KindFigures) => rows.reduce((n, r) => n + r[f], 0);
  const total: Row = {
    key: 'total',
    label: 'Cộng',
    total: sum('total'),
    registered: sum('registered'),
    received: sum('received'),
    appraised: sum('appraised'),
    proposed: sum('proposed'),
    notProposed: sum('notProposed'),
    recognized: sum('recognized'),
  };
  return (
    <Card size="small" title="Số liệu theo loại đơn vị" className="overview-panel">
      <Table<Row>
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
        rowClassName={(r) => (r.total === 0 ? 'overview-row-empty' : '')}
        summary={() => (
          <Table.Summary.Row className="overview-row-total">
            <Table.Summary.Cell index={0}>{total.label}</Table.Summary.Cell>
            {FIELDS.map(([title, text], i) => (
              <Table.Summary.Cell key={title} index={i + 1} align="right">
                {text(total)}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
