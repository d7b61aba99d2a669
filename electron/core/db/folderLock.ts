// Two guards on a data folder shared by the app and command-line processes.
//
// The folder lock: every piece of work on the folder holds it shared, a restore (which swaps the database and the
// stored files) holds it exclusively; whoever cannot get it in time fails with a Vietnamese message and has changed
// nothing. It is a SQLite lock on a small database of its own (a read transaction holds it shared, BEGIN EXCLUSIVE
// exclusively): the operating system keeps such locks (fcntl on Linux and macOS, LockFileEx on Windows, both
// covered by SQLite's own tests) and drops them the moment the holding process ends, however it ends, so a crashed
// holder never blocks anyone and there is no stale record to judge, no process id that might have been reused, and
// no window between checking a lock file and writing one. The lock database is never written and stays in SQLite's
// rollback-journal mode, where readers take real shared locks (in WAL mode they would not).
//
// The open mark: the app also marks the folder it has open, so that a restore from the command line, which the app
// would not notice, is refused while the app runs.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DomainError } from '../errors.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { processAlive } from '../fs/leftovers.ts';

/** In the data folder while the app has it open. */
export const FOLDER_LOCK = 'dang-mo.json';

interface LockRecord {
  pid: number;
  host: string;
  since: string;
}

function readLock(dataDir: string): LockRecord | null {
  try {
    const value = JSON.parse(fs.readFileSync(path.join(dataDir, FOLDER_LOCK), 'utf8')) as Partial<LockRecord>;
    if (!Number.isSafeInteger(value.pid) || typeof value.host !== 'string' || typeof value.since !== 'string') {
      return null;
    }
    return value as LockRecord;
  } catch {
    return null;
  }
}

/** The app holding the folder, if it still runs. A lock left by a crash (its process gone) does not count. */
export function folderHolder(dataDir: string): LockRecord | null {
  const lock = readLock(dataDir);
  if (!lock || lock.pid === process.pid) return null;
  // On another machine (a shared folder) the process cannot be asked: the lock is taken at its word.
  if (lock.host === os.hostname() && !processAlive(lock.pid)) return null;
  return lock;
}

/** Marks the folder as open by this process; the returned function clears the mark (only if it is still ours). */
export function holdFolder(dataDir: string, now: Date): () => void {
  const record: LockRecord = { pid: process.pid, host: os.hostname(), since: now.toISOString() };
  writeFileAtomic(path.join(dataDir, FOLDER_LOCK), JSON.stringify(record));
  return () => {
    if (readLock(dataDir)?.pid === process.pid) fs.rmSync(path.join(dataDir, FOLDER_LOCK), { force: true });
  };
}

/** Refuses `action` while the app has the folder open. */
export function assertFolderFree(dataDir: string, action: string): void {
  const holder = folderHolder(dataDir);
  if (!holder) return;
  throw new DomainError(
    'locked',
    `Phần mềm đang mở thư mục dữ liệu này (trên máy ${holder.host}). Hãy đóng phần mềm rồi ${action}.`,
  );
}

/** In the data folder: the database whose SQLite locks are the folder lock. It holds no data. */
export const LOCK_DATABASE = 'khoa-thu-muc.sqlite';

export type LockMode = 'shared' | 'exclusive';

/** How long work waits for the folder before giving up: a restore of a large folder takes longer and is refused. */
export const LOCK_WAIT_MS = 10_000;

const BUSY_MESSAGE: Record<LockMode, string> = {
  shared: 'Thư mục dữ liệu đang được phục hồi từ bản sao lưu. Chưa ghi gì; hãy thử lại khi phục hồi xong.',
  exclusive:
    'Thư mục dữ liệu đang được dùng cho công việc khác (nhập dữ liệu, sao lưu, xuất gói...). Chưa phục hồi gì; hãy thử lại khi công việc đó xong.',
};

interface Hold {
  dataDir: string;
  mode: LockMode;
  released: boolean;
}

/** The holds of the current flow of work, so work nested in a hold (a restore inside the restore command) runs on. */
const holds = new AsyncLocalStorage<Hold[]>();
/** Idle connections to the lock databases of the few folders last used, reused by the next hold. */
const idle = new Map<string, BetterSqlite3.Database[]>();
const IDLE_FOLDERS = 4;
const IDLE_PER_FOLDER = 2;

function putBack(dir: string, db: BetterSqlite3.Database): void {
  const pool = idle.get(dir) ?? [];
  idle.delete(dir);
  idle.set(dir, pool);
  if (pool.length < IDLE_PER_FOLDER) pool.push(db);
  else db.close();
  for (const [other, dbs] of idle) {
    if (idle.size <= IDLE_FOLDERS) break;
    for (const d of dbs) d.close();
    idle.delete(other);
  }
}

function connect(dataDir: string): BetterSqlite3.Database {
  const pool = idle.get(dataDir);
  const reused = pool?.pop();
  if (reused) return reused;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    // timeout 0: a busy lock answers at once; waiting is done below without blocking the event loop.
    return new BetterSqlite3(path.join(dataDir, LOCK_DATABASE), { timeout: 0 });
  } catch {
    throw new DomainError('io', `Không mở được thư mục dữ liệu "${dataDir}". Hãy kiểm tra đường dẫn và quyền ghi.`);
  }
}

const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test((error as { code?: string }).code ?? '');

function tryLock(db: BetterSqlite3.Database, mode: LockMode): boolean {
  try {
    if (mode === 'exclusive') db.exec('BEGIN EXCLUSIVE');
    else {
      db.exec('BEGIN');
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    }
    return true;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (isBusy(error)) return false;
    throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `run` holding the folder lock of `dataDir` in `mode`, waiting up to `waitMs` for it. Work nested in a hold of
 * the same folder runs on under that hold (shared inside exclusive, or shared inside shared).
 */
export async function withFolderLock<T>(
  dataDir: string,
  mode: LockMode,
  run: () => Promise<T>,
  waitMs = LOCK_WAIT_MS,
): Promise<T> {
  const dir = path.resolve(dataDir);
  const outer = holds.getStore() ?? [];
  const held = outer.find((h) => !h.released && h.dataDir === dir);
  if (held && (held.mode === 'exclusive' || mode === 'shared')) return run();
  const db = connect(dir);
  const deadline = Date.now() + waitMs;
  let pause = 10;
  try {
    while (!tryLock(db, mode)) {
      if (Date.now() >= deadline) throw new DomainError('locked', BUSY_MESSAGE[mode]);
      await sleep(pause);
      pause = Math.min(pause * 2, 200);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  const hold: Hold = { dataDir: dir, mode, released: false };
  try {
    return await holds.run([...outer, hold], run);
  } finally {
    hold.released = true;
    try {
      db.exec('COMMIT');
      putBack(dir, db);
    } catch {
      db.close();
    }
  }
}

/**
 * Runs `start` outside the holds of the current flow: for work that outlives the call starting it (a job), which
 * takes the lock itself instead of relying on a hold its starter is about to release.
 */
export function outsideFolderLocks<T>(start: () => T): T {
  return holds.exit(start);
}

/** Closes the idle lock connections (the locks themselves are already released), e.g. before a test removes a folder. */
export function closeFolderLocks(): void {
  for (const pool of idle.values()) for (const db of pool.splice(0)) db.close();
  idle.clear();
}
