// Sign-in as a guesser meets it: one answer for every failure, the lock told only to the right password, and hashes
// made at an older scrypt cost upgraded the next time their owner signs in.
import { randomBytes, scryptSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../electron/core/errors.ts';
import { createUser, login, updateUser } from '../../electron/core/features/accounts/service.ts';
import { verifyPassword } from '../../electron/core/features/accounts/passwords.ts';
import { testStore } from '../support/services.ts';

const PASSWORD = 'Mật khẩu đúng 2026';
const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng.';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore('quan-tri');
});
afterEach(async () => t.close());

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const hashOf = async (id: number) =>
  (await t.store.db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow())
    .password_hash;

describe('sign-in hardening', () => {
  it('answers a closed account exactly like a wrong password unless the password is right', async () => {
    await createUser(t.store.db, t.ctx, {
      username: 'quan-tri',
      fullName: 'Quản trị',
      role: 'admin',
      password: PASSWORD,
    });
    const user = await createUser(t.store.db, t.ctx, {
      username: 'thu-ky',
      fullName: 'Thư ký',
      role: 'staff',
      password: PASSWORD,
    });
    await updateUser(t.ctx, { id: user.id, fullName: user.fullName, role: 'staff', active: false });
    expect(await failure(login(t.ctx, 'thu-ky', 'đoán bừa'))).toMatchObject({ kind: 'unauthorized', message: WRONG });
    expect((await failure(login(t.ctx, 'thu-ky', PASSWORD))).message).toMatch(/đã bị khóa/);
  });

  it('makes new hashes at N = 2^17 and upgrades an old hash at the next sign-in', async () => {
    const user = await createUser(t.store.db, t.ctx, {
      username: 'can-bo',
      fullName: 'Cán bộ',
      role: 'staff',
      password: PASSWORD,
    });
    expect(await hashOf(user.id)).toMatch(/^scrypt\$131072\$8\$1\$/);

    // A hash as the app wrote it before (N = 2^14).
    const salt = randomBytes(16);
    const key = scryptSync(PASSWORD.normalize('NFC'), salt, 32, { N: 1 << 14, r: 8, p: 1 });
    const old = `scrypt$16384$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    await t.store.db.updateTable('users').set({ password_hash: old }).where('id', '=', user.id).execute();

    expect(await failure(login(t.ctx, 'can-bo', 'sai'))).toMatchObject({ message: WRONG });
    expect(await hashOf(user.id)).toBe(old);
    await login(t.ctx, 'can-bo', PASSWORD);
    const upgraded = await hashOf(user.id);
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, upgraded)).toBe(true);
    await expect(login(t.ctx, 'can-bo', PASSWORD)).resolves.toMatchObject({ id: user.id });
  });
});
