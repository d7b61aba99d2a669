import { Alert, App, Button, Card, Divider, Form, Spin, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { OfficeSettings } from '#shared/api/types.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { call, errorMessage } from '../../api.ts';
import { applyFieldErrors } from '../../app/formErrors.ts';
import { useSession } from '../../app/session.tsx';
import { DecisionTemplateEditor } from '../decisions/DecisionTemplateEditor.tsx';
import { OfficeFields, SignerFields } from './OfficeFields.tsx';
import { RulesFields } from './RulesFields.tsx';

export function SettingsPage() {
  const { state, setState } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [settings, setSettings] = useState<OfficeSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const isAdmin = state.user?.role === 'admin';

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => {
        setSettings(s);
        form.setFieldsValue({ ...s, signers: s.signers.filter((x) => x.active) });
      },
      (e: unknown) => void message.error(errorMessage(e)),
    );
  }, [form, message]);

  const save = async (values: OfficeSettings) => {
    setBusy(true);
    try {
      const saved = await call('settings.update', values);
      setSettings(saved);
      setState({ ...state, office: saved });
      void message.success('Đã lưu thông tin cơ quan.');
    } catch (e) {
      if (!applyFieldErrors(form, e)) void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

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
          <Button type="primary" htmlType="submit" loading={busy}>
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
