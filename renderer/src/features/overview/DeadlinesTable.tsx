// The year's deadlines per unit kind with days left and their source: overdue with work pending in red, the next
// 14 days in orange.
import { Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DeadlineState } from '#shared/api/roundTypes.ts';
import { UNIT_KIND_LABELS } from '#shared/domain/units.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';

const SOON_DAYS = 14;
type Tone = 'overdue' | 'soon' | 'done' | 'normal';

interface Row extends DeadlineState {
  key: string;
}

function tone(d: DeadlineState): Tone {
  if (d.overdue) return 'overdue';
  if (d.pending === 0) return 'done';
  if (d.daysLeft <= SOON_DAYS) return 'soon';
  return 'normal';
}

export function deadlineText(d: DeadlineState): string {
  const n = formatNumberVi;
  const pending = d.pending > 0 ? `, còn ${n(d.pending)} đơn vị` : '';
  if (d.overdue) return `Quá hạn ${n(-d.daysLeft)} ngày${pending}`;
  if (d.daysLeft < 0) return 'Đã qua hạn, đã xong';
  if (d.daysLeft === 0) return `Hôm nay là hạn${pending}`;
  return `Còn ${n(d.daysLeft)} ngày${d.pending > 0 ? pending : ', đã xong'}`;
}

const COLORS: Record<Tone, string | undefined> = {
  overdue: '#cf1322',
  soon: '#d46b08',
  done: '#8c8c8c',
  normal: undefined,
};

const columns: ColumnsType<Row> = [
  { title: 'Ngày', dataIndex: 'date', width: 100, render: (v: string) => formatDateVi(v) },
  {
    title: 'Mốc',
    dataIndex: 'label',
    render: (label: string, d: Row) => (
      <>
        {label}
        <Typography.Text type="secondary" className="deadline-source">
          {d.source.text}
          {!d.source.confirmed && (
            <Tag color="orange" className="deadline-source-unconfirmed">
              Cần xác nhận
            </Tag>
          )}
        </Typography.Text>
      </>
    ),
  },
  { title: 'Loại đơn vị', dataIndex: 'kind', render: (k: Row['kind']) => UNIT_KIND_LABELS[k] },
  {
    title: 'Tình trạng',
    key: 'state',
    render: (_: unknown, d: Row) => (
      <Typography.Text strong={tone(d) === 'overdue' || tone(d) === 'soon'} style={{ color: COLORS[tone(d)] }}>
        {deadlineText(d)}
      </Typography.Text>
    ),
  },
];

export function DeadlinesTable({ deadlines }: { deadlines: DeadlineState[] }) {
  const rows = deadlines.map((d) => ({ ...d, key: `${d.kind}:${d.stage}` }));
  const overdue = deadlines.filter((d) => d.overdue).length;
  const soon = deadlines.filter((d) => tone(d) === 'soon').length;
  return (
    <Card
      size="small"
      className="overview-panel"
      title="Mốc thời gian"
      extra={
        <Typography.Text type="secondary">
          {overdue > 0 && <span style={{ color: COLORS.overdue }}>{overdue} mốc quá hạn</span>}
          {overdue > 0 && soon > 0 && ', '}
          {soon > 0 && <span style={{ color: COLORS.soon }}>{soon} mốc trong 14 ngày tới</span>}
        </Typography.Text>
      }
    >
      <Table<Row>
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
        rowClassName={(d) => `deadline-${tone(d)}`}
        locale={{ emptyText: 'Chưa có đơn vị nào nên chưa có mốc thời gian.' }}
      />
    </Card>
  );
}
