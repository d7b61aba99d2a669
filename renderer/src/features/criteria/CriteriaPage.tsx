import { Typography } from 'antd';

export function CriteriaPage() {
  return (
    <div className="page">
      <Typography.Title level={4}>CriteriaPage</Typography.Title>
    </div>
  );
}
