import {
  ApartmentOutlined,
  AlertOutlined,
  AuditOutlined,
  CloudServerOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileExcelOutlined,
  LogoutOutlined,
  OrderedListOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, InputNumber, Layout, Menu, Space, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS } from '#shared/domain/accounts.ts';
import { call } from '../api.ts';
import { CriteriaPage } from '../features/criteria/CriteriaPage.tsx';
import { DecisionsPage } from '../features/decisions/DecisionsPage.tsx';
import { DossierPage } from '../features/dossiers/DossierPage.tsx';
import { IncidentsPage } from '../features/incidents/IncidentsPage.tsx';
import { OverviewPage } from '../features/overview/OverviewPage.tsx';
import { RoundPage } from '../features/round/RoundPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { ImportPage } from '../features/unitImport/ImportPage.tsx';
import { UnitsPage } from '../features/units/UnitsPage.tsx';
import { UsersPage } from '../features/users/UsersPage.tsx';
import { BackupPage } from '../features/backup/BackupPage.tsx';
import { ExchangePage } from '../features/exchange/ExchangePage.tsx';
import { canWrite, useSession } from './session.tsx';
import { defaultYear, YearContext } from './year.tsx';

type PageKey =
  | 'overview'
  | 'round'
  | 'dossier'
  | 'decisions'
  | 'incidents'
  | 'criteria'
  | 'units'
  | 'import'
  | 'settings'
  | 'users'
  | 'backup'
  | 'exchange';

export function Shell() {
  const { state, setState } = useSession();
  const [page, setPage] = useState<PageKey>('overview');
  const [year, setYear] = useState(defaultYear());
  const [dossierId, setDossierId] = useState<number | null>(null);
  const user = state.user!;
  const items = [
    { key: 'overview', icon: <DashboardOutlined />, label: 'Tổng quan' },
    { key: 'round', icon: <OrderedListOutlined />, label: 'Đăng ký, hồ sơ' },
    { key: 'decisions', icon: <FileDoneOutlined />, label: 'Quyết định công nhận' },
    { key: 'incidents', icon: <AlertOutlined />, label: 'Vụ việc' },
    { key: 'criteria', icon: <AuditOutlined />, label: 'Tiêu chí, mốc thời gian' },
    { key: 'units', icon: <ApartmentOutlined />, label: 'Danh sách đơn vị' },
    ...(canWrite(state) ? [{ key: 'import', icon: <FileExcelOutlined />, label: 'Nhập từ Excel' }] : []),
    { key: 'exchange', icon: <SwapOutlined />, label: 'Trao đổi dữ liệu' },
    { key: 'settings', icon: <SettingOutlined />, label: 'Thông tin cơ quan' },
    ...(user.role === 'admin' ? [{ key: 'users', icon: <TeamOutlined />, label: 'Tài khoản' }] : []),
    ...(user.role === 'admin' ? [{ key: 'backup', icon: <CloudServerOutlined />, label: 'Sao lưu và phục hồi' }] : []),
  ];
  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 20 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16, flex: 1 }}>
          An toàn về an ninh, trật tự — {state.office?.standingOfficeName}
        </Typography.Text>
        <Space>
          <Typography.Text style={{ color: '#fff' }}>Năm</Typography.Text>
          <InputNumber
            aria-label="Năm đánh giá"
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)}
            style={{ width: 90 }}
          />
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
            selectedKeys={[page === 'dossier' ? 'round' : page]}
            items={items}
            onClick={(e) => setPage(e.key as PageKey)}
            style={{ height: '100%' }}
          />
        </Layout.Sider>
        <Layout.Content className="app-content">
          <YearContext.Provider value={year}>
            {page === 'overview' && <OverviewPage />}
            {page === 'round' && (
              <RoundPage
                onOpenDossier={(id) => {
                  setDossierId(id);
                  setPage('dossier');
                }}
              />
            )}
            {page === 'dossier' && dossierId !== null && (
              <DossierPage dossierId={dossierId} onBack={() => setPage('round')} />
            )}
            {page === 'decisions' && <DecisionsPage />}
            {page === 'incidents' && <IncidentsPage />}
            {page === 'criteria' && <CriteriaPage />}
            {page === 'units' && <UnitsPage onImport={() => setPage('import')} />}
            {page === 'import' && <ImportPage onDone={() => setPage('units')} />}
            {page === 'settings' && <SettingsPage />}
            {page === 'users' && <UsersPage />}
            {page === 'backup' && <BackupPage />}
            {page === 'exchange' && <ExchangePage />}
          </YearContext.Provider>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
