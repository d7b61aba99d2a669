import { Alert, Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { SessionState } from '#shared/api/types.ts';
import { call, errorMessage } from '../kit/api.ts';
import { LoginScreen } from '../features/auth/index.ts';
import { SetupWizard } from '../features/setup/index.ts';
import { SessionContext } from '../kit/session.tsx';
import { UnsavedProvider } from '../kit/unsaved.tsx';
import { Shell } from './Shell.tsx';

export function App() {
  const [state, setState] = useState<SessionState | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    call('session.state', {}).then(setState, (e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  if (error) {
    return (
      <div className="center-screen">
        <Result
          status="error"
          title="Không tải được dữ liệu"
          subTitle={error}
          extra={<Button onClick={load}>Thử lại</Button>}
        />
      </div>
    );
  }
  if (!state) {
    return (
      <div className="center-screen">
        <Spin size="large" />
      </div>
    );
  }
  return (
    <SessionContext.Provider value={{ state, setState }}>
      {!state.initialized ? (
        <SetupWizard />
      ) : !state.user ? (
        <LoginScreen />
      ) : (
        <UnsavedProvider>
          <Shell />
        </UnsavedProvider>
      )}
      {state.initialized && !state.office && <Alert type="warning" message="Chưa có thông tin cơ quan." />}
    </SessionContext.Provider>
  );
}
