// Cancels a recorded signing before issue, with a reason: the number is then void in the register.
import { Form, Input } from 'antd';
import type { Decision } from '#shared/api/decisionTypes.ts';
import { call } from '../../kit/api.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { decisionNumber } from './decisionText.ts';

export function CancelSigningModal(props: { decision: Decision; onClose: () => void; onDone: (d: Decision) => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { run, busy } = useAction();
  const number = decisionNumber(props.decision) ?? '';

  const save = (v: { reason: string }) =>
    run(
      'cancel',
      async () => {
        const d = await call('decisions.cancelSigning', { id: props.decision.id, reason: v.reason });
        props.onDone(d);
        return d;
      },
      { success: `Đã hủy việc ký; số ${number} được ghi là đã hủy trong sổ.`, form },
    );

  return (
    <FormModal
      form={form}
      busy={busy('cancel')}
      onClose={props.onClose}
      title="Hủy việc ký"
      okText="Hủy việc ký"
      okButtonProps={{ danger: true }}
      cancelText="Không"
    >
      <p>
        Quyết định trở về “Đã trình ký”, các đơn vị trở lại trạng thái trước đó. Số {number} được ghi là đã hủy trong sổ
        đăng ký văn bản và không dùng lại.
      </p>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ reason: '' }}>
        <Form.Item
          name="reason"
          label="Lý do hủy"
          rules={[{ required: true, whitespace: true, message: 'Hãy ghi lý do hủy.' }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
