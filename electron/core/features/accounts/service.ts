// Local accounts: creation, sign-in with lockout after repeated failures, role and password changes.
import type { Updateable } from 'kysely';
import type { Role } from '#shared/domain/accounts.ts';
import type { User } from '#shared/api/types.ts';
import { created, nowIso, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { DomainError, notFound } from '../../errors.ts';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

type UserRow = {
  id: number;
  username: string;
  full_name: string;
  role: string;
  active: number;
  locked_until: string | null;
  last_login_at: string | null;
};

const USER_COLUMNS = ['id', 'username', 'full_name', 'role', 'active', 'locked_until', 'last_login_at'] as const;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role as Role,
    active: row.active === 1,
    lockedUntil: row.locked_until,
    lastLoginAt: row.last_login_at,
  };
}

export async function listUsers(ctx: ServiceContext): Promise<User[]> {
  const rows = await ctx.store.db.selectFrom('users').select(USER_COLUMNS).orderBy('username').execute();
  return rows.map(toUser);
}

export async function getUser(db: Db, id: number): Promise<User> {
  const row = await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('tài khoản');
  return toUser(row);
}

export async function hasAdmin(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}

export interface NewUser {
  username: string;
  fullName: string;
  role: Role;
  password: string;
}

export async function createUser(db: Db, ctx: ServiceContext, input: NewUser): Promise<User> {
  const existing = await db.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (existing) {
    throw new DomainError('conflict', `Tên đăng nhập "${input.username}" đã có. Hãy chọn tên khác.`, [
      { path: 'username', message: 'Tên đăng nhập đã có.' },
    ]);
  }
  const passwordHash = await hashPassword(input.password);
  const { id } = await db
    .insertInto('users')
    .values({
      username: input.username,
      full_name: input.fullName,
      role: input.role,
      password_hash: passwordHash,
      ...created(ctx),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(db, ctx, 'create', 'user', id, `Tạo tài khoản ${input.username} (${input.role})`);
  return getUser(db, id);
}

async function assertKeepsAnAdmin(db: Db, id: number, role: Role, active: boolean): Promise<void> {
  if (role === 'admin' && active) return;
  const others = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .where('id', '!=', id)
    .executeTakeFirst();
  if (!others) {
    throw new DomainError('conflict', 'Phải còn ít nhất một tài khoản quản trị đang hoạt động.');
  }
}

/** createUser in a transaction of its own. */
export async function addUser(ctx: ServiceContext, input: NewUser): Promise<User> {
  return ctx.store.db.transaction().execute((trx) => createUser(trx, ctx, input));
}

/** Changes one user row and records it in the audit log, inside the caller's transaction. */
async function updateUserRow(
  trx: Db,
  ctx: ServiceContext,
  id: number,
  action: string,
  summary: string,
  values: Updateable<Database['users']>,
): Promise<void> {
  await trx.updateTable('users').set(values).where('id', '=', id).execute();
  await recordAudit(trx, ctx, action, 'user', id, summary);
}

export async function updateUser(
  ctx: ServiceContext,
  input: { id: number; fullName: string; role: Role; active: boolean },
): Promise<User> {
  return ctx.store.db.transaction().execute(async (trx) => {
    await getUser(trx, input.id);
    await assertKeepsAnAdmin(trx, input.id, input.role, input.active);
    const summary = `Sửa tài khoản: vai trò ${input.role}, ${input.active ? 'hoạt động' : 'khóa'}`;
    await updateUserRow(trx, ctx, input.id, 'update', summary, {
      full_name: input.fullName,
      role: input.role,
      active: input.active ? 1 : 0,
      ...updated(ctx),
    });
    return getUser(trx, input.id);
  });
}

export async function resetPassword(ctx: ServiceContext, id: number, password: string): Promise<User> {
  const passwordHash = await hashPassword(password);
  return ctx.store.db.transaction().execute(async (trx) => {
    await getUser(trx, id);
    await updateUserRow(trx, ctx, id, 'reset-password', 'Đặt lại mật khẩu, mở khóa', {
      password_hash: passwordHash,
      failed_attempts: 0,
      locked_until: null,
      ...updated(ctx),
    });
    return getUser(trx, id);
  });
}

let dummy: Promise<string> | null = null;
/** A hash to check unknown usernames against, made once per process. */
const dummyHash = () => (dummy ??= hashPassword('not-a-user'));

const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';

/**
 * Checks a password; counts failures and locks the account for a while after too many. Every failure reads the same
 * (unknown name, wrong password, the attempt that locks): only the right password learns that an account is locked
 * or closed, so guessing reveals nothing about the accounts.
 */
export async function login(ctx: ServiceContext, username: string, password: string): Promise<User> {
  const db = ctx.store.db;
  const name = username.trim().toLowerCase();
  const row = await db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'password_hash', 'failed_attempts'])
    .where('username', '=', name)
    .executeTakeFirst();
  if (!row) {
    // Same cost as a real check, so timing does not reveal which usernames exist.
    await verifyPassword(password, await dummyHash());
    throw new DomainError('unauthorized', WRONG_CREDENTIALS);
  }
  const now = nowIso(ctx);
  const ok = await verifyPassword(password, row.password_hash);
  const actor = { ...ctx, actor: row.username };
  const locked = row.locked_until !== null && row.locked_until > now;
  if (!ok) {
    // A wrong guess while locked changes nothing; otherwise it counts towards the lock.
    if (!locked && row.active === 1) await recordFailure(ctx, row.id, row.failed_attempts + 1, actor);
    throw new DomainError('unauthorized', WRONG_CREDENTIALS);
  }
  if (row.active !== 1) throw new DomainError('unauthorized', 'Tài khoản đã bị khóa. Hãy liên hệ quản trị.');
  if (locked) {
    throw new DomainError(
      'locked',
      `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại sau ${LOCKOUT_MINUTES} phút hoặc nhờ quản trị mở khóa.`,
    );
  }
  const upgraded = needsRehash(row.password_hash) ? await hashPassword(password) : null;
  await db.transaction().execute(async (trx) => {
    await updateUserRow(trx, actor, row.id, 'login', 'Đăng nhập', {
      failed_attempts: 0,
      locked_until: null,
      last_login_at: now,
      ...(upgraded ? { password_hash: upgraded } : {}),
    });
  });
  return getUser(db, row.id);
}

async function recordFailure(ctx: ServiceContext, userId: number, failures: number, actor: ServiceContext) {
  const lock = failures >= MAX_FAILED_ATTEMPTS;
  const lockedUntil = lock ? new Date(ctx.now().getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
  await ctx.store.db.transaction().execute(async (trx) => {
    const summary = lock ? 'Sai mật khẩu, tạm khóa tài khoản' : 'Sai mật khẩu';
    await updateUserRow(trx, actor, userId, 'login-failed', summary, {
      failed_attempts: lock ? 0 : failures,
      locked_until: lockedUntil,
    });
  });
}

export async function changePassword(
  ctx: ServiceContext,
  userId: number,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const row = await ctx.store.db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound('tài khoản');
  if (!(await verifyPassword(currentPassword, row.password_hash))) {
    throw new DomainError('validation', 'Mật khẩu hiện tại không đúng.', [
      { path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' },
    ]);
  }
  const passwordHash = await hashPassword(newPassword);
  await ctx.store.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, ctx, userId, 'change-password', 'Đổi mật khẩu', {
      password_hash: passwordHash,
      ...updated(ctx),
    });
  });
}
