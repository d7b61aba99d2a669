// Add or edit a unit: keyboard-first (Enter saves, Esc closes), Vietnamese validation, dates as dd/mm/yyyy.
import { Alert, App, Button, Col, Form, Input, InputNumber, Popconfirm, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Unit } from '#shared/api/types.ts';
import type { ExcludedKind } from '#shared/domain/competence.ts';
import {
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  UNIT_SUBTYPES,
  UNIT_SUBTYPE_LABELS,
  hasHouseholds,
  type UnitKind,
  type UnitSubtype,
} from '#shared/domain/units.ts';
import { call } from '../../kit/api.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormModal } from '../../kit/FormModal.tsx';
import { toDay, toIso } from '../../kit/dates.ts';
import { useAction } from '../../kit/useAction.ts';
import { useDebounced } from '../../kit/useDebounced.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { shortOfficeName } from '#shared/text/officeName.ts';
import { UNIT_COUNT_MAX, UNIT_TEXT_LIMITS, tooLong, type UnitTextField } from '#shared/domain/unitLimits.ts';
import { UnitScopeFields, partyOrganisationByDefault } from './UnitScopeFields.tsx';
import { UnitSelect } from './UnitSelect.tsx';

interface Values {
  kind: UnitKind;
  subtype: UnitSubtype | null;
  name: string;
  parentId: number | null;
  address: string | null;
  headName: string | null;
  headPhone: string | null;
  households: number | null;
  population: number | null;
  notes: string | null;
  activeFrom: Dayjs | null;
  activeUntil: Dayjs | null;
  mergedIntoId: number | null;
  hasPartyOrganisation: boolean;
  excludedKind: ExcludedKind | null;
  excludedReason: string | null;
}

const viNumber = {
  formatter: (v: string | number | undefined) =>
    v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.'),
  parser: (v: string | undefined) => (v ? v.replace(/\./g, '') : '') as unknown as number,
};

