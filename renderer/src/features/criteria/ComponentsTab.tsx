// Which documents a dossier needs: labels, the kinds of unit that must file it, whether only units with a Party
// organisation must, in use or not. Admins edit; others read.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Input, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DossierComponentSetting } from '#shared/api/roundTypes.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useLoad } from '../../kit/useLoad.ts';

type Row = Omit<DossierComponentSetting, 'code'> & { code: string | null; key: string };

export function ComponentsTab({ isAdmin }: { isAdmin: boolean }) {
  const [rows, setRows] = useState<Row[]>([]);
  const { run, busy: running } = useAction();
  const busy = running();

  // The rows being edited start from what main holds: once loaded, and again after a save.
  const loaded = useLoad('dossierComponents.list', {});
  useEffect(() => {
    if (loaded.data) setRows(loaded.data.map((c) => ({ ...c, key: c.code })));
  }, [loaded.data]);

  const patch = (key: string, change: Partial<Row>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const save = async () => {
    await run(
      'action',
      async () => {
        const saved = await call('dossierComponents.save', {
          components: rows.map(({ code, label, requiredKinds, partyOrganisationOnly, active }) => ({
            code,
            label,
            required: requiredKinds.length > 0,
            requiredKinds,
            partyOrganisationOnly,
            active,
          })),
        });
        loaded.set(saved);
      },
      { success: 'Đã lưu thành phần hồ sơ.' },
    );
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message="Thành phần bắt buộc (theo loại đơn vị) quyết định hồ sơ đủ hay thiếu. Nghị quyết quý I chỉ bắt buộc đối với nơi có tổ chức Đảng. Thành phần thôi dùng vẫn giữ các tệp đã nộp các năm trước."
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
            title: 'Bắt buộc với',
            width: 330,
            render: (_v, r) => (
              <Select
                mode="multiple"
                disabled={!isAdmin}
                style={{ width: '100%' }}
                placeholder="Không bắt buộc"
                aria-label={`Loại đơn vị phải nộp ${r.label}`}
                value={r.requiredKinds}
                options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
                onChange={(kinds: UnitKind[]) => patch(r.key, { requiredKinds: kinds })}
              />
            ),
          },
          {
            title: 'Chỉ nơi có tổ chức Đảng',
            width: 120,
            render: (_v, r) => (
              <Checkbox
                disabled={!isAdmin}
                checked={r.partyOrganisationOnly}
                aria-label={`${r.label} chỉ bắt buộc nơi có tổ chức Đảng`}
                onChange={(e) => patch(r.key, { partyOrganisationOnly: e.target.checked })}
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
                {
                  key: `moi-${current.length}`,
                  code: null,
                  label: 'Thành phần mới',
                  required: false,
                  requiredKinds: [],
                  partyOrganisationOnly: false,
                  active: true,
                },
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
