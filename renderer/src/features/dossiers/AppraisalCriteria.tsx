// One line per criterion: its text, what the data suggests, the verdict and a note.
import { BulbOutlined } from '@ant-design/icons';
import { Input, Radio, Table, Tag, Tooltip, Typography } from 'antd';
import type { AppraisalItem, IncidentCount } from '#shared/api/roundTypes.ts';
import { INCIDENT_CATEGORY_LABELS, VERDICTS, VERDICT_LABELS, type Verdict } from '#shared/domain/round.ts';
import { criterionSource } from '#shared/domain/sources.ts';
import type { DraftItem } from './appraisalDraft.ts';

const VERDICT_COLORS: Record<Verdict, string | undefined> = {
  dat: '#389e0d',
  khong_dat: '#cf1322',
  chua_danh_gia: undefined,
};

function CriterionText({ item }: { item: AppraisalItem }) {
  const c = item.criterion;
  return (
    <div>
      <Typography.Text strong>Tiêu chí {c.code}. </Typography.Text>
      <Typography.Text>{c.text}</Typography.Text>{' '}
      {!c.confirmed && (
        <Tooltip title="Nội dung tiêu chí chưa đối chiếu đủ văn bản; Thường trực kiểm tra lại trong Bộ tiêu chí.">
          <Tag color="orange">Cần xác nhận</Tag>
        </Tooltip>
      )}
      {c.origin === 'dia_phuong' && <Tag>Tiêu chí của tỉnh</Tag>}
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Nguồn: {criterionSource(c).text}
        </Typography.Text>
      </div>
      {item.reasons.length > 0 && (
        <div style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">
            <BulbOutlined style={{ color: '#d48806' }} /> Gợi ý từ dữ liệu:{' '}
            {item.suggestedVerdict ? VERDICT_LABELS[item.suggestedVerdict] : 'cần xem xét'}
          </Typography.Text>
          <ul style={{ margin: '2px 0 0', paddingLeft: 22 }}>
            {item.reasons.map((reason) => (
              <li key={reason}>
                <Typography.Text type="secondary">{reason}</Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.incidentCounts.length > 0 && <IncidentCounts counts={item.incidentCounts} />}
    </div>
  );
}

/** This window's incidents by category beside last year's: weighed by the reviewer, never failed automatically. */
function IncidentCounts({ counts }: { counts: IncidentCount[] }) {
  return (
    <div style={{ marginTop: 4 }}>
      <Tag color="gold">Cần xem xét</Tag>
      <table aria-label="Số vụ việc so với năm trước" style={{ borderCollapse: 'collapse', marginTop: 4 }}>
        <thead>
          <tr>
            {['Loại vụ việc', 'Năm nay', 'Năm trước'].map((h) => (
              <th key={h} style={{ textAlign: 'left', padding: '0 12px 0 0', fontWeight: 500 }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={c.category}>
              <td style={{ padding: '0 12px 0 0' }}>{INCIDENT_CATEGORY_LABELS[c.category]}</td>
              <td style={{ padding: '0 12px 0 0', fontWeight: c.current > c.previous ? 600 : undefined }}>
                {c.current}
              </td>
              <td>{c.previous}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AppraisalCriteria(props: {
  items: AppraisalItem[];
  draft: DraftItem[];
  readOnly: boolean;
  /** Marks the "Không đạt" verdicts still without a note (after a save was refused for them). */
  showMissingNotes?: boolean;
  onChange: (index: number, patch: Partial<DraftItem>) => void;
}) {
  return (
    <Table<AppraisalItem>
      size="small"
      rowKey={(i) => i.criterion.id}
      dataSource={props.items}
      pagination={false}
      columns={[
        { title: 'Tiêu chí', render: (_v, item) => <CriterionText item={item} /> },
        {
          title: 'Đánh giá',
          width: 330,
          render: (_v, item, index) => {
            const verdict = props.draft[index]?.verdict ?? item.verdict;
            const onlySuggested = !item.saved && verdict === item.verdict;
            return (
              <div>
                <Radio.Group
                  aria-label={`Đánh giá tiêu chí ${item.criterion.code}`}
                  value={verdict}
                  disabled={props.readOnly}
                  onChange={(e) => props.onChange(index, { verdict: e.target.value as Verdict })}
                  options={VERDICTS.map((v) => ({
                    value: v,
                    label: (
                      <span style={{ color: v === verdict ? VERDICT_COLORS[v] : undefined }}>{VERDICT_LABELS[v]}</span>
                    ),
                  }))}
                />
                {onlySuggested && verdict !== 'chua_danh_gia' && (
                  <div>
                    <Tag color="gold" style={{ marginTop: 4 }}>
                      Gợi ý, chưa lưu
                    </Tag>
                  </div>
                )}
              </div>
            );
          },
        },
        {
          title: 'Ghi chú',
          width: 260,
          render: (_v, item, index) => {
            const draft = props.draft[index];
            // "Không đạt" needs a note saying why (checked by main too).
            const missing = props.showMissingNotes && draft?.verdict === 'khong_dat' && !draft.note.trim();
            return (
              <>
                <Input.TextArea
                  aria-label={`Ghi chú tiêu chí ${item.criterion.code}`}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={2000}
                  disabled={props.readOnly}
                  status={missing ? 'error' : undefined}
                  placeholder={draft?.verdict === 'khong_dat' ? 'Vì sao không đạt (bắt buộc)' : undefined}
                  value={draft?.note ?? ''}
                  onChange={(e) => props.onChange(index, { note: e.target.value })}
                />
                {missing && <Typography.Text type="danger">Hãy ghi vì sao không đạt.</Typography.Text>}
              </>
            );
          },
        },
      ]}
    />
  );
}
