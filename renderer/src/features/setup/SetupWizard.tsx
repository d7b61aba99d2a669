// First run: the office as printed on documents, its signers, and the admin account.
import { Alert, Button, Card, Checkbox, Divider, Form, Input, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { DEMO_OFFICE } from '#shared/domain/demoOffice.ts';
import { ApiCallError, call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useSession } from '../../kit/session.tsx';
import { OfficeFields, SignerFields } from '../settings/index.ts';

const EMPTY_OFFICE = {
  level: 'xa',
  issuingBodyUpper: 'ỦY BAN NHÂN DÂN',
  localityUpper: '',
  placeName: '',
  provinceName: '',
  committeeName:
    'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc',
  standingOfficeName: '',
  decisionCode: 'QĐ-UBND',
  proposalCode: 'TTr-CAX',
  archiveCode: 'VT, CAX',
  signers: [{ authority: 'TM.', title: 'CHỦ TỊCH', fullName: '', isDefault: true, active: true }],
};

export function SetupWizard() {
  const { setState } = useSession();
  const [form] = Form.useForm();
  const [step, setStep] = useState(0);
  const { run, busy } = useAction();
  const [error, setError] = useState<string | null>(null);

  const useDemo = () => {
    form.setFieldsValue({ office: DEMO_OFFICE, demo: true });
    setStep(1);
  };
  const next = async () => {
    try {
      await form.validateFields({ recursive: true, validateOnly: false });
      setStep(1);
    } catch {
      // antd shows the messages under the fields.
    }
  };
  const finish = async () => {
    setError(null);
    let values: {
      office: typeof DEMO_OFFICE;
      admin: { username: string; fullName: string; password: string };
      demo?: boolean;
    };
    try {
      values = await form.validateFields(undefined, { recursive: true });
    } catch {
      return;
    }
    const all = form.getFieldsValue(true) as typeof values;
    await run(
      'setup',
      async () =>
        setState(await call('setup.initialize', { office: all.office, admin: values.admin, demo: all.demo === true })),
      {
        form,
        onError: (text, e) => {
          setError(text);
          if (e instanceof ApiCallError && e.fields.some((f) => f.path.startsWith('office'))) setStep(0);
        },
      },
    );
  };

  return (
    <div className="center-screen">
      <Card style={{ width: 980 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          Thiết lập ban đầu
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          Nhập thông tin cơ quan đúng như in trên văn bản, rồi tạo tài khoản quản trị. Có thể sửa lại sau trong mục
          "Thông tin cơ quan".
        </Typography.Paragraph>
        <Steps
          current={step}
          items={[{ title: 'Thông tin cơ quan' }, { title: 'Tài khoản quản trị' }]}
          style={{ marginBottom: 24 }}
        />
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" initialValues={{ office: EMPTY_OFFICE, demo: false }}>
          <div style={{ display: step === 0 ? 'block' : 'none' }}>
            <OfficeFields prefix={['office']} />
            <Divider titlePlacement="start">Người ký</Divider>
            <SignerFields prefix={['office']} />
            <Divider />
            <Space>
              <Button type="primary" onClick={next}>
                Tiếp tục
              </Button>
              <Button onClick={useDemo}>Dùng dữ liệu mẫu</Button>
            </Space>
          </div>
          <div style={{ display: step === 1 ? 'block' : 'none' }}>
            <Form.Item
              label="Tên đăng nhập"
              name={['admin', 'username']}
              rules={[
                { required: step === 1, message: 'Hãy nhập tên đăng nhập.' },
                {
                  pattern: /^[a-zA-Z0-9._-]{3,32}$/,
                  message: 'Gồm 3–32 ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch nối.',
                },
              ]}
            >
              <Input autoComplete="username" placeholder="quantri" />
            </Form.Item>
            <Form.Item
              label="Họ tên"
              name={['admin', 'fullName']}
              rules={[{ required: step === 1, whitespace: true, message: 'Hãy nhập họ tên.' }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              label="Mật khẩu"
              name={['admin', 'password']}
              rules={[
                { required: step === 1, message: 'Hãy nhập mật khẩu.' },
                { min: 8, message: 'Mật khẩu cần ít nhất 8 ký tự.' },
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              label="Nhập lại mật khẩu"
              name={['admin', 'confirm']}
              dependencies={[['admin', 'password']]}
              rules={[
                { required: step === 1, message: 'Hãy nhập lại mật khẩu.' },
                ({ getFieldValue }) => ({
                  validator: (_r, v) =>
                    !v || v === getFieldValue(['admin', 'password'])
                      ? Promise.resolve()
                      : Promise.reject(new Error('Hai mật khẩu không khớp.')),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item name="demo" valuePropName="checked">
              <Checkbox>Thêm dữ liệu mẫu (một xã với các thôn, tổ dân phố, cơ quan, doanh nghiệp, trường học)</Checkbox>
            </Form.Item>
            <Space>
              <Button onClick={() => setStep(0)}>Quay lại</Button>
              <Button type="primary" loading={busy('setup')} onClick={finish}>
                Hoàn tất
              </Button>
            </Space>
          </div>
        </Form>
      </Card>
    </div>
  );
}
