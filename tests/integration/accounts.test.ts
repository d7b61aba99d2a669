import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '#shared/api/types.ts';
import type { Role } from '#shared/domain/accounts.ts';
import type { ServiceContext } from '../../electron/core/context.ts';
import { DomainError } from '../../electron/core/errors.ts';
import {
  LOCKOUT_MINUTES,
  MAX_FAILED_ATTEMPTS,
  createUser,
  login,
  resetPassword,
  updateUser,
} from '../../electron/core/features/accounts/service.ts';
import type { UnitFields } from '../../electron/core/features/units/mapper.ts';
import { createUnit, removeUnit, updateUnit } from '../../electron/core/features/units/service.ts';
import { FIXED_NOW, testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore('quan-tri');
});
afterEach(async () => t.close());

const PASSWORD = 'Mật khẩu đúng 2025';
const minutesAfter = (minutes: number) => new Date(FIXED_NOW.getTime() + minutes * 60_000);
const as = (actor: string): ServiceContext => ({ ...t.ctx, actor });

function newUser(username: string, role: Role = 'staff', password = PASSWORD): Promise<User> {
  return createUser(t.store.db, t.ctx, { username, fullName: `Cán bộ ${username}`, role, password });
}

/** What a failed call threw, so kind and message can be checked together. */
async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const userRow = (id: number) =>
  t.store.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const auditRows = (entity: string, entityId: number) =>
  t.store.db
    .selectFrom('audit_log')
    .select(['at', 'actor', 'action', 'entity', 'entity_id'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();

describe('accounts', () => {
  it('stores a salted scrypt hash, never the password', async () => {
    const a = await newUser('can-bo-a');
    const b = await newUser('can-bo-b');
    const [rowA, rowB] = [await userRow(a.id), await userRow(b.id)];
    expect(rowA.password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(rowA.password_hash).not.toContain(PASSWORD);
    expect(rowA.password_hash).not.toBe(rowB.password_hash);
    const everything = JSON.stringify(await t.store.db.selectFrom('users').selectAll().execute());
    expect(everything).not.toContain(PASSWORD);
    expect(JSON.stringify(await t.store.db.selectFrom('audit_log').selectAll().execute())).not.toContain(PASSWORD);
  });

  it('signs in with the right password, stamps last_login_at and audits it as the user', async () => {
    const user = await newUser('thu-ky');
    t.setNow(minutesAfter(5));
    const signedIn = await login(t.ctx, '  Thu-Ky ', PASSWORD);
    expect(signedIn).toMatchObject({ id: user.id, username: 'thu-ky', lastLoginAt: minutesAfter(5).toISOString() });
    expect((await userRow(user.id)).last_login_at).toBe(minutesAfter(5).toISOString());
    expect(await auditRows('user', user.id)).toContainEqual({
      at: minutesAfter(5).toISOString(),
      actor: 'thu-ky',
      action: 'login',
      entity: 'user',
      entity_id: user.id,
    });
  });

  it('refuses a wrong password or an unknown name without saying which', async () => {
    await newUser('thu-ky');
    const wrong = await failure(login(t.ctx, 'thu-ky', 'sai mật khẩu'));
    const unknown = await failure(login(t.ctx, 'khong-co', PASSWORD));
    expect([wrong.kind, unknown.kind]).toEqual(['unauthorized', 'unauthorized']);
    expect(wrong.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(unknown.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it(`locks after ${MAX_FAILED_ATTEMPTS} wrong passwords, refuses even the right one, and reopens after ${LOCKOUT_MINUTES} minutes`, async () => {
    const user = await newUser('thu-ky');
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      expect((await failure(login(t.ctx, 'thu-ky', `sai-${i}`))).kind).toBe('unauthorized');
    }
    // The attempt that locks reads like any other wrong guess: only the right password learns of the lock.
    const locking = await failure(login(t.ctx, 'thu-ky', 'sai-lan-cuoi'));
    expect(locking).toMatchObject({ kind: 'unauthorized', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    const guessWhileLocked = await failure(login(t.ctx, 'thu-ky', 'sai-nua'));
    expect(guessWhileLocked).toMatchObject({
      kind: 'unauthorized',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    expect((await userRow(user.id)).locked_until).toBe(minutesAfter(LOCKOUT_MINUTES).toISOString());

    t.setNow(minutesAfter(LOCKOUT_MINUTES - 1));
    const stillLocked = await failure(login(t.ctx, 'thu-ky', PASSWORD));
    expect(stillLocked.kind).toBe('locked');
    expect(stillLocked.message).toMatch(/tạm khóa/);

    t.setNow(minutesAfter(LOCKOUT_MINUTES + 1));
    await expect(login(t.ctx, 'thu-ky', PASSWORD)).resolves.toMatchObject({ username: 'thu-ky' });
    expect(await userRow(user.id)).toMatchObject({ failed_attempts: 0, locked_until: null });
    const actions = (await auditRows('user', user.id)).map((r) => `${r.actor}:${r.action}`);
    expect(actions.filter((a) => a === 'thu-ky:login-failed')).toHaveLength(MAX_FAILED_ATTEMPTS);
    expect(actions.at(-1)).toBe('thu-ky:login');
  });

  it('unlocks a locked account when an admin resets the password', async () => {
    const user = await newUser('thu-ky');
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await failure(login(t.ctx, 'thu-ky', 'sai'));
    expect((await failure(login(t.ctx, 'thu-ky', PASSWORD))).kind).toBe('locked');

    const reset = await resetPassword(t.ctx, user.id, 'Mật khẩu mới 2026');
    expect(reset.lockedUntil).toBeNull();
    expect((await failure(login(t.ctx, 'thu-ky', PASSWORD))).kind).toBe('unauthorized');
    await expect(login(t.ctx, 'thu-ky', 'Mật khẩu mới 2026')).resolves.toMatchObject({ id: user.id });
    expect(await auditRows('user', user.id)).toContainEqual(
      expect.objectContaining({ actor: 'quan-tri', action: 'reset-password' }),
    );
  });

  it('never demotes or deactivates the last active admin', async () => {
    const admin = await newUser('quan-tri', 'admin');
    const edit = (role: Role, active: boolean) =>
      updateUser(t.ctx, { id: admin.id, fullName: admin.fullName, role, active });

    for (const [role, active] of [
      ['staff', true],
      ['leader', true],
      ['admin', false],
    ] as const) {
      const error = await failure(edit(role, active));
      expect(error.kind).toBe('conflict');
      expect(error.message).toMatch(/ít nhất một tài khoản quản trị/);
    }
    expect(await userRow(admin.id)).toMatchObject({ role: 'admin', active: 1 });

    // An inactive second admin does not count; an active one does.
    const second = await newUser('quan-tri-2', 'admin');
    await updateUser(t.ctx, { id: second.id, fullName: second.fullName, role: 'admin', active: false });
    expect((await failure(edit('staff', true))).kind).toBe('conflict');
    await updateUser(t.ctx, { id: second.id, fullName: second.fullName, role: 'admin', active: true });
    await expect(edit('staff', true)).resolves.toMatchObject({ role: 'staff' });
  });
});

describe('unit writes are attributed', () => {
  const fields = (name: string, households = 120): UnitFields => ({
    kind: 'khu_dan_cu',
    subtype: 'thon',
    name,
    parentId: null,
    address: null,
    headName: 'Nguyễn Văn Hùng',
    headPhone: null,
    households,
    population: households * 4,
    notes: null,
    activeFrom: null,
    activeUntil: null,
    mergedIntoId: null,
  });

  it('stamps created_by/updated_by with the actor and audits create, update and remove', async () => {
    const unit = await createUnit(as('can-bo-a'), fields('Thôn Đông 1'));
    expect(unit).toMatchObject({
      createdBy: 'can-bo-a',
      updatedBy: 'can-bo-a',
      createdAt: FIXED_NOW.toISOString(),
      version: 1,
    });

    t.setNow(minutesAfter(30));
    const edited = await updateUnit(as('can-bo-b'), unit.id, 1, fields('Thôn Đông Một', 130));
    expect(edited).toMatchObject({
      createdBy: 'can-bo-a',
      updatedBy: 'can-bo-b',
      updatedAt: minutesAfter(30).toISOString(),
      version: 2,
    });
    const row = await t.store.db.selectFrom('units').selectAll().where('id', '=', unit.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ created_by: 'can-bo-a', updated_by: 'can-bo-b' });
    const history = await t.store.db
      .selectFrom('unit_name_history')
      .selectAll()
      .where('unit_id', '=', unit.id)
      .execute();
    expect(history).toMatchObject([{ name: 'Thôn Đông 1', recorded_by: 'can-bo-b' }]);

    await removeUnit(as('can-bo-c'), unit.id);
    expect((await auditRows('unit', unit.id)).map((r) => [r.actor, r.action, r.at])).toEqual([
      ['can-bo-a', 'create', FIXED_NOW.toISOString()],
      ['can-bo-b', 'update', minutesAfter(30).toISOString()],
      ['can-bo-c', 'delete', minutesAfter(30).toISOString()],
    ]);
  });

  it('writes no audit row when the write is refused', async () => {
    const unit = await createUnit(as('can-bo-a'), fields('Thôn Đông 1'));
    await updateUnit(as('can-bo-b'), unit.id, 1, fields('Thôn Đông 1', 140));
    const stale = await failure(updateUnit(as('can-bo-c'), unit.id, 1, fields('Thôn Đông 1', 150)));
    expect(stale.kind).toBe('conflict');
    expect((await auditRows('unit', unit.id)).map((r) => r.actor)).toEqual(['can-bo-a', 'can-bo-b']);
  });
});
