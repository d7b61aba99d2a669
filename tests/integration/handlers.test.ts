import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodInput, type MethodName } from '#shared/api/contract.ts';
import type { ApiError, ErrorKind, Result } from '#shared/api/result.ts';
import type { SessionState, Unit, User } from '#shared/api/types.ts';
import type { Role } from '#shared/domain/accounts.ts';
import { DEMO_OFFICE } from '#shared/domain/demoOffice.ts';
import { assembleHandlers, dispatch } from '../../electron/core/api/dispatch.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import type { AppContext, HandlerTable } from '../../electron/core/api/types.ts';
import { accountHandlers } from '../../electron/core/features/accounts/handlers.ts';
import { createUser } from '../../electron/core/features/accounts/service.ts';
import { settingsHandlers } from '../../electron/core/features/settings/handlers.ts';
import { unitImportHandlers } from '../../electron/core/features/unitImport/handlers.ts';
import { unitHandlers } from '../../electron/core/features/units/handlers.ts';
import { testStore } from '../support/services.ts';
import { testHost } from '../support/testHost.ts';

let t: ReturnType<typeof testStore>;
let table: HandlerTable;
let app: AppContext;
let logged: unknown[];

beforeEach(() => {
  t = testStore();
  table = createHandlerTable();
  app = {
    store: t.store,
    session: { user: null },
    pickedFiles: new Map(),
    now: t.ctx.now,
    host: testHost(),
  };
  logged = [];
});
afterEach(async () => {
  expect(logged).toEqual([]);
  await t.close();
});

/** One call through the real dispatcher; unexpected failures are collected and fail the test. */
function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<unknown>>;
function call(method: unknown, input: unknown): Promise<Result<unknown>>;
function call(method: unknown, input: unknown): Promise<Result<unknown>> {
  return dispatch(table, app, method, input, (message, error) => logged.push({ message, error }));
}

async function value<T>(result: Promise<Result<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`expected success, got ${r.error.kind}: ${r.error.message}`);
  return r.value as T;
}

async function failure(result: Promise<Result<unknown>>, kind: ErrorKind): Promise<ApiError> {
  const r = await result;
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.kind).toBe(kind);
  return r.error;
}

async function signIn(role: Role, username = `nguoi-${role}`): Promise<User> {
  const user = await createUser(t.store.db, t.ctx, {
    username,
    fullName: `Người ${role}`,
    role,
    password: 'mat-khau-8',
  });
  app.session.user = user;
  return user;
}

const unitInput = (name: string): MethodInput<'units.create'> => ({
  kind: 'khu_dan_cu',
  subtype: 'thon',
  name,
  households: 210,
  population: 840,
});

const setupInput = (username = 'quan-tri'): MethodInput<'setup.initialize'> => ({
  admin: { username, fullName: 'Nguyễn Văn Quản', password: 'mat-khau-an-toan' },
  office: DEMO_OFFICE,
  demo: false,
});

