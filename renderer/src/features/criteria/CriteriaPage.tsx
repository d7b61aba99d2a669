// Criteria sets and the year's evaluation windows: two tabs over the same campaign and list of sets.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../kit/api.ts';
import { useCan } from '../../kit/useCan.ts';
import { useLoader } from '../../kit/useLoad.ts';
import { useYear } from '../../kit/year.tsx';
import { ComponentsTab } from './ComponentsTab.tsx';
import { CampaignWindowsTab } from './CampaignWindowsTab.tsx';
import { CriteriaSetsTab } from './CriteriaSetsTab.tsx';
import './criteria.css';

export function CriteriaPage() {
  const year = useYear();
  const [tab, setTab] = useState('windows');
  const writable = useCan('campaigns.open');
  const mayEditWindows = useCan('campaigns.update');
  const mayNewVersion = useCan('criteria.createVersion');
  const mayEditComponents = useCan('dossierComponents.save');
  const loaded = useLoader(year, async () => {
    const [campaign, sets, overview] = await Promise.all([
      call('campaigns.get', { year }),
      call('criteria.sets', {}),
      call('round.overview', { year }),
    ]);
    const appraised = Object.values(overview.byKind).reduce((n, f) => n + f.appraised, 0);
    // The stamp changes on every load so the editors start again from saved data.
    return { campaign, sets, appraised, stamp: Date.now() };
  });
  const { reload, loading } = loaded;
  const current = loaded.data ?? null;
  const shared = current && { year, campaign: current.campaign, sets: current.sets, appraised: current.appraised };

  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Bộ tiêu chí và mốc thời gian
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={reload} aria-label="Tải lại" />
      </Space>
      <Spin spinning={loading}>
        {shared && (
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'windows',
                label: `Mốc thời gian năm ${year}`,
                children: (
                  <CampaignWindowsTab
                    key={`${year}:${current?.stamp}`}
                    {...shared}
                    isAdmin={mayEditWindows}
                    writable={writable}
                    onChanged={reload}
                  />
                ),
              },
              {
                key: 'sets',
                label: 'Bộ tiêu chí',
                children: <CriteriaSetsTab key={year} {...shared} isAdmin={mayNewVersion} onCreated={reload} />,
              },
              { key: 'components', label: 'Thành phần hồ sơ', children: <ComponentsTab isAdmin={mayEditComponents} /> },
            ]}
          />
        )}
      </Spin>
    </div>
  );
}
