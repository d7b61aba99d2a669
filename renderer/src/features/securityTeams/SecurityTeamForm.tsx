// A grassroots security team of a residential area, with its members and their dates.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { SecurityTeam } from '#shared/api/modelTypes.ts';
import { MEMBER_ROLES, MEMBER_ROLE_LABELS, type MemberRole } from '#shared/domain/models.ts';
import { call } from '../../kit/api.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { toIso } from '../../kit/dates.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { UnitSelect } from '../units/index.ts';

interface Values {
  unitId: number;
  name: string;
  foundedOn: Dayjs;
  members?: { fullName: string; role: MemberRole; phone?: string; joinedOn: Dayjs }[];
}

export function SecurityTeamForm(props: { onClose(): void; onSaved(team: SecurityTeam): void }) {
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const save = (v: Values) =>
    run(
      'save',
      async () => {
        const saved = await call('securityTeams.create', {
          unitId: v.unitId,
          name: v.name,
          foundedOn: toIso(v.foundedOn)!,
          dissolvedOn: null,
          members: (v.members ?? []).map((m) => ({
            fullName: m.fullName,
            role: m.role,
            phone: m.phone ?? null,
            joinedOn: toIso(m.joinedOn)!,
            leftOn: null,
          })),
        });
        props.onSaved(saved);
        return saved;
      },
      { success: (t) => `Đã thêm ${t.name}.`, form },
    );
  return (
    <FormModal
      form={form}
      busy={busy('save')}
      onClose={props.onClose}
      title="Thêm tổ bảo vệ an ninh, trật tự"
      width={760}
    >
      <Form<Values> form={form} layout="vertical" onFinish={save} requiredMark="optional">
        <Form.Item name="unitId" label="Khu dân cư" rules={[{ required: true, message: 'Hãy chọn khu dân cư.' }]}>
          <UnitSelect source="own" placeholder="Gõ tên thôn, tổ dân phố…" />
        </Form.Item>
        <Space>
          <Form.Item name="name" label="Tên tổ" rules={[{ required: true, message: 'Hãy nhập tên tổ.' }]}>
            <Input maxLength={200} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="foundedOn" label="Ngày thành lập" rules={[{ required: true, message: 'Hãy chọn ngày.' }]}>
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
                  <Form.Item name={[f.name, 'role']} initialValue="to_vien">
                    <Select
                      style={{ width: 120 }}
                      options={MEMBER_ROLES.map((r) => ({ value: r, label: MEMBER_ROLE_LABELS[r] }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'phone']}>
                    <Input placeholder="Điện thoại" maxLength={40} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'joinedOn']} rules={[{ required: true, message: 'Ngày?' }]}>
                    <DateInput placeholder="Ngày tham gia" width={150} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="Bỏ thành viên" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                Thêm thành viên
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
