import { ApartmentOutlined, FileExcelOutlined, LogoutOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../shared/domain/accounts.ts';
import { call } from '../api.ts';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { ImportPage } from '../features/unitImport/ImportPage.tsx';
import { UnitsPage } from '../features/units/UnitsPage.tsx';
import { UsersPage } from '../features/users/UsersPage.tsx';
import { canWrite, useSession } from './session.tsx';

type PageKey = 'units' | 'import' | 'settings' | 'users';

export function Shell() {
  const { state, setState } = useSession();
  const [page, setPage] = useState<PageKey>('units');
  const user = state.user!;
  const items = [
    { key: 'units', icon: <ApartmentOutlined />, label: 'Danh sách đơn vị' },
    ...(canWrite(state) ? [{ key: 'import', icon: <FileExcelOutlined />, label: 'Nhập từ Excel' }] : []),
    { key: 'settings', icon: <SettingOutlined />, label: 'Thông tin cơ quan' },
    ...(user.role === 'admin' ? [{ key: 'users', icon: <TeamOutlined />, label: 'Tài khoản' }] : []),
  ];
  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 20 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16, flex: 1 }}>
          An toàn về an ninh, trật tự — {state.office?.standingOfficeName}
        </Typography.Text>
        <Space>
          <Typography.Text style={{ color: '#fff' }}>
            {user.fullName} ({ROLE_LABELS[user.role]})
          </Typography.Text>
          <Button icon={<LogoutOutlined />} onClick={() => void call('auth.logout', {}).then(setState)}>
            Đăng xuất
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={220} theme="light">
          <Menu
            mode="inline"
            selectedKeys={[page]}
            items={items}
            onClick={(e) => setPage(e.key as PageKey)}
            style={{ height: '100%' }}
          />
        </Layout.Sider>
        <Layout.Content className="app-content">
          {page === 'units' && <UnitsPage onImport={() => setPage('import')} />}
          {page === 'import' && <ImportPage onDone={() => setPage('units')} />}
          {page === 'settings' && <SettingsPage />}
          {page === 'users' && <UsersPage />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
