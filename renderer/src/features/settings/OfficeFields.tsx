// Office settings fields, used by the first-run wizard and the settings page.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Form, Input, Row, Select, Space } from 'antd';
import { OFFICE_LEVELS, OFFICE_LEVEL_LABELS, SIGNING_AUTHORITIES } from '#shared/domain/accounts.ts';

const required = (label: string) => [{ required: true, whitespace: true, message: `Hãy nhập ${label}.` }];
const upper = (e: React.ChangeEvent<HTMLInputElement>) => e.target.value.toLocaleUpperCase('vi');

export function OfficeFields({ prefix }: { prefix: string[] }) {
  const n = (name: string) => [...prefix, name];
  return (
    <>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="Cấp" name={n('level')} rules={[{ required: true, message: 'Hãy chọn cấp.' }]}>
            <Select options={OFFICE_LEVELS.map((l) => ({ value: l, label: OFFICE_LEVEL_LABELS[l] }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Tỉnh, thành phố" name={n('provinceName')} rules={required('tỉnh, thành phố')}>
            <Input placeholder="Thanh Hóa" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            label="Địa danh ghi ngày tháng"
            name={n('placeName')}
            rules={required('địa danh')}
            tooltip='Dùng trong dòng "Đông Sơn, ngày ... tháng ... năm ..."'
          >
            <Input placeholder="Đông Sơn" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            label="Cơ quan ban hành (dòng trên)"
            name={n('issuingBodyUpper')}
            rules={required('tên cơ quan')}
            getValueFromEvent={upper}
          >
            <Input placeholder="ỦY BAN NHÂN DÂN" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="Cơ quan ban hành (dòng dưới)"
            name={n('localityUpper')}
            rules={required('tên địa phương')}
            getValueFromEvent={upper}
          >
            <Input placeholder="XÃ ĐÔNG SƠN" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Tên Ban Chỉ đạo" name={n('committeeName')} rules={required('tên Ban Chỉ đạo')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={9}>
          <Form.Item label="Cơ quan thường trực" name={n('standingOfficeName')} rules={required('cơ quan thường trực')}>
            <Input placeholder="Công an xã Đông Sơn" />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item label="Ký hiệu quyết định" name={n('decisionCode')} rules={required('ký hiệu')}>
            <Input placeholder="QĐ-UBND" />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item label="Ký hiệu tờ trình" name={n('proposalCode')} rules={required('ký hiệu')}>
            <Input placeholder="TTr-CAX" />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item label="Ký hiệu lưu" name={n('archiveCode')} rules={required('ký hiệu lưu')}>
            <Input placeholder="VT, CAX" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

export function SignerFields({ prefix }: { prefix: string[] }) {
  return (
    <Form.List name={[...prefix, 'signers']}>
      {(fields, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {fields.map((field) => (
            <Card size="small" key={field.key}>
              <Row gutter={12} align="middle">
                <Col span={4}>
                  <Form.Item label="Thẩm quyền" name={[field.name, 'authority']} style={{ marginBottom: 0 }}>
                    <Select options={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: a || '(ký trực tiếp)' }))} />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item
                    label="Chức vụ"
                    name={[field.name, 'title']}
                    rules={required('chức vụ')}
                    style={{ marginBottom: 0 }}
                    getValueFromEvent={upper}
                  >
                    <Input placeholder="CHỦ TỊCH" />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item
                    label="Họ tên"
                    name={[field.name, 'fullName']}
                    rules={required('họ tên')}
                    style={{ marginBottom: 0 }}
                  >
                    <Input placeholder="Lê Văn Thành" />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item
                    name={[field.name, 'isDefault']}
                    valuePropName="checked"
                    style={{ marginBottom: 0, marginTop: 24 }}
                  >
                    <Checkbox>Mặc định</Checkbox>
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Button
                    aria-label="Xóa người ký"
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 24 }}
                  />
                </Col>
              </Row>
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              add({ authority: 'TM.', title: '', fullName: '', isDefault: fields.length === 0, active: true })
            }
          >
            Thêm người ký
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
