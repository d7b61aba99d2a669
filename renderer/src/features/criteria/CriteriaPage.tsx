// Criteria sets and the year's evaluation windows: two tabs over the same campaign and list of sets.
import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Space, Spin, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Campaign, CriteriaSet } from '#shared/api/roundTypes.ts';
import { call, errorMessage } from '../../kit/api.ts';
import { useSession } from '../../kit/session.tsx';
import { useCan } from '../../kit/useCan.ts';
import { useYear } from '../../kit/year.tsx';
import { ComponentsTab } from './ComponentsTab.tsx';
import { CampaignWindowsTab } from './CampaignWindowsTab.tsx';
import { CriteriaSetsTab } from './CriteriaSetsTab.tsx';
import './criteria.css';

interface Loaded {
  year: number;
  campaign: Campaign | null;
  sets: CriteriaSet[];
  /** Dossiers of the year already appraised: the year's criteria set can no longer change. */
  appraised: number;
  /** Bumped on every load so the editors start again from saved data. */
  stamp: number;
}

export function CriteriaPage() {
  const year = useYear();
  const { state } = useSession();
  const { message } = App.useApp();
  const [data, setData] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(true);
  const [reloads, setReloads] = useState(0);
  const [tab, setTab] = useState('windows');
  const isAdmin = state.user?.role === 'admin';

  useEffect(() => {
    let alive = true;
    setLoading(true);
    Promise.all([call('campaigns.get', { year }), call('criteria.sets', {}), call('round.overview', { year })])
      .then(([campaign, sets, overview]) => {
        const appraised = Object.values(overview.byKind).reduce((n, f) => n + f.appraised, 0);
        if (alive) setData({ year, campaign, sets, appraised, stamp: Date.now() });
      })
      .catch((e: unknown) => alive && void message.error(errorMessage(e)))
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [year, reloads, message]);

  const reload = () => setReloads((n) => n + 1);
  const current = data?.year === year ? data : null;

  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Bộ tiêu chí và mốc thời gian
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={reload} aria-label="Tải lại" />
      </Space>
      <Spin spinning={loading}>
        {current && (
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'windows',
                label: `Mốc thời gian năm ${year}`,
                children: (
                  <CampaignWindowsTab
                    key={`${year}:${current.stamp}`}
                    year={year}
                    campaign={current.campaign}
                    sets={current.sets}
                    appraised={current.appraised}
                    isAdmin={isAdmin}
                    writable={useCan('campaigns.open')}
                    onChanged={reload}
                  />
                ),
              },
              {
                key: 'sets',
                label: 'Bộ tiêu chí',
                children: (
                  <CriteriaSetsTab
                    key={year}
                    year={year}
                    sets={current.sets}
                    campaign={current.campaign}
                    appraised={current.appraised}
                    isAdmin={isAdmin}
                    onCreated={reload}
                  />
                ),
              },
              { key: 'components', label: 'Thành phần hồ sơ', children: <ComponentsTab isAdmin={isAdmin} /> },
            ]}
          />
        )}
      </Spin>
    </div>
  );
}
