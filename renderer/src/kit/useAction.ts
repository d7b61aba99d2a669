// Runs what a user asked for: busy per key while it runs, a success message, the server's field problems under the
// form's fields, and otherwise one error message. Never throws; a failed run resolves to undefined.
import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { errorMessage } from './api.ts';
import { useReportError } from './errors.ts';
import { applyFieldErrors } from './formErrors.ts';

export interface ActionOptions<T> {
  /** Shown when the action succeeds; a function reads the result and may return null to show nothing. */
  success?: string | ((result: T) => string | null);
  /** Field problems from main go under this form's fields; an error with none still shows as a message. */
  form?: FormInstance;
  /** Where the form keeps the fields the call validated, e.g. ['office']. */
  formPrefix?: string[];
  /** Shows the failure in a dialog with this title instead of a passing message. */
  errorTitle?: string;
  /** The screen shows the failure itself (a sign-in alert, say): it gets the message instead of the error surface. */
  onError?: (message: string, error: unknown) => void;
}

export interface Actions {
  run<T>(key: string, action: () => Promise<T>, options?: ActionOptions<T>): Promise<T | undefined>;
  /** Whether the action of `key` runs; without a key, whether any does. */
  busy(key?: string): boolean;
}

export function useAction(): Actions {
  const { message } = App.useApp();
  const report = useReportError();
  const [running, setRunning] = useState<Record<string, number>>({});

  const run = useCallback(
    async <T>(key: string, action: () => Promise<T>, options: ActionOptions<T> = {}): Promise<T | undefined> => {
      setRunning((r) => ({ ...r, [key]: (r[key] ?? 0) + 1 }));
      try {
        const result = await action();
        const { success } = options;
        const text = typeof success === 'function' ? success(result) : success;
        if (text) void message.success(text);
        return result;
      } catch (e) {
        const placed = options.form !== undefined && applyFieldErrors(options.form, e, options.formPrefix);
        if (options.onError) options.onError(errorMessage(e), e);
        else if (!placed) report(e, options.errorTitle);
        return undefined;
      } finally {
        setRunning((r) => {
          const { [key]: count = 1, ...rest } = r;
          return count > 1 ? { ...rest, [key]: count - 1 } : rest;
        });
      }
    },
    [message, report],
  );

  const busy = useCallback(
    (key?: string) => (key === undefined ? Object.keys(running).length > 0 : (running[key] ?? 0) > 0),
    [running],
  );
  return { run, busy };
}
