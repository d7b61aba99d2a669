// The one place a failure reaches the user: a Vietnamese message from main, or a generic one for the unexpected.
import { App } from 'antd';
import { useCallback } from 'react';
import { errorMessage } from './api.ts';

/**
 * Shows a failure as an antd message, or as a dialog with a title when the text is long enough to need reading
 * (a refused exchange package explains itself at length). Never let a caught error vanish without calling this.
 */
export function useReportError(): (error: unknown, title?: string) => void {
  const { message, modal } = App.useApp();
  return useCallback(
    (error: unknown, title?: string) => {
      if (title) void modal.error({ title, content: errorMessage(error) });
      else void message.error(errorMessage(error));
    },
    [message, modal],
  );
}
