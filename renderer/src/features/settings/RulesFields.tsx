// Rules the office checks against its own province's texts: where dossiers go (the tờ trình's addressee), who
// recognises the commune itself, and the issuing date of Thông tư 48/2025/TT-BCA cited in decisions.
import { Input, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { DEFAULT_COMMUNE_RECOGNISER } from '#shared/domain/competence.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { toDay, toIso } from '../../kit/dates.ts';
import { FieldRow } from '../../kit/FieldRow.tsx';

const unconfirmed = <Tag color="orange">Cần xác nhận</Tag>;

export function RulesFields({ provinceName }: { provinceName: string }) {
  return (
    <FieldRow
      fields={[
        {
          span: 9,
          label: 'Tờ trình gửi (Kính gửi)',
          name: 'proposalAddressee',
          tooltip: 'Thông tư 48/2025/TT-BCA đổi nơi nhận hồ sơ; để trống là gửi Chủ tịch Ủy ban nhân dân.',
          extra: 'Để trống: Chủ tịch Ủy ban nhân dân xã, phường.',
          input: <Input placeholder="Chủ tịch Ủy ban nhân dân xã ..." />,
        },
        {
          span: 9,
          label: <>Cấp công nhận xã, phường {unconfirmed}</>,
          name: 'communeRecogniser',
          tooltip:
            'Từ 07/2025 chưa có văn bản xác nhận cấp nào công nhận xã, phường; xã không tự công nhận mình (Thông tư 124, Điều 10).',
          extra: `Để trống: ${DEFAULT_COMMUNE_RECOGNISER} ${provinceName}.`,
          input: <Input placeholder={`${DEFAULT_COMMUNE_RECOGNISER} ${provinceName}`} />,
        },
        {
          span: 6,
          label: <>Ngày Thông tư 48/2025 {unconfirmed}</>,
          name: 'tt48Date',
          tooltip: 'Ngày ban hành Thông tư 48/2025/TT-BCA, ghi trong căn cứ của quyết định sau khi đối chiếu văn bản.',
          getValueProps: (v: string | null) => ({ value: toDay(v) }),
          normalize: (d: Dayjs | null) => toIso(d),
          extra: 'Để trống: không ghi ngày.',
          input: <DateInput width="100%" />,
        },
      ]}
    />
  );
}
