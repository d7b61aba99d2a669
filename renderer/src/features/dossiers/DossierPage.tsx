import { Typography } from 'antd';

export function DossierPage(props: { dossierId: number; onBack: () => void }) {
  return (
    <div className="page">
      <Typography.Title level={4}>Hồ sơ {props.dossierId}</Typography.Title>
    </div>
  );
}
