// Two facts that change what Thông tư 124 asks of a unit: whether it has a Party organisation (the quarter-I
// resolution is required only there) and whether it is of a kind the standard leaves out (Điều 1 khoản 2).
import { Alert, Checkbox, Form, Input, Select } from 'antd';
import { EXCLUDED_KINDS, EXCLUDED_KIND_LABELS, EXCLUDED_SOURCE } from '#shared/domain/competence.ts';
import type { UnitKind } from '#shared/domain/units.ts';
import { FieldRow } from '../../kit/FieldRow.tsx';

/** Residential areas and communes have their Party cell or committee as a rule; the others are asked. */
export const partyOrganisationByDefault = (kind: UnitKind) => kind === 'khu_dan_cu' || kind === 'xa_phuong';

export function UnitScopeFields({ kind }: { kind: UnitKind }) {
  const excluded = Form.useWatch('excludedKind');
  const residential = partyOrganisationByDefault(kind);
  return (
    <>
      <FieldRow
        gutter={12}
        fields={[
          {
            span: 10,
            name: 'hasPartyOrganisation',
            valuePropName: 'checked',
            tooltip: 'Nghị quyết quý I chỉ bắt buộc đối với nơi có tổ chức Đảng (chi bộ, đảng ủy).',
            label: 'Tổ chức Đảng',
            input: <Checkbox>Có tổ chức Đảng (chi bộ, đảng ủy)</Checkbox>,
          },
          !residential && {
            span: 14,
            label: 'Loại không thuộc phạm vi công nhận',
            name: 'excludedKind',
            tooltip: `${EXCLUDED_SOURCE}: không áp dụng với các loại này.`,
            input: (
              <Select
                allowClear
                placeholder="Không (thuộc phạm vi)"
                options={EXCLUDED_KINDS.map((k) => ({ value: k, label: EXCLUDED_KIND_LABELS[k] }))}
              />
            ),
          },
        ]}
      />
      {!residential && excluded && (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={`${EXCLUDED_KIND_LABELS[excluded as keyof typeof EXCLUDED_KIND_LABELS]} không thuộc đối tượng xét công nhận (${EXCLUDED_SOURCE}).`}
            description="Nếu vẫn đưa đơn vị này vào danh sách, hãy ghi rõ lý do."
          />
          <Form.Item
            label="Lý do vẫn đưa vào"
            name="excludedReason"
            rules={[{ required: true, whitespace: true, message: 'Cần ghi lý do vẫn đưa vào.' }]}
          >
            <Input />
          </Form.Item>
        </>
      )}
    </>
  );
}
