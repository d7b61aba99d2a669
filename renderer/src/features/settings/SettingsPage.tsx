import { Alert, Button, Card, Divider, Form, Spin, Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import type { OfficeSettings } from '#shared/api/types.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { useSession } from '../../kit/session.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useCan } from '../../kit/useCan.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { DecisionTemplateEditor } from '../decisions/index.ts';
import { OfficeFields, SignerFields } from './OfficeFields.tsx';
import { RulesFields } from './RulesFields.tsx';

export function SettingsPage() {
  const { state, setState } = useSession();
  const [form] = Form.useForm();
  const loaded = useLoad('settings.get', {});
  const settings = loaded.data ?? null;
  const { run, busy } = useAction();
  const isAdmin = useCan('settings.update');

  // The form shows what main holds: once loaded, and again after a save (main may have tidied the text).
  useEffect(() => {
    if (!loaded.data) return;
    form.setFieldsValue({ ...loaded.data, signers: loaded.data.signers.filter((x) => x.active) });
  }, [loaded.data, form]);

  const save = (values: OfficeSettings) =>
    run(
      'save',
      async () => {
        const saved = await call('settings.update', values);
        loaded.set(saved);
        setState({ ...state, office: saved });
      },
      { success: 'Đã lưu thông tin cơ quan.', form },
    );

  if (!settings) return <Spin style={{ margin: 40 }} />;
  const office = (
    <>
      {!isAdmin && <Alert type="info" showIcon message="Chỉ tài khoản quản trị được sửa thông tin cơ quan." />}
      <Card>
        <Form form={form} layout="vertical" onFinish={save} disabled={!isAdmin}>
          <OfficeFields prefix={[]} />
          <Divider titlePlacement="start">Nơi gửi hồ sơ, thẩm quyền và văn bản áp dụng</Divider>
          <RulesFields provinceName={settings.provinceName} />
          <Divider titlePlacement="start">Người ký</Divider>
          <SignerFields prefix={[]} />
          <Divider />
          <Button type="primary" htmlType="submit" loading={busy('save')}>
            Lưu
          </Button>
          <Typography.Text type="secondary" style={{ marginLeft: 16 }}>
            Sửa lần cuối: {formatDateTimeVi(settings.updatedAt)} bởi {settings.updatedBy}
          </Typography.Text>
        </Form>
      </Card>
    </>
  );
  const template = (
    <>
      {!isAdmin && <Alert type="info" showIcon message="Chỉ tài khoản quản trị được sửa mẫu quyết định." />}
      <DecisionTemplateEditor editable={isAdmin} />
    </>
  );
  return (
    <div className="page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        Thông tin cơ quan
      </Typography.Title>
      <Tabs
        items={[
          { key: 'office', label: 'Thông tin cơ quan', children: office, forceRender: true },
          { key: 'template', label: 'Mẫu quyết định', children: template },
        ]}
      />
    </div>
  );
}
