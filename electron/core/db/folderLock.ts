// The app marks the data folder it has open, so that work which must not happen under it (a restore from the command
// line, which swaps the database and the files) is refused while it runs. SQLite keeps concurrent writes safe; this
// is about replacing the folder's contents, which an open app would not notice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
