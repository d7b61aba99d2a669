// Record an incident: which unit, when (dd/mm/yyyy), what kind, what happened.
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Incident } from '#shared/api/roundTypes.ts';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  UNCONFIRMED_INCIDENT_CATEGORIES,
  type IncidentCategory,
} from '#shared/domain/round.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { call, errorMessage } from '../../api.ts';
import { applyFieldErrors } from '../../app/formErrors.ts';
import { UnitSelect } from '../units/UnitSelect.tsx';

interface Values {
  unitId: number;
  occurredOn: Dayjs;
  category: IncidentCategory;
  note?: string;
}

const DATE_FORMAT = 'DD/MM/YYYY';

export function IncidentForm(props: { year: number; onClose: () => void; onSaved: (incident: Incident) => void }) {
  const { year } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const save = async (v: Values) => {
    setBusy(true);
    try {
      const saved = await call('incidents.create', {
        unitId: v.unitId,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        category: v.category,
        note: v.note?.trim() ? v.note.trim() : null,
      });
      void message.success(`Đã ghi vụ việc tại ${saved.unitName} ngày ${formatDateVi(saved.occurredOn)}.`);
      props.onSaved(saved);
    } catch (e) {
      if (!applyFieldErrors(form, e)) void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title="Ghi vụ việc"
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      width={640}
      destroyOnHidden
    >
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
          <DatePicker
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            style={{ width: 180 }}
            defaultPickerValue={dayjs(`${year}-06-01`)}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
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
    </Modal>
  );
}
