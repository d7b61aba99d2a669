// Registers many units in one go (ticked rows, or every unit the grid's filter matches): one date, and optionally
// "every household registered" for each area.
import { App, Checkbox, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '#shared/text/dates.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { call } from '../../kit/api.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { toIso } from '../../kit/dates.ts';
import { DateInput } from '../../kit/DateInput.tsx';

interface Values {
  registeredOn: Dayjs | null;
  allHouseholds: boolean;
}

export function BulkRegisterModal(props: {
  year: number;
  unitIds: number[];
  /** Which units these are, for the secretary: their names, or the filter that matched them. */
  description: string;
  /** Registration deadlines of the units' kinds (ISO), shown as a reminder. */
  deadlines: string[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { run, busy: running } = useAction();
  const busy = running();
  const [today] = useState(() => dayjs());

  const submit = async (v: Values) => {
    await run(
      'action',
      async () => {
        const r = await call('registrations.bulk', {
          year: props.year,
          unitIds: props.unitIds,
          registeredOn: toIso(v.registeredOn)!,
          allHouseholds: v.allHouseholds,
        });
        const already =
          r.alreadyRegistered > 0 ? `; ${formatNumberVi(r.alreadyRegistered)} đơn vị đã đăng ký từ trước` : '';
        void message.success(`Đã ghi đăng ký ${formatNumberVi(r.registered)} đơn vị${already}.`);
        props.onDone();
      },
      { form },
    );
  };

  // useWatch is undefined until the form mounts; the initial value keeps the hint from shifting the layout then.
  const watched = Form.useWatch('registeredOn', form);
  const chosen = watched === undefined ? today : watched;
  const chosenIso = toIso(chosen);
  const late =
    chosenIso !== null && (chosen?.year() !== props.year || props.deadlines.some((deadline) => chosenIso > deadline));
  return (
    <FormModal
      form={form}
      busy={busy}
      onClose={props.onClose}
      title={`Đăng ký năm ${props.year} cho ${formatNumberVi(props.unitIds.length)} đơn vị`}
      okText="Ghi đăng ký"
      cancelText="Đóng"
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: true, symbol: 'xem hết' }}>
        {props.description}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ registeredOn: today, allHouseholds: false }}
        onFinish={submit}
      >
        <Form.Item
          label="Ngày đăng ký"
          name="registeredOn"
          rules={[{ required: true, message: 'Hãy chọn ngày đăng ký.' }]}
          extra={
            <>
              {props.deadlines.length > 0 && <div>Hạn đăng ký: {props.deadlines.map(formatDateVi).join(', ')}.</div>}
              {late && (
                <Typography.Text type="warning">
                  {chosen && chosen.year() !== props.year
                    ? `Ngày này không thuộc năm ${props.year}. `
                    : 'Ngày này sau hạn đăng ký. '}
                  Tiêu chí 1 sẽ được gợi ý là không đạt.
                </Typography.Text>
              )}
            </>
          }
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="allHouseholds"
          valuePropName="checked"
          extra="Với khu dân cư: ghi số hộ đăng ký bằng tổng số hộ trong danh sách đơn vị. Đơn vị đã đăng ký trước đó được giữ nguyên."
        >
          <Checkbox>100% hộ gia đình đã đăng ký</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
