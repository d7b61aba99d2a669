// Restoring a backup replaces the database and the stored-file folders together. The new data is verified and
// staged inside the data folder and the current data is backed up; only then is the journal written, and the
// switch is rolled forward (here, or by the next start after a crash). A crash before the journal leaves the old
// data, after it the new.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInspection, RestoreResult } from '#shared/api/backupTypes.ts';
import type { ReportProgress } from '../../api/jobs.ts';
import { ATTACHMENTS_DIR, DATABASE_FILE, ISSUED_DIR, openDataStore, type DataStore } from '../../db/open.ts';
import { withFolderLock } from '../../db/folderLock.ts';
import { DomainError } from '../../errors.ts';
import { exclusive, writeAutomaticBackup } from './auto.ts';
import { readBackup } from './inspect.ts';
import {
  recordFinishedRestore,
  recoverBeforeOpen,
  RESTORE_WORK_DIR,
  STAGED_DIR,
  writeRestoreJournal,
} from './restoreSwitch.ts';
import { fsyncDir } from './zipFiles.ts';

const SWITCHED = [DATABASE_FILE, ATTACHMENTS_DIR, ISSUED_DIR];

export interface RestoreOptions {
  now: () => Date;
  signal?: AbortSignal;
  onProgress?: ReportProgress;
  /** Told what the verified backup holds, before anything is replaced. */
  onVerified?: (inspection: BackupInspection) => void;
  /** Who restores, for the audit row the restored data receives. */
  actor?: string;
}

async function sha256OfFile(file: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { signal })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Replaces the data of `store` with a verified backup. The store is closed on the way; the returned store is the
 * reopened data folder (migrated if the backup was older), to be used from then on.
 */
export async function restoreBackup(
  store: DataStore,
  file: string,
  options: RestoreOptions,
): Promise<{ store: DataStore; result: RestoreResult }> {
  const dataDir = store.dataDir;
  // The folder lock exclusively (no other process or job works on the folder meanwhile), then this process's turn.
  return withFolderLock(dataDir, 'exclusive', () =>
    exclusive(dataDir, async () => {
      const work = path.join(dataDir, RESTORE_WORK_DIR);
      // Each restore stages into its own folder, so nothing else's staged data is ever taken or removed.
      const staged = `${STAGED_DIR}-${process.pid}-${randomBytes(6).toString('hex')}`;
      const staging = path.join(work, staged);
      fs.mkdirSync(staging, { recursive: true });
      let previousDataBackup: string;
      let inspection: RestoreResult['inspection'];
      let sha256: string;
      try {
        sha256 = await sha256OfFile(file, options.signal).catch((error: unknown) => {
          if (options.signal?.aborted) throw error;
          throw new DomainError('validation', 'Không đọc được tệp sao lưu đã chọn. Hãy chọn lại tệp.');
        });
        inspection = await readBackup(file, {
          extractTo: staging,
          signal: options.signal,
          onProgress: (done, total, message) =>
            options.onProgress?.(done, total, message && `Bản sao lưu: ${message.toLocaleLowerCase('vi')}`),
        });
        options.onVerified?.(inspection);
        // Empty folders still replace the current ones, so no old file survives into the restored data.
        for (const dir of [ATTACHMENTS_DIR, ISSUED_DIR]) fs.mkdirSync(path.join(staging, dir), { recursive: true });
        fsyncDir(staging);
        options.signal?.throwIfAborted();
        const previous = await writeAutomaticBackup(store, 'before-restore', {
          now: options.now,
          signal: options.signal,
          onProgress: (done, total, message) =>
            options.onProgress?.(done, total, message && `Dữ liệu hiện tại: ${message.toLocaleLowerCase('vi')}`),
        });
        previousDataBackup = previous.fileName;
        options.signal?.throwIfAborted();
      } catch (error) {
        fs.rmSync(staging, { recursive: true, force: true });
        try {
          fs.rmdirSync(work);
        } catch {
          // Not empty (another restore's leftovers, swept at the next open) or already gone.
        }
        throw error;
      }
      // The point of no return: from the journal on, the restore completes even after a crash.
      options.onProgress?.(1, 1, 'Đang thay dữ liệu');
      await store.close();
      writeRestoreJournal(dataDir, {
        database: DATABASE_FILE,
        items: SWITCHED,
        staged,
        audit: {
          at: options.now().toISOString(),
          actor: options.actor ?? 'he-thong',
          file: path.basename(file),
          sha256,
          previous: previousDataBackup,
        },
      });
      recoverBeforeOpen(dataDir);
      const reopened = openDataStore(dataDir);
      recordFinishedRestore(reopened);
      return { store: reopened, result: { inspection, previousDataBackup } };
    }),
  );
}
