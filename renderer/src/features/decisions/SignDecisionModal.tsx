// Records the signing on paper: the date signed, who signed and the number the văn thư gave (the app suggests the
// next free one of its register). The same dialog corrects a recorded signing before issue, with a reason.
import { Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { Decision } from '#shared/api/decisionTypes.ts';
import { call } from '../../kit/api.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { toDay, toIso } from '../../kit/dates.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { useYear } from '../../kit/year.tsx';
import { decisionNumber } from './decisionText.ts';

interface Values {
  signedOn: Dayjs | null;
  signerId: number | null;
  number: number | null;
  reason?: string;
}

export function SignDecisionModal(props: {
  decision: Decision;
  /** Correcting a recorded signing rather than recording one. */
  correcting?: boolean;
  onClose: () => void;
  onDone: (d: Decision) => void;
}) {
  const { decision: d, correcting = false } = props;
  const [form] = Form.useForm<Values>();
  const settings = useLoad('settings.get', {});
  const signers = settings.data?.signers.filter((x) => x.active) ?? [];
  const { run, busy } = useAction();
  const roundYear = useYear();
  const signedOn = Form.useWatch('signedOn', form);
  // The number's year is the signing's year; until a date is typed, the round's.
  const numberYear = signedOn?.year() ?? roundYear;
  const suggested = useLoad('decisions.nextNumber', correcting ? null : { id: d.id, year: numberYear }, {
    quiet: true,
  });

  useEffect(() => {
    const active = settings.data?.signers.filter((x) => x.active) ?? [];
    const preferred = correcting
      ? active.find((x) => x.fullName === d.signerName && x.title === d.signerTitle)
      : (active.find((x) => x.isDefault) ?? active[0]);
    if (preferred && form.getFieldValue('signerId') == null) form.setFieldValue('signerId', preferred.id);
  }, [settings.data, form, correcting, d.signerName, d.signerTitle]);

  useEffect(() => {
    if (suggested.data !== undefined && !form.isFieldTouched('number')) form.setFieldValue('number', suggested.data);
  }, [suggested.data, form]);

  const save = (v: Values) =>
    run(
      'sign',
      async () => {
        const signing = { id: d.id, signedOn: toIso(v.signedOn) ?? '', signerId: v.signerId ?? 0, number: v.number! };
        const x = correcting
          ? await call('decisions.correctSigning', { ...signing, reason: v.reason ?? '' })
          : await call('decisions.sign', signing);
        props.onDone(x);
        return x;
      },
      {
        success: (x) =>
          correcting
            ? `Đã sửa việc ký, quyết định số ${decisionNumber(x) ?? ''}.`
            : `Đã ghi nhận ký, quyết định số ${decisionNumber(x) ?? ''}.`,
        form,
      },
    );

  const initial: Values = correcting
    ? {
        signedOn: toDay(d.signedOn),
        signerId: null,
        number: d.number,
        reason: '',
      }
    : { signedOn: null, signerId: null, number: null };

  return (
    <FormModal
      form={form}
      busy={busy('sign')}
      onClose={props.onClose}
      title={correcting ? 'Sửa việc ký' : 'Ghi nhận đã ký'}
      okText={correcting ? 'Lưu sửa đổi' : 'Ghi nhận'}
    >
      <p>
        Nhập số văn thư đã cấp cho quyết định trong sổ đăng ký văn bản.
        {correcting ? ' Nếu đổi số, số cũ được ghi là đã hủy trong sổ và không dùng lại.' : ''}
      </p>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={initial}>
        <Form.Item name="signedOn" label="Ngày ký" rules={[{ required: true, message: 'Hãy nhập ngày ký.' }]}>
          <DateInput />
        </Form.Item>
        <Form.Item
          name="number"
          label={`Số quyết định (sổ năm ${numberYear}, ${d.code})`}
          extra={
            !correcting && suggested.data !== undefined
              ? `Số tiếp theo còn trống trong sổ của phần mềm: ${String(suggested.data).padStart(2, '0')}.`
              : undefined
          }
          rules={[{ required: true, message: 'Hãy nhập số văn thư cấp.' }]}
        >
          <InputNumber min={1} max={99_999} precision={0} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="signerId" label="Người ký" rules={[{ required: true, message: 'Hãy chọn người ký.' }]}>
          <Select
            options={signers.map((s) => ({
              value: s.id,
              label: `${s.fullName} — ${s.authority ? `${s.authority} ` : ''}${s.title}`,
            }))}
          />
        </Form.Item>
        {correcting && (
          <Form.Item
            name="reason"
            label="Lý do sửa"
            rules={[{ required: true, whitespace: true, message: 'Hãy ghi lý do sửa.' }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
