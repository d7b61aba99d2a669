// The table of evaluation windows and deadlines per unit kind: date pickers (dd/mm/yyyy) or plain dates, each with
// its source; the dossier and decision deadlines are the province's and may stay empty.
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { CampaignWindow } from '#shared/api/roundTypes.ts';
import { classificationDeadline } from '#shared/domain/round.ts';
import { deadlineSource, type RuleSource } from '#shared/domain/sources.ts';
import { UNIT_KIND_LABELS } from '#shared/domain/units.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { toDay, toIso } from '../../kit/dates.ts';
import { SourceNote } from './SourceNote.tsx';

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
  if (w.dossierDeadline !== null && w.dossierDeadline < w.registrationDeadline)
    p.dossierDeadline = 'Trước hạn đăng ký.';
  if (w.decisionDeadline !== null && w.dossierDeadline !== null && w.decisionDeadline < w.dossierDeadline) {
    p.decisionDeadline = 'Trước hạn nộp hồ sơ.';
  }
  return p;
}

const OPTIONAL: DateField[] = ['dossierDeadline', 'decisionDeadline'];

function sourceOf(w: CampaignWindow, field: DateField, year: number): RuleSource {
  if (field === 'windowFrom' || field === 'windowTo') {
    return deadlineSource('window', w.kind, year, `${w.windowFrom}/${w.windowTo}`);
  }
  if (field === 'registrationDeadline') return deadlineSource('registration', w.kind, year, w.registrationDeadline);
  return deadlineSource(field === 'dossierDeadline' ? 'dossier' : 'decision', w.kind, year, w[field]);
}

export function WindowsTable(props: {
  windows: CampaignWindow[];
  year: number;
  onChange?: (kind: CampaignWindow['kind'], field: DateField, iso: string | null) => void;
}) {
  const { onChange, year } = props;
  const columns: ColumnsType<CampaignWindow> = [
    { title: 'Loại đơn vị', dataIndex: 'kind', width: 170, render: (k: CampaignWindow['kind']) => UNIT_KIND_LABELS[k] },
    ...DATE_COLUMNS.map(([field, title]) => ({
      title,
      key: field,
      render: (_: unknown, w: CampaignWindow) => {
        const value = w[field];
        const source = <SourceNote source={sourceOf(w, field, year)} />;
        if (!onChange) {
          return (
            <>
              {value === null ? <Typography.Text type="secondary">Chưa nhập</Typography.Text> : formatDateVi(value)}
              {source}
            </>
          );
        }
        const problem = windowProblems(w)[field];
        const optional = OPTIONAL.includes(field);
        return (
          <>
            <DateInput
              width="auto"
              value={toDay(value)}
              allowClear={optional}
              placeholder={optional ? 'Do tỉnh hướng dẫn' : undefined}
              status={problem ? 'error' : undefined}
              aria-label={`${title} — ${UNIT_KIND_LABELS[w.kind]}`}
              onChange={(d) => {
                // A single date picker: never a list of dates.
                const iso = Array.isArray(d) ? null : toIso(d);
                if (iso) onChange(w.kind, field, iso);
                else if (optional) onChange(w.kind, field, null);
              }}
            />
            {source}
            {problem && (
              <Typography.Text type="danger" className="window-problem">
                {problem}
              </Typography.Text>
            )}
          </>
        );
      },
    })),
    {
      title: 'Hạn phân loại phong trào',
      key: 'classification',
      render: (_: unknown, w: CampaignWindow) => (
        <>
          {formatDateVi(classificationDeadline(w.kind, year))}
          <SourceNote source={deadlineSource('classification', w.kind, year)} />
        </>
      ),
    },
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
