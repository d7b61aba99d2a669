import { LogoutOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, InputNumber, Layout, Menu, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { mayCall } from '#shared/api/access.ts';
import { ROLE_LABELS } from '#shared/domain/accounts.ts';
import { YEAR_MAX, YEAR_MIN } from '#shared/domain/round.ts';
import { call } from '../kit/api.ts';
import { useSession } from '../kit/session.tsx';
import { useAction } from '../kit/useAction.ts';
import { useLeave } from '../kit/unsaved.tsx';
import { defaultYear, YearContext } from '../kit/year.tsx';
import { ROUTES, type Navigation, type PageKey } from './routes.tsx';

export function Shell() {
  const { state, setState } = useSession();
  const [page, setPage] = useState<PageKey>('overview');
  const [year, setYear] = useState(defaultYear());
  const [dossierId, setDossierId] = useState<number | null>(null);
  const user = state.user!;
  const { run, busy } = useAction();
  const leave = useLeave();
  const visible = ROUTES.filter((r) => mayCall(user.role, r.needs));
  const items = visible.flatMap((r) => (r.menu ? [{ key: r.key, icon: r.menu.icon, label: r.menu.label }] : []));
  const route = visible.find((r) => r.key === page);
  // An open dossier belongs to its year: another year shows that year's round instead.
  const changeYear = (next: number) => {
    setYear(next);
    if (page === 'dossier' && next !== year) {
      setDossierId(null);
      setPage('round');
    }
  };
  const nav: Navigation = {
    go: (key) => leave(() => setPage(key)),
    dossierId,
    openDossier: (id) =>
      leave(() => {
        setDossierId(id);
        setPage('dossier');
      }),
  };
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
            min={YEAR_MIN}
            max={YEAR_MAX}
            precision={0}
            value={year}
            onChange={(v) =>
              typeof v === 'number' && Number.isInteger(v) && v >= YEAR_MIN && v <= YEAR_MAX && changeYear(v)
            }
            style={{ width: 90 }}
          />
          <Typography.Text style={{ color: '#fff' }}>
            {user.fullName} ({ROLE_LABELS[user.role]})
          </Typography.Text>
          {state.sampleData && (
            <Tag color="gold" style={{ marginInlineEnd: 0 }}>
              Dữ liệu mẫu
            </Tag>
          )}
          {state.sampleData && user.role === 'admin' && (
            <Popconfirm
              title="Xóa toàn bộ dữ liệu mẫu?"
              description="Đơn vị, đợt xét, hồ sơ, quyết định và tệp mẫu bị xóa để bắt đầu dùng thật; tài khoản, thông tin cơ quan và bộ tiêu chí được giữ."
              okText="Xóa dữ liệu mẫu"
              okButtonProps={{ danger: true }}
              cancelText="Không"
              onConfirm={() =>
                run('clearSample', async () => {
                  setState(await call('demo.clear', {}));
                  setPage('overview');
                })
              }
            >
              <Button danger>Xóa dữ liệu mẫu...</Button>
            </Popconfirm>
          )}
          <Button icon={<QuestionCircleOutlined />} onClick={() => setPage('guide')}>
            Hướng dẫn
          </Button>
          <Button
            icon={<LogoutOutlined />}
            loading={busy('logout')}
            onClick={() => leave(() => void run('logout', async () => setState(await call('auth.logout', {}))))}
          >
            Đăng xuất
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={220} theme="light">
          <Menu
            mode="inline"
            selectedKeys={[route?.menuKey ?? page]}
            items={items}
            onClick={(e) => nav.go(e.key as PageKey)}
            style={{ height: '100%' }}
          />
        </Layout.Sider>
        <Layout.Content className="app-content">
          <YearContext.Provider value={year}>{route?.render(nav)}</YearContext.Provider>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
