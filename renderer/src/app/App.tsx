import { Alert, Button, Result, Spin } from 'antd';
import { LoginScreen } from '../features/auth/index.ts';
import { SetupWizard } from '../features/setup/index.ts';
import { SessionContext } from '../kit/session.tsx';
import { useLoad } from '../kit/useLoad.ts';
import { UnsavedProvider } from '../kit/unsaved.tsx';
import { Shell } from './Shell.tsx';

export function App() {
  // The start screen shows its own failure, with a retry, instead of a passing message.
  const session = useLoad('session.state', {}, { quiet: true });
  const state = session.data;

  if (session.error !== null) {
    return (
      <div className="center-screen">
        <Result
          status="error"
          title="Không tải được dữ liệu"
          subTitle={session.error}
          extra={<Button onClick={session.reload}>Thử lại</Button>}
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
    <SessionContext.Provider value={{ state, setState: session.set }}>
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
