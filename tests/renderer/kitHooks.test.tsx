// The kit's three hooks: loads keyed by their input, actions with one error surface, access from the contract.
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { App as AntApp, Form, Input, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionState, User } from '#shared/api/types.ts';
import type { Role } from '#shared/domain/accounts.ts';
import { ApiCallError } from '../../renderer/src/kit/api.ts';
import { SessionContext } from '../../renderer/src/kit/session.tsx';
import { useAction } from '../../renderer/src/kit/useAction.ts';
import { useCan } from '../../renderer/src/kit/useCan.ts';
import { useLoader } from '../../renderer/src/kit/useLoad.ts';

afterEach(cleanup);

const withApp = ({ children }: { children: ReactNode }) => <AntApp>{children}</AntApp>;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useLoad', () => {
  it('never shows the previous key’s data, even when the old answer arrives last', async () => {
    const answers = new Map([2024, 2025].map((y) => [y, deferred<string>()]));
    const { result, rerender } = renderHook(
      ({ year }: { year: number }) => useLoader(year, () => answers.get(year)!.promise),
      { wrapper: withApp, initialProps: { year: 2024 } },
    );
    expect(result.current).toMatchObject({ data: undefined, loading: true });
    rerender({ year: 2025 });
    await act(async () => answers.get(2025)!.resolve('năm 2025'));
    expect(result.current).toMatchObject({ data: 'năm 2025', loading: false });
    await act(async () => answers.get(2024)!.resolve('năm 2024'));
    expect(result.current.data).toBe('năm 2025');
  });

  it('drops the data of a key as soon as the key changes', async () => {
    const { result, rerender } = renderHook(
      ({ year }: { year: number }) =>
        useLoader(year, () => (year === 2024 ? Promise.resolve('cũ') : new Promise(() => {}))),
      { wrapper: withApp, initialProps: { year: 2024 } },
    );
    await waitFor(() => expect(result.current.data).toBe('cũ'));
    rerender({ year: 2025 });
    expect(result.current).toMatchObject({ data: undefined, loading: true });
  });

  it('surfaces a failure as a message and returns it, not swallowing it', async () => {
    const failure = new ApiCallError({ kind: 'not-found', message: 'Không tìm thấy hồ sơ.' });
    const { result } = renderHook(() => useLoader('x', () => Promise.reject(failure)), { wrapper: withApp });
    await waitFor(() => expect(result.current.error).toBe('Không tìm thấy hồ sơ.'));
    expect(result.current.loading).toBe(false);
    expect(await screen.findByText('Không tìm thấy hồ sơ.')).toBeTruthy();
  });

  it('reloads the same key on demand and keeps its data shown meanwhile', async () => {
    let n = 0;
    const later = deferred<number>();
    const load = vi.fn(() => (++n === 1 ? Promise.resolve(1) : later.promise));
    const { result } = renderHook(() => useLoader('k', load), { wrapper: withApp });
    await waitFor(() => expect(result.current.data).toBe(1));
    act(() => result.current.reload());
    expect(result.current).toMatchObject({ data: 1, loading: true });
    await act(async () => later.resolve(2));
    expect(result.current).toMatchObject({ data: 2, loading: false });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads nothing for a null key', () => {
    const load = vi.fn(() => Promise.resolve(1));
    const { result } = renderHook(() => useLoader(null, load), { wrapper: withApp });
    expect(result.current).toMatchObject({ data: undefined, loading: false });
    expect(load).not.toHaveBeenCalled();
  });
});

describe('useAction', () => {
  it('keeps each key busy on its own and shows the success message', async () => {
    const save = deferred<string>();
    const { result } = renderHook(() => useAction(), { wrapper: withApp });
    let done!: Promise<string | undefined>;
    act(() => {
      done = result.current.run('save', () => save.promise, { success: (name) => `Đã lưu "${name}".` });
    });
    expect(result.current.busy('save')).toBe(true);
    expect(result.current.busy('remove')).toBe(false);
    expect(result.current.busy()).toBe(true);
    await act(async () => save.resolve('Thôn Đông 1'));
    expect(await done).toBe('Thôn Đông 1');
    expect(result.current.busy()).toBe(false);
    expect(await screen.findByText('Đã lưu "Thôn Đông 1".')).toBeTruthy();
  });

  it('puts field problems under the form’s fields instead of a message', async () => {
    let form!: FormInstance;
    let actions!: ReturnType<typeof useAction>;
    function Probe() {
      [form] = Form.useForm();
      actions = useAction();
      return (
        <Form form={form} initialValues={{ name: '' }}>
          <Form.Item name="name" label="Tên đơn vị">
            <Input />
          </Form.Item>
        </Form>
      );
    }
    render(
      <AntApp>
        <Probe />
      </AntApp>,
    );
    const failure = new ApiCallError({
      kind: 'validation',
      message: 'Dữ liệu chưa hợp lệ: Tên đã có.',
      fields: [{ path: 'name', message: 'Tên đã có.' }],
    });
    await act(async () => {
      expect(await actions.run('save', () => Promise.reject(failure), { form })).toBeUndefined();
    });
    expect(form.getFieldError('name')).toEqual(['Tên đã có.']);
    expect(screen.queryByText('Dữ liệu chưa hợp lệ: Tên đã có.')).toBeNull();
  });

  it('shows one error message when no field matches, and never throws', async () => {
    const { result } = renderHook(() => useAction(), { wrapper: withApp });
    await act(async () => {
      const outcome = await result.current.run('remove', () =>
        Promise.reject(new ApiCallError({ kind: 'conflict', message: 'Đơn vị đang có hồ sơ.' })),
      );
      expect(outcome).toBeUndefined();
    });
    expect(await screen.findByText('Đơn vị đang có hồ sơ.')).toBeTruthy();
    expect(result.current.busy('remove')).toBe(false);
  });
});

describe('useCan', () => {
  const asRole = (role: Role | null) =>
    function Session({ children }: { children: ReactNode }) {
      const user = role && ({ id: 1, username: role, fullName: role, role } as User);
      const state = { initialized: true, user, office: null, dataDir: '' } as SessionState;
      return <SessionContext.Provider value={{ state, setState: () => undefined }}>{children}</SessionContext.Provider>;
    };
  const can = (role: Role | null, method: Parameters<typeof useCan>[0]) =>
    renderHook(() => useCan(method), { wrapper: asRole(role) }).result.current;

  it('follows the contract’s access levels for admin, staff and leader', () => {
    expect([can('admin', 'users.list'), can('staff', 'users.list'), can('leader', 'users.list')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([can('admin', 'units.create'), can('staff', 'units.create'), can('leader', 'units.create')]).toEqual([
      true,
      true,
      false,
    ]);
    expect([can('admin', 'units.page'), can('staff', 'units.page'), can('leader', 'units.page')]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('lets a signed-out session call only public methods', () => {
    expect(can(null, 'units.page')).toBe(false);
    expect(can(null, 'auth.login')).toBe(true);
  });
});
