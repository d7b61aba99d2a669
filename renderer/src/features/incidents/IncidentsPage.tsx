import { Typography } from 'antd';

export function IncidentsPage() {
  return (
    <div className="page">
      <Typography.Title level={4}>IncidentsPage</Typography.Title>
    </div>
  );
}
