// Rules the office checks against its own province's texts: where dossiers go (the tờ trình's addressee), who
// recognises the commune itself, and the issuing date of Thông tư 48/2025/TT-BCA cited in decisions.
import { Col, Form, Input, Row, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DEFAULT_COMMUNE_RECOGNISER } from '#shared/domain/competence.ts';
import { DateInput } from '../../kit/DateInput.tsx';

const unconfirmed = <Tag color="orange">Cần xác nhận</Tag>;

export function RulesFields({ provinceName }: { provinceName: string }) {
  return (
    <Row gutter={16}>
      <Col span={9}>
        <Form.Item
          label="Tờ trình gửi (Kính gửi)"
          name="proposalAddressee"
          tooltip="Thông tư 48/2025/TT-BCA đổi nơi nhận hồ sơ; để trống là gửi Chủ tịch Ủy ban nhân dân."
          extra="Để trống: Chủ tịch Ủy ban nhân dân xã, phường."
        >
          <Input placeholder="Chủ tịch Ủy ban nhân dân xã ..." />
        </Form.Item>
      </Col>
      <Col span={9}>
        <Form.Item
          label={<>Cấp công nhận xã, phường {unconfirmed}</>}
          name="communeRecogniser"
          tooltip="Từ 07/2025 chưa có văn bản xác nhận cấp nào công nhận xã, phường; xã không tự công nhận mình (Thông tư 124, Điều 10)."
          extra={`Để trống: ${DEFAULT_COMMUNE_RECOGNISER} ${provinceName}.`}
        >
          <Input placeholder={`${DEFAULT_COMMUNE_RECOGNISER} ${provinceName}`} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item
          label={<>Ngày Thông tư 48/2025 {unconfirmed}</>}
          name="tt48Date"
          tooltip="Ngày ban hành Thông tư 48/2025/TT-BCA, ghi trong căn cứ của quyết định sau khi đối chiếu văn bản."
          getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : null })}
          normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null)}
          extra="Để trống: không ghi ngày."
        >
          <DateInput width="100%" />
        </Form.Item>
      </Col>
    </Row>
  );
}
