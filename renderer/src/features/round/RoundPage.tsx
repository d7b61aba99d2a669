import { Typography } from 'antd';

export function RoundPage(props: { onOpenDossier: (dossierId: number) => void }) {
  void props;
  return (
    <div className="page">
      <Typography.Title level={4}>Đợt xét</Typography.Title>
    </div>
  );
}
