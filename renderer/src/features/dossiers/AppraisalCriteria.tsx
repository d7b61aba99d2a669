// One line per criterion: its text, what the data suggests, the verdict and a note.
import { BulbOutlined } from '@ant-design/icons';
import { Input, Radio, Table, Tag, Tooltip, Typography } from 'antd';
import type { AppraisalItem } from '#shared/api/roundTypes.ts';
import { VERDICTS, VERDICT_LABELS, type Verdict } from '#shared/domain/round.ts';
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
      {item.suggestion && (
        <div style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">
            <BulbOutlined style={{ color: '#d48806' }} /> Gợi ý từ dữ liệu: {item.suggestion}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

export function AppraisalCriteria(props: {
  items: AppraisalItem[];
  draft: DraftItem[];
  readOnly: boolean;
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
          render: (_v, item, index) => (
            <Input.TextArea
              aria-label={`Ghi chú tiêu chí ${item.criterion.code}`}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={2000}
              disabled={props.readOnly}
              value={props.draft[index]?.note ?? ''}
              onChange={(e) => props.onChange(index, { note: e.target.value })}
            />
          ),
        },
      ]}
    />
  );
}
