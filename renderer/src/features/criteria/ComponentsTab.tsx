// Which documents a dossier needs: labels, required or optional, in use or not. Admins edit; others read.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Input, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DossierComponentSetting } from '#shared/api/roundTypes.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useLoad } from '../../kit/useLoad.ts';

type Row = Omit<DossierComponentSetting, 'code'> & { code: string | null; key: string };

export function ComponentsTab({ isAdmin }: { isAdmin: boolean }) {
  const { message } = App.useApp();
  const [rows, setRows] = useState<Row[]>([]);
  const { run, busy: running } = useAction();
  const busy = running();

  const loaded = useLoad('dossierComponents.list', {});
  useEffect(() => {
    if (loaded.data) setRows(loaded.data.map((c) => ({ ...c, key: c.code })));
  }, [loaded.data]);

  const patch = (key: string, change: Partial<Row>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const save = async () => {
    await run('action', async () => {
      const saved = await call('dossierComponents.save', {
        components: rows.map(({ code, label, required, active }) => ({ code, label, required, active })),
      });
      setRows(saved.map((c) => ({ ...c, key: c.code })));
      void message.success('Đã lưu thành phần hồ sơ.');
    });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message="Thành phần bắt buộc quyết định hồ sơ đủ hay thiếu. Thành phần thôi dùng vẫn giữ các tệp đã nộp các năm trước."
      />
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: 'Thành phần hồ sơ',
            render: (_v, r) =>
              isAdmin ? (
                <Input
                  aria-label={`Tên thành phần ${r.label}`}
                  value={r.label}
                  onChange={(e) => patch(r.key, { label: e.target.value })}
                />
              ) : (
                r.label
              ),
          },
          {
            title: 'Bắt buộc',
            width: 110,
            render: (_v, r) => (
              <Checkbox
                disabled={!isAdmin}
                checked={r.required}
                onChange={(e) => patch(r.key, { required: e.target.checked })}
              />
            ),
          },
          {
            title: 'Đang dùng',
            width: 110,
            render: (_v, r) => (
              <Checkbox
                disabled={!isAdmin}
                checked={r.active}
                onChange={(e) => patch(r.key, { active: e.target.checked })}
              />
            ),
          },
          ...(isAdmin
            ? [
                {
                  title: '',
                  width: 60,
                  render: (_v: unknown, r: Row) =>
                    r.code === null ? (
                      <Button
                        aria-label="Bỏ dòng"
                        icon={<DeleteOutlined />}
                        onClick={() => setRows((current) => current.filter((x) => x.key !== r.key))}
                      />
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {isAdmin && (
        <Space>
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              setRows((current) => [
                ...current,
                { key: `moi-${current.length}`, code: null, label: 'Thành phần mới', required: false, active: true },
              ])
            }
          >
            Thêm thành phần
          </Button>
          <Button type="primary" loading={busy} onClick={save}>
            Lưu thành phần hồ sơ
          </Button>
        </Space>
      )}
      {!isAdmin && <Typography.Text type="secondary">Chỉ tài khoản quản trị được sửa.</Typography.Text>}
    </Space>
  );
}
