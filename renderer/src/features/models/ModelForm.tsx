// Register a model from its survey and proposal (đề xuất): name, type, field, the unit it belongs to, who proposed.
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MethodInput } from '#shared/api/contract.ts';
import type { ModelType } from '#shared/api/modelTypes.ts';
import { MODEL_FIELDS, MODEL_FIELD_LABELS, type ModelField } from '#shared/domain/models.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { toIso } from '../../kit/dates.ts';
import { UnitSelect } from '../units/index.ts';

export interface ModelFormValues {
  name: string;
  typeCode: string;
  field: ModelField;
  unitId?: number | null;
  proposer?: string;
  proposedOn?: Dayjs | null;
  survey?: string;
  proposal?: string;
  approvedBy?: string;
}

export const toModelFields = (v: ModelFormValues): MethodInput<'models.create'> => ({
  name: v.name,
  typeCode: v.typeCode,
  field: v.field,
  unitIds: v.unitId ? [v.unitId] : [],
  proposer: v.proposer ?? null,
  proposedOn: toIso(v.proposedOn),
  survey: v.survey ?? null,
  proposal: v.proposal ?? null,
  approvedBy: v.approvedBy ?? null,
  notes: null,
});

/** The fields of a new model, inside the caller's form (also used for a replacement, with its unit's name). */
export function ModelFields({ types, unitLabel }: { types: ModelType[]; unitLabel?: string | null }) {
  return (
    <>
      <Form.Item name="name" label="Tên mô hình" rules={[{ required: true, message: 'Hãy nhập tên mô hình.' }]}>
        <Input maxLength={300} placeholder="Ví dụ: Tổ tự quản về an ninh, trật tự" />
      </Form.Item>
      <Form.Item name="typeCode" label="Loại mô hình" rules={[{ required: true, message: 'Hãy chọn loại mô hình.' }]}>
        <Select
          placeholder="Chọn loại"
          options={types.filter((t) => t.active).map((t) => ({ value: t.code, label: t.label }))}
        />
      </Form.Item>
      <Form.Item name="field" label="Lĩnh vực" rules={[{ required: true, message: 'Hãy chọn lĩnh vực.' }]}>
        <Select options={MODEL_FIELDS.map((f) => ({ value: f, label: MODEL_FIELD_LABELS[f] }))} />
      </Form.Item>
      <Form.Item name="unitId" label="Đơn vị xây dựng mô hình">
        <UnitSelect source="own" initialLabel={unitLabel} placeholder="Xã, cơ quan, doanh nghiệp, trường học…" />
      </Form.Item>
      <Form.Item name="proposer" label="Người, đơn vị đề xuất">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="proposedOn" label="Ngày đề xuất">
        <DateInput />
      </Form.Item>
      <Form.Item name="approvedBy" label="Cấp ủy, chính quyền phê duyệt chủ trương">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="survey" label="Khảo sát">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={4000} />
      </Form.Item>
      <Form.Item name="proposal" label="Nội dung đề xuất">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={4000} />
      </Form.Item>
    </>
  );
}