describe('handler table', () => {
  const parts = [accountHandlers, settingsHandlers, unitHandlers, unitImportHandlers];

  it('has exactly one handler per contract method', () => {
    expect(Object.keys(createHandlerTable()).sort()).toEqual([...METHOD_NAMES].sort());
    const counts = new Map<string, number>();
    for (const part of parts) for (const name of Object.keys(part)) counts.set(name, (counts.get(name) ?? 0) + 1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('refuses a method defined twice', () => {
    expect(() => assembleHandlers(...parts, { 'units.list': unitHandlers['units.list']! })).toThrow(
      /Duplicate handler for units\.list/,
    );
  });

  it('refuses a table with a method left out', () => {
    const { 'units.remove': _removed, ...rest } = unitHandlers;
    expect(() => assembleHandlers(accountHandlers, settingsHandlers, rest, unitImportHandlers)).toThrow(
      /No handler for .*units\.remove/,
    );
  });

  it('refuses a handler for a method the contract does not have', () => {
    const stray = { 'units.purge': async () => null } as unknown as Parameters<typeof assembleHandlers>[0];
    expect(() => assembleHandlers(...parts, stray)).toThrow(/units\.purge is not in the contract/);
  });
});

describe('dispatch', () => {
  it('answers bad input with a validation envelope and Vietnamese field messages', async () => {
    await signIn('staff');
    const error = await failure(call('units.create', unitInput('   ')), 'validation');
    expect(error.fields).toContainEqual({ path: 'name', message: 'Tên đơn vị không được để trống.' });
    expect(error.message).toBe('Dữ liệu chưa hợp lệ: Tên đơn vị không được để trống.');

    const nested = await failure(
      call('setup.initialize', { ...setupInput(), office: { ...DEMO_OFFICE, placeName: '' } }),
      'validation',
    );
    expect(nested.fields?.map((f) => f.path)).toContain('office.placeName');
  });

  it.each([
    ['a user method without a session', null, 'units.list', {}],
    ['a writer method as a leader', 'leader', 'units.create', unitInput('Thôn Mới')],
    ['an admin method as staff', 'staff', 'users.list', {}],
    ['an admin method as a leader', 'leader', 'settings.update', DEMO_OFFICE],
  ] as const)('refuses %s as unauthorized', async (_label, role, method, input) => {
    if (role) await signIn(role);
    const error = await failure(call(method, input), 'unauthorized');
    expect(error.message).toMatch(/đăng nhập|quản trị|lãnh đạo/);
    expect(await t.store.db.selectFrom('units').select('id').execute()).toEqual([]);
  });

  it('checks access before looking at the input', async () => {
    await signIn('leader');
    await failure(call('units.create', { name: '' }), 'unauthorized');
  });

  it.each(['units.purge', 'constructor', '__proto__', 'toString', 42, null])(
    'answers an unknown method %s with validation',
    async (method) => {
      await signIn('admin');
      const error = await failure(call(method, {}), 'validation');
      expect(error.message).toBe('Yêu cầu không hợp lệ.');
    },
  );

  it('sets the app up once, signing the admin in', async () => {
    const before = await value<SessionState>(call('session.state', {}));
    expect(before).toMatchObject({ initialized: false, user: null, office: null });

    await value<SessionState>(call('setup.initialize', setupInput()));
    const after = await value<SessionState>(call('session.state', {}));
    expect(after.initialized).toBe(true);
    expect(after.user).toMatchObject({ username: 'quan-tri', role: 'admin', active: true });
    expect(after.office).toMatchObject({ placeName: 'Đông Sơn', localityUpper: 'XÃ ĐÔNG SƠN' });

    app.session.user = null;
    const again = await failure(call('setup.initialize', setupInput('ke-gian')), 'conflict');
    expect(again.message).toMatch(/đã được thiết lập/);
    const users = await t.store.db.selectFrom('users').select('username').execute();
    expect(users).toEqual([{ username: 'quan-tri' }]);
  });

  it('refuses a stale unit update with a message naming who changed it', async () => {
    const a = await signIn('staff', 'can-bo-a');
    const unit = await value<Unit>(call('units.create', unitInput('Thôn Đông 1')));
    await signIn('admin', 'can-bo-b');
    await value<Unit>(call('units.update', { id: unit.id, version: 1, fields: unitInput('Thôn Đông Một') }));

    app.session.user = a;
    const error = await failure(
      call('units.update', { id: unit.id, version: 1, fields: unitInput('Thôn Đông 01') }),
      'conflict',
    );
    expect(error.message).toContain('can-bo-b');
    expect(error.message).toContain('Thôn Đông Một');
    const stored = await value<Unit>(call('units.get', { id: unit.id }));
    expect(stored).toMatchObject({ name: 'Thôn Đông Một', version: 2, updatedBy: 'can-bo-b' });
  });

  it('maps a missing record to not-found', async () => {
    await signIn('staff');
    const error = await failure(call('units.get', { id: 999 }), 'not-found');
    expect(error.message).toMatch(/Không tìm thấy đơn vị/);
  });
});
