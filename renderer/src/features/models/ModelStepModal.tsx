// One lifecycle step of a model: establishment (decision), launch, dated reviews, retirement.
import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MethodInput } from '#shared/api/contract.ts';
import type { ModelDetail } from '#shared/api/modelTypes.ts';
import { MODEL_ACTION_LABELS } from '#shared/domain/models.ts';
import { call } from '../../kit/api.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { toIso } from '../../kit/dates.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';

export type StepAction = 'thanh_lap' | 'ra_mat' | 'so_ket' | 'tong_ket' | 'thanh_loai';

interface Values {
  onDate: Dayjs;
  decisionNumber?: string;
  decisionSigner?: string;
  steeringBoard?: string;
  note?: string;
}

function stepOf(action: StepAction, v: Values): MethodInput<'models.act'>['step'] {
  const onDate = toIso(v.onDate)!;
  switch (action) {
    case 'thanh_lap':
      return {
        action,
        onDate,
        decisionNumber: v.decisionNumber ?? '',
        decisionSigner: v.decisionSigner ?? '',
        steeringBoard: v.steeringBoard ?? null,
        note: v.note ?? null,
      };
    case 'thanh_loai':
      return { action, onDate, note: v.note ?? '' };
    default:
      return { action, onDate, note: v.note ?? null };
  }
}

export function ModelStepModal(props: {
  model: ModelDetail;
  action: StepAction;
  onClose(): void;
  onDone(model: ModelDetail): void;
}) {
  const { model, action } = props;
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const label = MODEL_ACTION_LABELS[action];
  const save = (v: Values) =>
    run(
      'step',
      async () => {
        const saved = await call('models.act', { id: model.id, step: stepOf(action, v) });
        props.onDone(saved);
        return saved;
      },
      { success: `Đã ghi bước "${label}" của mô hình ${model.name}.`, form },
    );
  return (
    <FormModal form={form} busy={busy('step')} onClose={props.onClose} title={`${label}: ${model.name}`} width={600}>
      <Form<Values> form={form} layout="vertical" onFinish={save} requiredMark="optional">
        <Form.Item name="onDate" label="Ngày" rules={[{ required: true, message: 'Hãy chọn ngày.' }]}>
          <DateInput />
        </Form.Item>
        {action === 'thanh_lap' && (
          <>
            <Form.Item
              name="decisionNumber"
              label="Số quyết định thành lập"
              rules={[{ required: true, message: 'Hãy nhập số quyết định.' }]}
            >
              <Input maxLength={60} placeholder="Ví dụ: 12/QĐ-UBND" />
            </Form.Item>
            <Form.Item
              name="decisionSigner"
              label="Người ký quyết định"
              rules={[{ required: true, message: 'Hãy nhập người ký.' }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="steeringBoard" label="Ban chỉ đạo, ban điều hành">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={4000} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="note"
          label={action === 'thanh_loai' ? 'Lý do thanh loại' : 'Ghi chú, kết quả'}
          rules={action === 'thanh_loai' ? [{ required: true, message: 'Hãy ghi lý do thanh loại.' }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
