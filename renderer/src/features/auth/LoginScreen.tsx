import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useSession } from '../../kit/session.tsx';

export function LoginScreen() {
  const { state, setState } = useSession();
  const [error, setError] = useState<string | null>(null);
  const { run, busy } = useAction();
  const submit = (values: { username: string; password: string }) => {
    setError(null);
    return run('login', async () => setState(await call('auth.login', values)), { onError: setError });
  };
  return (
    <div className="center-screen">
      <Card style={{ width: 420 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          Đăng nhập
        </Typography.Title>
        <Typography.Paragraph type="secondary">{state.office?.standingOfficeName}</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            rules={[{ required: true, message: 'Hãy nhập tên đăng nhập.' }]}
          >
            <Input autoFocus autoComplete="username" />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Hãy nhập mật khẩu.' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy('login')}>
            Đăng nhập
          </Button>
        </Form>
      </Card>
    </div>
  );
}
