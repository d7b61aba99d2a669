// Records the signing on paper: the date signed and who signed; main then assigns the year's next number.
import { App, DatePicker, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { Decision } from '#shared/api/decisionTypes.ts';
import type { Signer } from '#shared/api/types.ts';
import { call, errorMessage } from '../../api.ts';
import { applyFieldErrors } from '../../app/formErrors.ts';
import { DATE_FORMAT, toIso } from '../round/formHelpers.ts';
import { decisionNumber } from './decisionText.ts';

interface Values {
  signedOn: Dayjs | null;
  signerId: number | null;
}

export function SignDecisionModal(props: { decision: Decision; onClose: () => void; onDone: (d: Decision) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [signers, setSigners] = useState<Signer[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => {
        const active = s.signers.filter((x) => x.active);
        setSigners(active);
        const preferred = active.find((x) => x.isDefault) ?? active[0];
        if (preferred && form.getFieldValue('signerId') == null) form.setFieldValue('signerId', preferred.id);
      },
      (e: unknown) => void message.error(errorMessage(e)),
    );
  }, [form, message]);

  const save = async (v: Values) => {
    setBusy(true);
    try {
      const d = await call('decisions.sign', {
        id: props.decision.id,
        signedOn: toIso(v.signedOn)!,
        signerId: v.signerId!,
      });
      void message.success(`Đã ghi nhận ký, quyết định số ${decisionNumber(d) ?? ''}.`);
      props.onDone(d);
    } catch (e) {
      if (!applyFieldErrors(form, e)) void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title="Ghi nhận đã ký"
      okText="Ghi nhận"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={props.onClose}
      okButtonProps={{ loading: busy }}
    >
      <p>Số quyết định được cấp tự động theo sổ văn bản của năm ký.</p>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ signedOn: null }}>
        <Form.Item name="signedOn" label="Ngày ký" rules={[{ required: true, message: 'Hãy nhập ngày ký.' }]}>
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: 180 }} />
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
    </Modal>
  );
}
