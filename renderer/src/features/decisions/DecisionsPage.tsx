import { Typography } from 'antd';

export function DecisionsPage() {
  return (
    <div className="page">
      <Typography.Title level={4}>Quyết định công nhận</Typography.Title>
    </div>
  );
}
