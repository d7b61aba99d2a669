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
  SafetyOutlined,
  ClusterOutlined,
  QuestionCircleOutlined,
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
import { GuidePage } from '../features/guide/index.ts';
import { IncidentsPage } from '../features/incidents/index.ts';
import { ModelsPage } from '../features/models/index.ts';
import { OverviewPage } from '../features/overview/index.ts';
import { RoundPage } from '../features/round/index.ts';
import { SecurityTeamsPage } from '../features/securityTeams/index.ts';
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
  | 'models'
  | 'securityTeams'
  | 'criteria'
  | 'units'
  | 'import'
  | 'settings'
  | 'users'
  | 'backup'
  | 'exchange'
  | 'guide';

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

const page = (key: PageKey, label: string, icon: ReactNode, needs: MethodName, render: Route['render']): Route => ({
  key,
  menu: { label, icon },
  needs,
  render,
});

export const ROUTES: Route[] = [
  page('overview', 'Tổng quan', <DashboardOutlined />, 'round.overview', () => <OverviewPage />),
  page('round', 'Đăng ký, hồ sơ', <OrderedListOutlined />, 'round.page', (nav) => (
    <RoundPage onOpenDossier={nav.openDossier} />
  )),
  {
    key: 'dossier',
    menu: null,
    menuKey: 'round',
    needs: 'dossiers.detail',
    render: (nav) => nav.dossierId !== null && <DossierPage dossierId={nav.dossierId} onBack={() => nav.go('round')} />,
  },
  page('decisions', 'Quyết định công nhận', <FileDoneOutlined />, 'decisions.list', () => <DecisionsPage />),
  page('incidents', 'Vụ việc', <AlertOutlined />, 'incidents.list', () => <IncidentsPage />),
  page('models', 'Mô hình, điểm, tổ', <ClusterOutlined />, 'models.list', () => <ModelsPage />),
  page('securityTeams', 'Tổ bảo vệ ANTT', <SafetyOutlined />, 'securityTeams.ratingSheet', () => <SecurityTeamsPage />),
  page('criteria', 'Tiêu chí, mốc thời gian', <AuditOutlined />, 'criteria.sets', () => <CriteriaPage />),
  page('units', 'Danh sách đơn vị', <ApartmentOutlined />, 'units.page', (nav) => (
    <UnitsPage onImport={() => nav.go('import')} />
  )),
  page('import', 'Nhập từ Excel', <FileExcelOutlined />, 'unitImport.analyze', (nav) => (
    <ImportPage onDone={() => nav.go('units')} />
  )),
  page('exchange', 'Trao đổi dữ liệu', <SwapOutlined />, 'exchange.overview', () => <ExchangePage />),
  page('settings', 'Thông tin cơ quan', <SettingOutlined />, 'settings.get', () => <SettingsPage />),
  page('users', 'Tài khoản', <TeamOutlined />, 'users.list', () => <UsersPage />),
  page('backup', 'Sao lưu và phục hồi', <CloudServerOutlined />, 'backup.list', () => <BackupPage />),
  page('guide', 'Hướng dẫn', <QuestionCircleOutlined />, 'settings.get', () => <GuidePage />),
];
