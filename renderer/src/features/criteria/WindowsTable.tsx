// The table of evaluation windows and deadlines per unit kind: date pickers (dd/mm/yyyy) or plain dates.
import { DatePicker, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { CampaignWindow } from '#shared/api/roundTypes.ts';
import { UNIT_KIND_LABELS } from '#shared/domain/units.ts';
import { formatDateVi } from '#shared/text/dates.ts';

export type DateField = Exclude<keyof CampaignWindow, 'kind'>;

const DATE_COLUMNS: [DateField, string][] = [
  ['windowFrom', 'Bắt đầu đánh giá'],
  ['windowTo', 'Kết thúc đánh giá'],
  ['registrationDeadline', 'Hạn đăng ký'],
  ['dossierDeadline', 'Hạn nộp hồ sơ'],
  ['decisionDeadline', 'Hạn quyết định công nhận'],
];

/** Problems a secretary can fix before saving; the server checks the window order too. */
export function windowProblems(w: CampaignWindow): Partial<Record<DateField, string>> {
  const p: Partial<Record<DateField, string>> = {};
  if (w.windowTo <= w.windowFrom) p.windowTo = 'Phải sau ngày bắt đầu.';
  if (w.dossierDeadline < w.registrationDeadline) p.dossierDeadline = 'Trước hạn đăng ký.';
  if (w.decisionDeadline < w.dossierDeadline) p.decisionDeadline = 'Trước hạn nộp hồ sơ.';
  return p;
}

export function WindowsTable(props: {
  windows: CampaignWindow[];
  onChange?: (kind: CampaignWindow['kind'], field: DateField, iso: string) => void;
}) {
  const { onChange } = props;
  const columns: ColumnsType<CampaignWindow> = [
    { title: 'Loại đơn vị', dataIndex: 'kind', width: 170, render: (k: CampaignWindow['kind']) => UNIT_KIND_LABELS[k] },
    ...DATE_COLUMNS.map(([field, title]) => ({
      title,
      key: field,
      render: (_: unknown, w: CampaignWindow) => {
        if (!onChange) return formatDateVi(w[field]);
        const problem = windowProblems(w)[field];
        return (
          <>
            <DatePicker
              value={dayjs(w[field])}
              format="DD/MM/YYYY"
              allowClear={false}
              status={problem ? 'error' : undefined}
              aria-label={`${title} — ${UNIT_KIND_LABELS[w.kind]}`}
              onChange={(d) => d && onChange(w.kind, field, d.format('YYYY-MM-DD'))}
            />
            {problem && (
              <Typography.Text type="danger" className="window-problem">
                {problem}
              </Typography.Text>
            )}
          </>
        );
      },
    })),
  ];
  return (
    <Table<CampaignWindow>
      className="windows-table"
      size="small"
      rowKey="kind"
      pagination={false}
      columns={columns}
      dataSource={props.windows}
      tableLayout="fixed"
    />
  );
}
