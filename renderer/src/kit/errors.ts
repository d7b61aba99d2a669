// The one place a failure reaches the user: a Vietnamese message from main, or a generic one for the unexpected.
import { App } from 'antd';
import { useCallback } from 'react';
import { errorMessage } from './api.ts';

/** Shows a failure as an antd message; never let a caught error vanish without calling this or rendering it. */
export function useReportError(): (error: unknown) => void {
  const { message } = App.useApp();
  return useCallback((error: unknown) => void message.error(errorMessage(error)), [message]);
}
