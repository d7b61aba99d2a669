import { Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { User } from '#shared/api/types.ts';
import { ROLES, ROLE_LABELS, type Role } from '#shared/domain/accounts.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useLoad } from '../../kit/useLoad.ts';

type Editing = { mode: 'create' } | { mode: 'edit'; user: User } | { mode: 'password'; user: User };

export function UsersPage() {
  const users = useLoad('users.list', {});
  const { run, busy } = useAction();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [form] = Form.useForm();

  const open = (e: Editing) => {
    form.resetFields();
    if (e.mode === 'edit') form.setFieldsValue({ fullName: e.user.fullName, role: e.user.role, active: e.user.active });
    setEditing(e);
  };
  const submit = (v: { username: string; fullName: string; role: Role; password: string; active: boolean }) =>
    run(
      'save',
      async () => {
        if (editing?.mode === 'create') await call('users.create', v);
        if (editing?.mode === 'edit')
          await call('users.update', { id: editing.user.id, fullName: v.fullName, role: v.role, active: v.active });
        if (editing?.mode === 'password')
          await call('users.resetPassword', { id: editing.user.id, password: v.password });
        setEditing(null);
        users.reload();
      },
      { success: 'Đã lưu tài khoản.', form },
    );

  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Tài khoản
        </Typography.Title>
        <Button type="primary" onClick={() => open({ mode: 'create' })}>
          Thêm tài khoản
        </Button>
      </Space>
      <Table<User>
        rowKey="id"
        dataSource={users.data ?? []}
        pagination={false}
        columns={[
          { title: 'Tên đăng nhập', dataIndex: 'username' },
          { title: 'Họ tên', dataIndex: 'fullName' },
          { title: 'Vai trò', dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r] },
          {
            title: 'Trạng thái',
            render: (_v, u) =>
              !u.active ? (
                <Tag>Đã khóa</Tag>
              ) : u.lockedUntil && u.lockedUntil > new Date().toISOString() ? (
                <Tag color="orange">Tạm khóa</Tag>
              ) : (
                <Tag color="green">Hoạt động</Tag>
              ),
          },
          { title: 'Đăng nhập lần cuối', dataIndex: 'lastLoginAt', render: formatDateTimeVi },
          {
            title: '',
            render: (_v, u) => (
              <Space>
                <Button size="small" onClick={() => open({ mode: 'edit', user: u })}>
                  Sửa
                </Button>
                <Button size="small" onClick={() => open({ mode: 'password', user: u })}>
                  Đặt lại mật khẩu
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <FormModal
        form={form}
        busy={busy('save')}
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.mode === 'create'
            ? 'Thêm tài khoản'
            : editing?.mode === 'edit'
              ? 'Sửa tài khoản'
              : 'Đặt lại mật khẩu'
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'staff', active: true }}>
          {editing?.mode === 'create' && (
            <Form.Item
              label="Tên đăng nhập"
              name="username"
              rules={[{ required: true, message: 'Hãy nhập tên đăng nhập.' }]}
            >
              <Input autoFocus />
            </Form.Item>
          )}
          {editing?.mode !== 'password' && (
            <>
              <Form.Item
                label="Họ tên"
                name="fullName"
                rules={[{ required: true, whitespace: true, message: 'Hãy nhập họ tên.' }]}
              >
                <Input />
              </Form.Item>
              <Form.Item label="Vai trò" name="role">
                <Select options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
              </Form.Item>
            </>
          )}
          {editing?.mode === 'edit' && (
            <Form.Item label="Trạng thái" name="active">
              <Select
                options={[
                  { value: true, label: 'Hoạt động' },
                  { value: false, label: 'Khóa tài khoản' },
                ]}
              />
            </Form.Item>
          )}
          {editing?.mode !== 'edit' && (
            <Form.Item
              label="Mật khẩu"
              name="password"
              rules={[{ required: true, min: 8, message: 'Mật khẩu cần ít nhất 8 ký tự.' }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
        </Form>
      </FormModal>
    </div>
  );
}
