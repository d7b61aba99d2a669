// Loads data for a screen, keyed by its input: a changed key never shows the previous key's data or error, and a
// late answer for an old key is dropped. Failures go to the one error surface and are also returned.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodResult } from '#shared/api/contract.ts';
import { call, errorMessage } from './api.ts';
import { useReportError } from './errors.ts';

export interface Loaded<T> {
  /** The data of the current key; undefined until it has loaded once. */
  data: T | undefined;
  loading: boolean;
  /** The message of the current key's last failure, null when the last load succeeded. */
  error: string | null;
  reload(): void;
  /** Replaces the current key's data with what an action returned, without asking main again. */
  set(data: T): void;
}

export interface LoadOptions {
  /** The screen renders `error` itself instead of the default error message. */
  quiet?: boolean;
}

interface Settled<T> {
  key: string;
  /** Which run answered: a reload of the same key keeps showing the data while it runs. */
  run: number;
  data?: T;
  error: string | null;
}

/**
 * Runs `load` whenever `key` (any JSON value) changes or `reload` is called; a null key loads nothing.
 * `load` may close over the render's values: the key must cover everything it depends on.
 */
export function useLoader<T>(key: unknown, load: () => Promise<T>, options: LoadOptions = {}): Loaded<T> {
  const report = useReportError();
  const stableKey = key === null || key === undefined ? null : JSON.stringify(key);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [run, setRun] = useState(0);
  const latest = useRef({ load, report, quiet: options.quiet === true });
  useEffect(() => {
    latest.current = { load, report, quiet: options.quiet === true };
  });

  useEffect(() => {
    if (stableKey === null) return;
    let current = true;
    latest.current.load().then(
      (data) => current && setSettled({ key: stableKey, run, data, error: null }),
      (e: unknown) => {
        if (!current) return;
        if (!latest.current.quiet) latest.current.report(e);
        setSettled((s) => ({
          key: stableKey,
          run,
          data: s?.key === stableKey ? s.data : undefined,
          error: errorMessage(e),
        }));
      },
    );
    return () => {
      current = false;
    };
  }, [stableKey, run]);

  const mine = settled?.key === stableKey ? settled : null;
  const reload = useCallback(() => setRun((n) => n + 1), []);
  const set = useCallback(
    (data: T) => stableKey !== null && setSettled({ key: stableKey, run, data, error: null }),
    [stableKey, run],
  );
  return {
    data: mine?.data,
    loading: stableKey !== null && mine?.run !== run,
    error: mine?.error ?? null,
    reload,
    set,
  };
}

/** Loads one contract method; a null input loads nothing. */
export function useLoad<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  options?: LoadOptions,
): Loaded<MethodResult<M>> {
  return useLoader(input === null ? null : [method, input], () => call(method, input as MethodInput<M>), options);
}
