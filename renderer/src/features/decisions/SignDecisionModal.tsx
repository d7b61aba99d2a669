// Records the signing on paper: the date signed and who signed; main then assigns the year's next number.
import { Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { Decision } from '#shared/api/decisionTypes.ts';
import { call } from '../../kit/api.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { toIso } from '../../kit/dates.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { decisionNumber } from './decisionText.ts';

interface Values {
  signedOn: Dayjs | null;
  signerId: number | null;
}

export function SignDecisionModal(props: { decision: Decision; onClose: () => void; onDone: (d: Decision) => void }) {
  const [form] = Form.useForm<Values>();
  const settings = useLoad('settings.get', {});
  const signers = settings.data?.signers.filter((x) => x.active) ?? [];
  const { run, busy } = useAction();

  useEffect(() => {
    const active = settings.data?.signers.filter((x) => x.active) ?? [];
    const preferred = active.find((x) => x.isDefault) ?? active[0];
    if (preferred && form.getFieldValue('signerId') == null) form.setFieldValue('signerId', preferred.id);
  }, [settings.data, form]);

  const save = (v: Values) =>
    run(
      'sign',
      async () => {
        const d = await call('decisions.sign', {
          id: props.decision.id,
          signedOn: toIso(v.signedOn)!,
          signerId: v.signerId!,
        });
        props.onDone(d);
        return d;
      },
      { success: (d) => `Đã ghi nhận ký, quyết định số ${decisionNumber(d) ?? ''}.`, form },
    );

  return (
    <FormModal form={form} busy={busy('sign')} onClose={props.onClose} title="Ghi nhận đã ký" okText="Ghi nhận">
      <p>Số quyết định được cấp tự động theo sổ văn bản của năm ký.</p>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ signedOn: null }}>
        <Form.Item name="signedOn" label="Ngày ký" rules={[{ required: true, message: 'Hãy nhập ngày ký.' }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="signerId" label="Người ký" rules={[{ required: true, message: 'Hãy chọn người ký.' }]}>
          <Select
            options={signers.map((s) => ({
              value: s.id,
              label: `${s.fullName} — ${s.authority ? `${s.authority} ` : ''}${s.title}`,
            }))}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
