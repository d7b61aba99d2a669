// Thẩm định: verdicts per criterion, the live result, an override with its reason, the committee review, save.
import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DossierDetail } from '#shared/api/roundTypes.ts';
import {
  RESULT_LABELS,
  REVIEW_METHODS,
  REVIEW_METHOD_LABELS,
  type AppraisalResult,
  type ReviewMethod,
} from '#shared/domain/round.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useUnsaved } from '../../kit/unsaved.tsx';
import { toDay, toIso } from '../../kit/dates.ts';
import { AppraisalCriteria } from './AppraisalCriteria.tsx';
import { appraisalInput, appraisalSaved, draftOf, resultOf, sameDraft, type AppraisalDraft } from './appraisalDraft.ts';
import { StatusActions } from './StatusActions.tsx';
import { DateInput } from '../../kit/DateInput.tsx';

function ResultTag({ result, pending }: { result: AppraisalResult | null; pending: number }) {
  if (result === 'dat') return <Tag color="green">{RESULT_LABELS.dat}</Tag>;
  if (result === 'chua_dat') return <Tag color="red">{RESULT_LABELS.chua_dat}</Tag>;
  return <Tag>Chưa xong — còn {pending} tiêu chí chưa đánh giá</Tag>;
}

export function AppraisalSection(props: {
  detail: DossierDetail;
  readOnly: boolean;
  onChanged: (d: DossierDetail) => void;
}) {
  const { detail } = props;
  const { message } = App.useApp();
  const [draft, setDraft] = useState<AppraisalDraft>(() => draftOf(detail));
  const { run, busy } = useAction();
  const [reasonMissing, setReasonMissing] = useState(false);
  const [notesMissing, setNotesMissing] = useState(false);
  const readOnly = props.readOnly || detail.status === 'da_cong_nhan';
  const set = (patch: Partial<AppraisalDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const computed = resultOf(draft.items.map((i) => i.verdict));
  const pending = draft.items.filter((i) => i.verdict === 'chua_danh_gia').length;
  const edited = !readOnly && !sameDraft(draft, draftOf(detail));
  const needsSave = edited || !appraisalSaved(detail);
  // Verdicts picked but not saved: leaving the dossier asks first.
  useUnsaved(edited);

  const save = async () => {
    const bare = draft.items
      .filter((i) => i.verdict === 'khong_dat' && !i.note.trim())
      .map((i) => detail.items.find((d) => d.criterion.id === i.criterionId)?.criterion.code);
    if (bare.length > 0) {
      setNotesMissing(true);
      void message.error(`Tiêu chí đánh giá “Không đạt” cần ghi chú vì sao: tiêu chí ${bare.join(', ')}.`);
      return;
    }
    if (draft.resultOverride && !draft.overrideReason.trim()) {
      setReasonMissing(true);
      void message.error('Cần ghi lý do khi chọn kết quả khác với kết quả theo tiêu chí.');
      return;
    }
    await run('save', async () => props.onChanged(await call('appraisal.save', appraisalInput(detail, draft))), {
      success: 'Đã lưu thẩm định.',
    });
  };

  const detailLabel = draft.reviewMethod === 'lay_y_kien' ? 'Ý kiến thành viên' : 'Thành phần dự họp, ý kiến';
  return (
    <Card title="Thẩm định" size="small">
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        {!appraisalSaved(detail) && !readOnly && (
          <Alert
            type="warning"
            showIcon
            title="Chưa lưu thẩm định: các ô đã chọn sẵn (đánh dấu “Gợi ý, chưa lưu”) chỉ là gợi ý từ dữ liệu đăng ký và vụ việc. Kiểm tra từng tiêu chí rồi bấm “Lưu thẩm định”."
          />
        )}
        <AppraisalCriteria
          items={detail.items}
          draft={draft.items}
          readOnly={readOnly}
          showMissingNotes={notesMissing}
          onChange={(index, patch) =>
            set({ items: draft.items.map((it, i) => (i === index ? { ...it, ...patch } : it)) })
          }
        />
        <Space wrap size="large">
          <span>
            Kết quả theo tiêu chí: <ResultTag result={computed} pending={pending} />
          </span>
          {draft.resultOverride && (
            <span>
              Kết quả cuối cùng: <ResultTag result={draft.resultOverride} pending={pending} />
              <Typography.Text type="secondary">(điều chỉnh)</Typography.Text>
            </span>
          )}
          {draft.resultOverride !== null && draft.resultOverride === computed && (
            <Typography.Text type="warning">
              Kết quả khác trùng kết quả theo tiêu chí nên sẽ không lưu là điều chỉnh.
            </Typography.Text>
          )}
        </Space>
        <Form layout="vertical" disabled={readOnly} component="div">
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item label="Kết quả khác" htmlFor="appraisal-override" style={{ marginBottom: 8 }}>
                <Select
                  id="appraisal-override"
                  aria-label="Kết quả khác"
                  value={draft.resultOverride ?? 'none'}
                  onChange={(v: AppraisalResult | 'none') => set({ resultOverride: v === 'none' ? null : v })}
                  options={[
                    { value: 'none', label: 'Không — theo tiêu chí' },
                    { value: 'dat', label: RESULT_LABELS.dat },
                    { value: 'chua_dat', label: RESULT_LABELS.chua_dat },
                  ]}
                />
              </Form.Item>
            </Col>
            {draft.resultOverride && (
              <Col span={18}>
                <Form.Item
                  label="Lý do"
                  htmlFor="appraisal-override-reason"
                  required
                  validateStatus={reasonMissing && !draft.overrideReason.trim() ? 'error' : undefined}
                  help={reasonMissing && !draft.overrideReason.trim() ? 'Hãy ghi lý do.' : undefined}
                  style={{ marginBottom: 8 }}
                >
                  <DraftText
                    id="appraisal-override-reason"
                    label="Lý do"
                    maxRows={4}
                    maxLength={2000}
                    value={draft.overrideReason}
                    onChange={(overrideReason) => set({ overrideReason })}
                  />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item label="Hình thức xét" htmlFor="appraisal-review-method" style={{ marginBottom: 8 }}>
                <Select
                  id="appraisal-review-method"
                  aria-label="Hình thức xét"
                  allowClear
                  placeholder="Chọn"
                  value={draft.reviewMethod}
                  onChange={(v: ReviewMethod | undefined) => set({ reviewMethod: v ?? null })}
                  options={REVIEW_METHODS.map((m) => ({ value: m, label: REVIEW_METHOD_LABELS[m] }))}
                />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label="Ngày xét" htmlFor="appraisal-review-date" style={{ marginBottom: 8 }}>
                <DateInput
                  id="appraisal-review-date"
                  aria-label="Ngày xét"
                  width="100%"
                  value={toDay(draft.reviewDate)}
                  onChange={(d) => set({ reviewDate: toIso(d) })}
                />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item label={detailLabel} htmlFor="appraisal-review-detail" style={{ marginBottom: 8 }}>
                <DraftText
                  id="appraisal-review-detail"
                  label="Thành phần, ý kiến"
                  maxRows={5}
                  maxLength={4000}
                  value={draft.reviewDetail}
                  onChange={(reviewDetail) => set({ reviewDetail })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <Space wrap>
          {!readOnly && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              aria-label="Lưu thẩm định"
              loading={busy('save')}
              onClick={save}
            >
              Lưu thẩm định
            </Button>
          )}
          {!props.readOnly && <StatusActions detail={detail} needsSave={needsSave} onChanged={props.onChanged} />}
        </Space>
      </Space>
    </Card>
  );
}

/** A growing text field of the appraisal draft, named for screen readers. */
function DraftText(props: {
  id: string;
  label: string;
  maxRows: number;
  maxLength: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Input.TextArea
      id={props.id}
      aria-label={props.label}
      autoSize={{ minRows: 1, maxRows: props.maxRows }}
      maxLength={props.maxLength}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
