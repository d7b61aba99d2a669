// Tags that say where a criterion comes from and how the app treats it.
import { Tag, Tooltip } from 'antd';
import type { Criterion } from '#shared/api/roundTypes.ts';

export const UNCONFIRMED_TIP =
  'Nội dung này chưa được đối chiếu với văn bản pháp luật (Thông tư 124/2021/TT-BCA, sửa đổi bởi Thông tư 48/2025/TT-BCA, và hướng dẫn của tỉnh). Cần kiểm tra, sửa cho đúng nguyên văn rồi đánh dấu đã xác nhận.';

const AUTO_RULE_LABELS: Record<NonNullable<Criterion['autoRule']>, [string, string]> = {
  registration: ['Tự gợi ý từ đăng ký', 'Khi thẩm định, phần mềm gợi ý kết quả từ dữ liệu đăng ký của đơn vị.'],
  commune_70: ['Tự tính 100% và 70%', 'Phần mềm tính từ số đơn vị đăng ký và được công nhận trong năm.'],
};

type TagFields = Pick<Criterion, 'confirmed' | 'origin' | 'autoRule' | 'incidentSensitive'>;

export function CriterionTags({ c, hideUnconfirmed = false }: { c: TagFields; hideUnconfirmed?: boolean }) {
  return (
    <>
      {!c.confirmed && !hideUnconfirmed && (
        <Tooltip title={UNCONFIRMED_TIP}>
          <Tag color="orange">Cần xác nhận</Tag>
        </Tooltip>
      )}
      {c.origin === 'dia_phuong' && <Tag color="blue">Tiêu chí của tỉnh</Tag>}
      {c.autoRule && (
        <Tooltip title={AUTO_RULE_LABELS[c.autoRule][1]}>
          <Tag>{AUTO_RULE_LABELS[c.autoRule][0]}</Tag>
        </Tooltip>
      )}
      {c.incidentSensitive && (
        <Tooltip title="Vụ việc thuộc các loại gắn với tiêu chí này trong thời gian đánh giá được dùng để gợi ý khi thẩm định: loại làm không đạt đánh dấu sẵn “Không đạt”, loại cần xem xét hiện số vụ so với năm trước.">
          <Tag color="volcano">Liên quan vụ việc</Tag>
        </Tooltip>
      )}
    </>
  );
}
