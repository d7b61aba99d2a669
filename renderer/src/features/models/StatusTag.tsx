import { Tag } from 'antd';
import { MODEL_STATUS_LABELS, type ModelStatus } from '#shared/domain/models.ts';

const COLORS: Record<ModelStatus, string> = {
  de_xuat: 'default',
  thanh_lap: 'blue',
  hoat_dong: 'green',
  nhan_rong: 'cyan',
  thanh_loai: 'red',
};

export function StatusTag({ status }: { status: ModelStatus }) {
  return <Tag color={COLORS[status]}>{MODEL_STATUS_LABELS[status]}</Tag>;
}