export function UnitForm(props: { unit: Unit | null; onClose: () => void; onSaved: () => void }) {
  const { unit } = props;
  const [form] = Form.useForm<Values>();
  const { run, busy: running } = useAction();
  const busy = running();
  const kind = Form.useWatch('kind', form) ?? unit?.kind ?? 'khu_dan_cu';
  // A commune's unit sits among that commune's units; this office's own among its own.
  const source = unit?.sourceOfficeId ?? 'own';
  const { modal } = App.useApp();
  const typedName = (Form.useWatch('name', form) as string | undefined) ?? unit?.name ?? '';
  const sameName = useSameName(kind, typedName, unit?.id);

  // A name that folds to an existing unit's of the same kind (as the Excel import's duplicate check) asks first.
  const confirmSave = (v: Values) => {
    if (sameName.length === 0) return void save(v);
    modal.confirm({
      title: 'Đã có đơn vị cùng loại trùng tên',
      content: `${sameNameText(sameName)} Vẫn lưu đơn vị này?`,
      okText: 'Vẫn lưu',
      cancelText: 'Xem lại',
      autoFocusButton: 'cancel',
      onOk: () => void save(v),
    });
  };

  const save = (v: Values) => {
    const fields = {
      kind: v.kind,
      subtype: v.subtype ?? null,
      name: v.name,
      parentId: v.parentId ?? null,
      address: v.address ?? null,
      headName: v.headName ?? null,
      headPhone: v.headPhone ?? null,
      households: v.households ?? null,
      population: v.population ?? null,
      notes: v.notes ?? null,
      activeFrom: toIso(v.activeFrom),
      activeUntil: toIso(v.activeUntil),
      mergedIntoId: v.mergedIntoId ?? null,
      hasPartyOrganisation: v.hasPartyOrganisation,
      // Residential areas and communes are never of an excluded kind, whatever the hidden field still holds.
      excludedKind: partyOrganisationByDefault(v.kind) ? null : (v.excludedKind ?? null),
      excludedReason: partyOrganisationByDefault(v.kind) || !v.excludedKind ? null : (v.excludedReason ?? null),
    };
    return run(
      'save',
      async () => {
        const saved = unit
          ? await call('units.update', { id: unit.id, version: unit.version, fields })
          : await call('units.create', fields);
        props.onSaved();
        return saved;
      },
      { success: (saved) => `Đã lưu "${saved.name}".`, form },
    );
  };

  const remove = () =>
    unit &&
    run(
      'remove',
      async () => {
        await call('units.remove', { id: unit.id });
        props.onSaved();
      },
      { success: `Đã xóa "${unit.name}".` },
    );

  return (
    <FormModal
      form={form}
      busy={busy}
      onClose={props.onClose}
      width={760}
      title={unit ? `Sửa đơn vị: ${unit.name}` : 'Thêm đơn vị'}
      extra={
        unit && (
          <Popconfirm title="Xóa đơn vị này?" okText="Xóa" cancelText="Không" onConfirm={remove}>
            <Button danger style={{ float: 'left' }}>
              Xóa
            </Button>
          </Popconfirm>
        )
      }
    >
      {unit?.sourceOfficeName && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`Đơn vị nhận từ ${shortOfficeName(unit.sourceOfficeName)}`}
          description="Vẫn sửa được ở đây. Lần nhập gói sau của xã, phường này, phần mềm hỏi giữ bản sửa ở đây (mặc định) hay lấy bản của xã, phường; chỉ khi chọn lấy bản của xã, phường thì thay đổi ở đây mới bị thay."
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={confirmSave}
        initialValues={{
          kind: unit?.kind ?? 'khu_dan_cu',
          subtype: unit?.subtype ?? null,
          name: unit?.name ?? '',
          parentId: unit?.parentId ?? null,
          address: unit?.address ?? null,
          headName: unit?.headName ?? null,
          headPhone: unit?.headPhone ?? null,
          households: unit?.households ?? null,
          population: unit?.population ?? null,
          notes: unit?.notes ?? null,
          activeFrom: toDay(unit?.activeFrom ?? null),
          activeUntil: toDay(unit?.activeUntil ?? null),
          mergedIntoId: unit?.mergedIntoId ?? null,
          hasPartyOrganisation: unit?.hasPartyOrganisation ?? partyOrganisationByDefault(unit?.kind ?? 'khu_dan_cu'),
          excludedKind: unit?.excludedKind ?? null,
          excludedReason: unit?.excludedReason ?? null,
        }}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="Loại đơn vị" name="kind" rules={[{ required: true, message: 'Hãy chọn loại đơn vị.' }]}>
              <Select
                options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
                onChange={(k: UnitKind) => {
                  form.setFieldValue('subtype', null);
                  if (!unit) form.setFieldValue('hasPartyOrganisation', partyOrganisationByDefault(k));
                }}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Phân loại" name="subtype">
              <Select
                allowClear
                options={UNIT_SUBTYPES[kind].map((s) => ({ value: s, label: UNIT_SUBTYPE_LABELS[s] }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Thuộc (đơn vị cấp trên)" name="parentId">
              <UnitSelect initialLabel={unit?.parentName} excludeId={unit?.id} source={source} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="Tên đơn vị"
          name="name"
          rules={[
            { required: true, whitespace: true, message: 'Hãy nhập tên đơn vị.' },
            { max: UNIT_TEXT_LIMITS.name, message: tooLong('name') },
          ]}
        >
          <Input
            autoFocus
            placeholder="Ví dụ: Thôn Đông 1, Tổ dân phố số 3, Trường THCS Đông Sơn"
            onPressEnter={() => form.submit()}
          />
        </Form.Item>
        {sameName.length > 0 && (
          <Alert type="warning" showIcon style={{ marginTop: -12, marginBottom: 12 }} title={sameNameText(sameName)} />
        )}
        <Form.Item label="Địa chỉ" name="address" rules={[limit('address')]}>
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Người đứng đầu" name="headName" rules={[limit('headName')]}>
              <Input placeholder="Trưởng thôn, tổ trưởng, thủ trưởng, hiệu trưởng..." />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label="Số điện thoại"
              name="headPhone"
              rules={[
                limit('headPhone'),
                {
                  pattern: /^[+\d][\d\s.()-]{5,}$/,
                  message: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch nối.',
                },
              ]}
            >
              <Input inputMode="tel" />
            </Form.Item>
          </Col>
        </Row>
        {hasHouseholds(kind) && (
          <Row gutter={12}>
            <CountField label="Số hộ" name="households" />
            <CountField label="Số nhân khẩu" name="population" />
          </Row>
        )}
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="Hoạt động từ ngày" name="activeFrom">
              <DateInput width="100%" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Hoạt động đến ngày" name="activeUntil">
              <DateInput width="100%" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="Sáp nhập vào"
              name="mergedIntoId"
              tooltip="Sau ngày kết thúc, đơn vị này thuộc về đơn vị được chọn. Các năm trước vẫn giữ tên cũ."
            >
              <UnitSelect initialLabel={unit?.mergedIntoName} excludeId={unit?.id} source={source} />
            </Form.Item>
          </Col>
        </Row>
        <UnitScopeFields kind={kind} />
        <Form.Item label="Ghi chú" name="notes" rules={[limit('notes')]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function sameNameText(units: { name: string }[]): string {
  return `Đã có đơn vị cùng loại tên gần như trùng: ${units.map((u) => `“${u.name}”`).join(', ')} (khác nhau chỉ ở dấu, chữ hoa hoặc khoảng trắng).`;
}

/** Units of the kind whose name folds like the typed one, asked once typing pauses. */
function useSameName(kind: UnitKind, name: string, excludeId: number | undefined): { id: number; name: string }[] {
  const text = useDebounced(name.trim(), 250);
  // A failed check is reported by the kit and warns of nothing; saving still goes through the server's own checks.
  const found = useLoad(
    'units.sameName',
    text ? { kind, name: text.slice(0, 400), ...(excludeId ? { excludeId } : {}) } : null,
  );
  return text ? (found.data ?? []) : [];
}

/** The field's shared limit (the Excel import checks the same). */
const limit = (field: UnitTextField) => ({ max: UNIT_TEXT_LIMITS[field], message: tooLong(field) });

/** A count of people or households: a whole number, never negative. */
function CountField({ label, name }: { label: string; name: 'households' | 'population' }) {
  return (
    <Col span={12}>
      <Form.Item
        label={label}
        name={name}
        rules={[
          { type: 'integer', min: 0, message: `${label} phải là số nguyên không âm.` },
          { type: 'integer', max: UNIT_COUNT_MAX, message: `${label} quá lớn.` },
        ]}
      >
        <InputNumber style={{ width: '100%' }} min={0} {...viNumber} />
      </Form.Item>
    </Col>
  );
}
