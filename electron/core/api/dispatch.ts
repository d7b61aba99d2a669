// Validates, authorises and runs one call; every outcome becomes an envelope, never a thrown error.
import type { z } from 'zod';
import { accessDenial, type Denial } from '#shared/api/access.ts';
import { contract, METHOD_NAMES, type MethodName } from '#shared/api/contract.ts';
import type { ApiError, Result } from '#shared/api/result.ts';
import { withFolderLock } from '../db/folderLock.ts';
import { mapSqliteError } from '../db/sqliteErrors.ts';
import { DomainError } from '../errors.ts';
import type { AppContext, Handler, HandlerTable, PartialHandlerTable } from './types.ts';

/** Joins per-feature tables; a method defined twice or left without a handler stops start-up. */
export function assembleHandlers(...parts: PartialHandlerTable[]): HandlerTable {
  const table: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, handler] of Object.entries(part)) {
      if (name in table) throw new Error(`Duplicate handler for ${name}`);
      if (!(name in contract)) throw new Error(`Handler ${name} is not in the contract`);
      table[name] = handler;
    }
  }
  const missing = METHOD_NAMES.filter((m) => !(m in table));
  if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}`);
  return table as HandlerTable;
}

function validationError(error: z.ZodError): ApiError {
  const fields = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = fields[0];
  return {
    kind: 'validation',
    message: first ? `Dữ liệu chưa hợp lệ: ${first.message}` : 'Dữ liệu chưa hợp lệ.',
    fields,
  };
}

const DENIAL_MESSAGES: Record<Denial, string> = {
  'signed-out': 'Phiên làm việc đã hết. Hãy đăng nhập lại.',
  'admin-only': 'Chỉ tài khoản quản trị được làm việc này.',
  'read-only': 'Tài khoản lãnh đạo chỉ được xem, không được sửa dữ liệu.',
};

function checkAccess(method: MethodName, app: AppContext): ApiError | null {
  const denial = accessDenial(app.session.user?.role ?? null, contract[method].access);
  return denial ? { kind: 'unauthorized', message: DENIAL_MESSAGES[denial] } : null;
}

/** Calls that touch only the jobs in memory: a restore's progress is read while it holds the folder. */
const NO_FOLDER_LOCK = new Set<MethodName>(['jobs.get', 'jobs.cancel']);

export type Logger = (message: string, error: unknown) => void;

export async function dispatch(
  table: HandlerTable,
  app: AppContext,
  method: unknown,
  rawInput: unknown,
  log: Logger = (m, e) => console.error(m, e),
): Promise<Result<unknown>> {
  if (typeof method !== 'string' || !Object.hasOwn(contract, method)) {
    return { ok: false, error: { kind: 'validation', message: 'Yêu cầu không hợp lệ.' } };
  }
  const name = method as MethodName;
  const denied = checkAccess(name, app);
  if (denied) return { ok: false, error: denied };
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  try {
    const handler = table[name] as Handler<MethodName>;
    // Every call works on the data folder under its lock, shared: none runs while a restore replaces the data, so
    // none reports success for work the restore is about to drop. Reading a job touches no data.
    const value = NO_FOLDER_LOCK.has(name)
      ? await handler(parsed.data as never, app)
      : await withFolderLock(app.store.dataDir, 'shared', () => handler(parsed.data as never, app));
    return { ok: true, value };
  } catch (error) {
    const mapped = mapSqliteError(error);
    if (mapped instanceof DomainError) return { ok: false, error: mapped.toApiError() };
    log(`Unexpected failure in ${name}`, error);
    return {
      ok: false,
      error: {
        kind: 'internal',
        message: 'Có lỗi không mong đợi. Dữ liệu không bị thay đổi; hãy thử lại hoặc báo cán bộ kỹ thuật.',
      },
    };
  }
}
