// Record an incident: which unit, when (dd/mm/yyyy), what kind, what happened.
import { Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Incident } from '#shared/api/roundTypes.ts';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  UNCONFIRMED_INCIDENT_CATEGORIES,
  type IncidentCategory,
} from '#shared/domain/round.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { toIso } from '../../kit/dates.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { UnitSelect } from '../units/index.ts';

interface Values {
  unitId: number;
  occurredOn: Dayjs;
  category: IncidentCategory;
  note?: string;
}

export function IncidentForm(props: { year: number; onClose: () => void; onSaved: (incident: Incident) => void }) {
  const { year } = props;
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();

  const save = (v: Values) =>
    run(
      'save',
      async () => {
        const saved = await call('incidents.create', {
          unitId: v.unitId,
          occurredOn: toIso(v.occurredOn)!,
          category: v.category,
          note: v.note?.trim() ? v.note.trim() : null,
        });
        props.onSaved(saved);
        return saved;
      },
      { success: (saved) => `Đã ghi vụ việc tại ${saved.unitName} ngày ${formatDateVi(saved.occurredOn)}.`, form },
    );

  return (
    <FormModal form={form} busy={busy('save')} onClose={props.onClose} title="Ghi vụ việc" width={640} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={save} requiredMark="optional">
        <Form.Item name="unitId" label="Đơn vị" rules={[{ required: true, message: 'Hãy chọn đơn vị.' }]}>
          {/* Searches the registry in main: the page never loads every unit. */}
          <UnitSelect source="own" placeholder="Gõ tên đơn vị, có dấu hoặc không dấu" />
        </Form.Item>
        <Form.Item
          name="occurredOn"
          label="Ngày xảy ra"
          rules={[{ required: true, message: 'Hãy chọn ngày xảy ra.' }]}
          extra="Gõ theo dạng ngày/tháng/năm, ví dụ 14/06/2025."
        >
          <DateInput defaultPickerValue={dayjs(`${year}-06-01`)} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="category" label="Loại vụ việc" rules={[{ required: true, message: 'Hãy chọn loại vụ việc.' }]}>
          <Select<IncidentCategory>
            placeholder="Chọn loại vụ việc"
            options={INCIDENT_CATEGORIES.map((c) => ({
              value: c,
              label: UNCONFIRMED_INCIDENT_CATEGORIES.includes(c)
                ? `${INCIDENT_CATEGORY_LABELS[c]} (cần xác nhận)`
                : INCIDENT_CATEGORY_LABELS[c],
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label="Nội dung" rules={[{ max: 2000, message: 'Nội dung tối đa 2.000 ký tự.' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder="Diễn biến, số người liên quan, xử lý..." />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
