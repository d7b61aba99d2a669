import { Typography } from 'antd';

export function OverviewPage() {
  return (
    <div className="page">
      <Typography.Title level={4}>OverviewPage</Typography.Title>
    </div>
  );
}
