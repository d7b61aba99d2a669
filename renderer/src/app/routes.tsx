// The pages of the shell in menu order: label, icon, the page, and the method whose access decides who sees it.
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CloudServerOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileExcelOutlined,
  OrderedListOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MethodName } from '#shared/api/contract.ts';
import { BackupPage } from '../features/backup/index.ts';
import { CriteriaPage } from '../features/criteria/index.ts';
import { DecisionsPage } from '../features/decisions/index.ts';
import { DossierPage } from '../features/dossiers/index.ts';
import { ExchangePage } from '../features/exchange/index.ts';
import { IncidentsPage } from '../features/incidents/index.ts';
import { OverviewPage } from '../features/overview/index.ts';
import { RoundPage } from '../features/round/index.ts';
import { SettingsPage } from '../features/settings/index.ts';
import { ImportPage } from '../features/unitImport/index.ts';
import { UnitsPage } from '../features/units/index.ts';
import { UsersPage } from '../features/users/index.ts';

export type PageKey =
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

/** What a page may ask of the shell: to go to another page, or to open a dossier. */
export interface Navigation {
  go(page: PageKey): void;
  dossierId: number | null;
  openDossier(id: number): void;
}

export interface Route {
  key: PageKey;
  /** Null: reached from another page only, its menu entry being `menuKey`. */
  menu: { label: string; icon: ReactNode } | null;
  menuKey?: PageKey;
  /** The page shows to users who may call this method. */
  needs: MethodName;
  render(nav: Navigation): ReactNode;
}

export const ROUTES: Route[] = [
  {
    key: 'overview',
    menu: { label: 'Tổng quan', icon: <DashboardOutlined /> },
    needs: 'round.overview',
    render: () => <OverviewPage />,
  },
  {
    key: 'round',
    menu: { label: 'Đăng ký, hồ sơ', icon: <OrderedListOutlined /> },
    needs: 'round.page',
    render: (nav) => <RoundPage onOpenDossier={nav.openDossier} />,
  },
  {
    key: 'dossier',
    menu: null,
    menuKey: 'round',
    needs: 'round.page',
    render: (nav) => nav.dossierId !== null && <DossierPage dossierId={nav.dossierId} onBack={() => nav.go('round')} />,
  },
  {
    key: 'decisions',
    menu: { label: 'Quyết định công nhận', icon: <FileDoneOutlined /> },
    needs: 'decisions.list',
    render: () => <DecisionsPage />,
  },
  {
    key: 'incidents',
    menu: { label: 'Vụ việc', icon: <AlertOutlined /> },
    needs: 'incidents.list',
    render: () => <IncidentsPage />,
  },
  {
    key: 'criteria',
    menu: { label: 'Tiêu chí, mốc thời gian', icon: <AuditOutlined /> },
    needs: 'criteria.sets',
    render: () => <CriteriaPage />,
  },
  {
    key: 'units',
    menu: { label: 'Danh sách đơn vị', icon: <ApartmentOutlined /> },
    needs: 'units.page',
    render: (nav) => <UnitsPage onImport={() => nav.go('import')} />,
  },
  {
    key: 'import',
    menu: { label: 'Nhập từ Excel', icon: <FileExcelOutlined /> },
    needs: 'unitImport.analyze',
    render: (nav) => <ImportPage onDone={() => nav.go('units')} />,
  },
  {
    key: 'exchange',
    menu: { label: 'Trao đổi dữ liệu', icon: <SwapOutlined /> },
    needs: 'exchange.overview',
    render: () => <ExchangePage />,
  },
  {
    key: 'settings',
    menu: { label: 'Thông tin cơ quan', icon: <SettingOutlined /> },
    needs: 'settings.get',
    render: () => <SettingsPage />,
  },
  {
    key: 'users',
    menu: { label: 'Tài khoản', icon: <TeamOutlined /> },
    needs: 'users.list',
    render: () => <UsersPage />,
  },
  {
    key: 'backup',
    menu: { label: 'Sao lưu và phục hồi', icon: <CloudServerOutlined /> },
    needs: 'backup.list',
    render: () => <BackupPage />,
  },
];
