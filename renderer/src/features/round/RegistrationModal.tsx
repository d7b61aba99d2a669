// One unit's registration for the year: date, the Party cell's resolution, households registered of the total; a
// commune's UBND plan; for a unit of a kind the standard leaves out, a warning and the reason to register it anyway.
import { Alert, Button, Col, Form, Input, InputNumber, Popconfirm, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { RoundRow } from '#shared/api/roundTypes.ts';
import { EXCLUDED_KIND_LABELS, EXCLUDED_SOURCE } from '#shared/domain/competence.ts';
import { hasHouseholds } from '#shared/domain/units.ts';
import { call } from '../../kit/api.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { toDay, toIso, viCount } from '../../kit/dates.ts';
import { DateInput } from '../../kit/DateInput.tsx';

interface Values {
  registeredOn: Dayjs | null;
  resolutionNumber: string | null;
  resolutionDate: Dayjs | null;
  householdsRegistered: number | null;
  householdsTotal: number | null;
  note: string | null;
  planNumber: string | null;
  planDate: Dayjs | null;
  excludedReason: string | null;
}

export function RegistrationModal(props: { year: number; row: RoundRow; onClose: () => void; onDone: () => void }) {
  const { year, row } = props;
  const r = row.registration;
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const households = hasHouseholds(row.kind);
  const commune = row.kind === 'xa_phuong';
  const excluded = row.excludedKind;

  const save = (v: Values) =>
    run(
      'save',
      async () => {
        await call('registrations.save', {
          year,
          unitId: row.unitId,
          registeredOn: toIso(v.registeredOn)!,
          resolutionNumber: v.resolutionNumber?.trim() || null,
          resolutionDate: toIso(v.resolutionDate),
          householdsRegistered: households ? (v.householdsRegistered ?? null) : null,
          householdsTotal: households ? (v.householdsTotal ?? null) : null,
          note: v.note?.trim() || null,
          planNumber: commune ? v.planNumber?.trim() || null : null,
          planDate: commune ? toIso(v.planDate) : null,
          excludedReason: excluded ? v.excludedReason?.trim() || null : null,
        });
        props.onDone();
      },
      { success: `Đã lưu đăng ký của ${row.unitName}.`, form },
    );

  const remove = () =>
    run(
      'remove',
      async () => {
        await call('registrations.remove', { year, unitId: row.unitId });
        props.onDone();
      },
      { success: `Đã xóa đăng ký năm ${year} của ${row.unitName}.` },
    );

  return (
    <FormModal
      form={form}
      busy={busy('save')}
      onClose={props.onClose}
      title={`Đăng ký năm ${year}: ${row.unitName}`}
      okText="Lưu đăng ký"
      cancelText="Đóng"
      destroyOnHidden
      extra={
        r && (
          <Popconfirm
            title={`Xóa đăng ký năm ${year} của ${row.unitName}?`}
            okText="Xóa"
            cancelText="Không"
            onConfirm={remove}
          >
            <Button danger disabled={busy()}>
              Xóa đăng ký
            </Button>
          </Popconfirm>
        )
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          registeredOn: toDay(r?.registeredOn) ?? dayjs(),
          resolutionNumber: r?.resolutionNumber ?? null,
          resolutionDate: toDay(r?.resolutionDate),
          householdsRegistered: r?.householdsRegistered ?? null,
          householdsTotal: r?.householdsTotal ?? row.households,
          note: r?.note ?? null,
          planNumber: r?.planNumber ?? null,
          planDate: toDay(r?.planDate),
          excludedReason: r?.excludedReason ?? null,
        }}
      >
        {excluded && (
          <>
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={`${EXCLUDED_KIND_LABELS[excluded]} không thuộc đối tượng xét công nhận (${EXCLUDED_SOURCE}).`}
              description="Nếu vẫn đăng ký đơn vị này, hãy ghi rõ lý do."
            />
            <Form.Item
              label="Lý do vẫn đăng ký"
              name="excludedReason"
              rules={[{ required: true, whitespace: true, message: 'Cần ghi lý do vẫn đăng ký.' }]}
            >
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              label="Ngày đăng ký"
              name="registeredOn"
              rules={[{ required: true, message: 'Hãy chọn ngày đăng ký.' }]}
            >
              <DateInput width="100%" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Số nghị quyết" name="resolutionNumber">
              <Input placeholder="VD: 01-NQ/CB" maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Ngày nghị quyết" name="resolutionDate">
              <DateInput width="100%" />
            </Form.Item>
          </Col>
        </Row>
        {commune && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                label="Số kế hoạch của UBND"
                name="planNumber"
                tooltip="Kế hoạch về bảo đảm an ninh, trật tự trong quý I (tiêu chí 1 của xã, Thông tư 124, Điều 5)."
              >
                <Input placeholder="VD: 12/KH-UBND" maxLength={60} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="Ngày kế hoạch" name="planDate">
                <DateInput width="100%" />
              </Form.Item>
            </Col>
          </Row>
        )}
        {households && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item label="Số hộ đã đăng ký" name="householdsRegistered">
                <InputNumber min={0} style={{ width: '100%' }} {...viCount} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="Tổng số hộ" name="householdsTotal">
                <InputNumber min={0} style={{ width: '100%' }} {...viCount} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item label="Ghi chú" name="note">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
