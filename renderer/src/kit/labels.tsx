// Labels and small views of the round shared by the round grid, the USB wizard and the dossier page.
import { Tag } from 'antd';
import { ROUND_STATUS_LABELS, type RoundStatus } from '#shared/domain/round.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';

/** Dossier components as seeded in the database (dossier_components); the wizard needs them before any dossier. */
export const COMPONENT_LABELS: Record<string, string> = {
  dang_ky: 'Bản đăng ký',
  nghi_quyet: 'Nghị quyết (quý I)',
  ke_hoach: 'Kế hoạch',
  bao_cao: 'Báo cáo kết quả',
  bien_ban: 'Biên bản họp',
  to_trinh: 'Tờ trình đề nghị công nhận',
  tu_danh_gia: 'Bảng tự đánh giá',
};

export const COMPONENT_OPTIONS = Object.entries(COMPONENT_LABELS).map(([value, label]) => ({ value, label }));

export const ROUND_STATUS_COLORS: Record<RoundStatus, string> = {
  chua_dang_ky: 'default',
  chua_nop: 'gold',
  da_nhan: 'blue',
  da_tham_dinh: 'purple',
  de_nghi: 'green',
  khong_de_nghi: 'red',
  da_cong_nhan: 'success',
};

export function StatusTag({ status }: { status: RoundStatus }) {
  return (
    <Tag color={ROUND_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {ROUND_STATUS_LABELS[status]}
    </Tag>
  );
}

/** 27 of 30 -> "90%", for rates against targets. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${formatNumberVi(Math.round((part * 1000) / whole) / 10)}%`;
}
