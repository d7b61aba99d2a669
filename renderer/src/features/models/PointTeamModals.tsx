// A new point of a model (the area where it is applied) and a new team at a point, with optional members.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ModelDetail, ModelPoint } from '#shared/api/modelTypes.ts';
import { call } from '../../kit/api.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { toIso } from '../../kit/dates.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { UnitSelect } from '../units/index.ts';

interface PointValues {
  unitId: number;
  startedOn: Dayjs;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
}

export function PointModal(props: { model: ModelDetail; onClose(): void; onDone(model: ModelDetail): void }) {
  const [form] = Form.useForm<PointValues>();
  const { run, busy } = useAction();
  const replicating = props.model.points.length > 0;
  const save = (v: PointValues) =>
    run(
      'point',
      async () => {
        const saved = await call('models.addPoint', {
          modelId: props.model.id,
          unitId: v.unitId,
          startedOn: toIso(v.startedOn)!,
          decisionNumber: v.decisionNumber ?? null,
          decisionDate: toIso(v.decisionDate),
        });
        props.onDone(saved);
        return saved;
      },
      { success: replicating ? 'Đã nhân rộng mô hình tới điểm mới.' : 'Đã thêm điểm.', form },
    );
  return (
    <FormModal
      form={form}
      busy={busy('point')}
      onClose={props.onClose}
      title={replicating ? `Nhân rộng: ${props.model.name}` : `Thêm điểm: ${props.model.name}`}
      width={560}
    >
      <Form<PointValues> form={form} layout="vertical" onFinish={save} requiredMark="optional">
        <Form.Item name="unitId" label="Nơi áp dụng" rules={[{ required: true, message: 'Hãy chọn nơi áp dụng.' }]}>
          <UnitSelect source="own" placeholder="Khu dân cư, cơ quan, doanh nghiệp, trường học…" />
        </Form.Item>
        <Form.Item name="startedOn" label="Ngày bắt đầu" rules={[{ required: true, message: 'Hãy chọn ngày.' }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="decisionNumber" label="Số quyết định (nếu có)">
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="decisionDate" label="Ngày quyết định">
          <DateInput />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

interface TeamValues {
  name: string;
  leaderName?: string;
  memberCount: number;
  foundedOn?: Dayjs | null;
  members?: { fullName: string; role?: string; phone?: string }[];
}

export function TeamModal(props: { point: ModelPoint; onClose(): void; onDone(model: ModelDetail): void }) {
  const [form] = Form.useForm<TeamValues>();
  const { run, busy } = useAction();
  const save = (v: TeamValues) =>
    run(
      'team',
      async () => {
        const saved = await call('models.addTeam', {
          pointId: props.point.id,
          name: v.name,
          leaderName: v.leaderName ?? null,
          memberCount: v.memberCount,
          foundedOn: toIso(v.foundedOn),
          members: (v.members ?? []).map((m) => ({
            fullName: m.fullName,
            role: m.role ?? null,
            phone: m.phone ?? null,
          })),
        });
        props.onDone(saved);
        return saved;
      },
      { success: `Đã thêm tổ ${v.name}.`, form },
    );
  return (
    <FormModal
      form={form}
      busy={busy('team')}
      onClose={props.onClose}
      title={`Thêm tổ tại ${props.point.unitName}`}
      width={640}
    >
      <Form<TeamValues>
        form={form}
        layout="vertical"
        onFinish={save}
        requiredMark="optional"
        initialValues={{ memberCount: 0 }}
      >
        <Form.Item name="name" label="Tên tổ" rules={[{ required: true, message: 'Hãy nhập tên tổ.' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space>
          <Form.Item name="leaderName" label="Tổ trưởng">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="memberCount" label="Số thành viên" rules={[{ required: true, message: 'Hãy nhập số.' }]}>
            <InputNumber min={0} max={100000} />
          </Form.Item>
          <Form.Item name="foundedOn" label="Ngày thành lập">
            <DateInput />
          </Form.Item>
        </Space>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'fullName']} rules={[{ required: true, message: 'Họ tên?' }]}>
                    <Input placeholder="Họ tên" maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'role']}>
                    <Input placeholder="Chức danh" maxLength={60} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'phone']}>
                    <Input placeholder="Điện thoại" maxLength={40} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="Bỏ thành viên" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                Thêm thành viên (không bắt buộc)
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
