import path from 'node:path';
import { signOutFromJob, startJob } from '../../api/jobs.ts';
import { forgetPicked, pickedPath, rememberPicked } from '../../api/pickedFiles.ts';
import { serviceContext, type AppContext, type PartialHandlerTable } from '../../api/types.ts';
import { DomainError } from '../../errors.ts';
import {
  backupFileName,
  backupListing,
  backupsDir,
  BACKUPS_DIR,
  exclusive,
  listAutomaticBackups,
  saveBackupConfig,
  writeAutomaticBackup,
} from './auto.ts';
import { checkData } from './check.ts';
import { createBackup } from './create.ts';
import { inspectBackup } from './inspect.ts';
import { restoreBackup } from './restore.ts';

const BACKUP_FILTER = { name: 'Bản sao lưu', extensions: ['zip'] };

/** A manual backup goes outside the data folder (ideally another disk), or into the automatic backups folder. */
export function checkBackupTarget(dataDir: string, target: string): void {
  const rel = path.relative(dataDir, path.resolve(target));
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  if (inside && path.dirname(rel) !== BACKUPS_DIR) {
    throw new DomainError(
      'validation',
      'Không lưu bản sao lưu vào trong thư mục dữ liệu. Hãy chọn nơi khác, tốt nhất là ổ USB hoặc ổ đĩa khác.',
    );
  }
}

const pickedFile = (app: AppContext, token: string) =>
  pickedPath(app, token, 'Không còn tệp sao lưu đã chọn. Hãy chọn lại tệp.');

export const backupHandlers: PartialHandlerTable = {
  'backup.list': async (_input, app) => backupListing(app.store.dataDir),
  'backup.saveConfig': async (input, app) => {
    saveBackupConfig(app.store.dataDir, input);
    return backupListing(app.store.dataDir);
  },
  'backup.create': async (input, app) => {
    const dataDir = app.store.dataDir;
    let target: string | null = null;
    if (input.chooseFile) {
      target = await app.host.pickSavePath(backupFileName(app.now()), BACKUP_FILTER);
      if (!target) return null;
      if (path.extname(target).toLowerCase() !== '.zip') target = `${target}.zip`;
      checkBackupTarget(dataDir, target);
    }
    const jobId = startJob(
      app,
      'Sao lưu dữ liệu',
      (report, signal) => {
        const options = { now: app.now, signal, onProgress: report };
        // app.store is read when the job runs: a restore may have replaced it since the call.
        return exclusive(dataDir, () =>
          target
            ? createBackup(app.store, target, { ...options, label: 'manual' })
            : writeAutomaticBackup(app.store, 'auto', options),
        );
      },
      // A second "Sao lưu ngay" while one runs joins it; a backup to a chosen file is its own job.
      target ? {} : { once: 'backup:now' },
    );
    return { jobId };
  },
  'backup.inspect': async (input, app) => {
    let file: string | null;
    if (input.name !== undefined) {
      if (!listAutomaticBackups(app.store.dataDir).some((b) => b.name === input.name)) {
        throw new DomainError('not-found', 'Không còn bản sao lưu này. Hãy tải lại danh sách.');
      }
      file = path.join(backupsDir(app.store.dataDir), input.name);
    } else {
      file = await app.host.pickOpenFile('Chọn tệp sao lưu cần phục hồi', BACKUP_FILTER);
      if (!file) return null;
    }
    const token = rememberPicked(app, file);
    const picked = file;
    const jobId = startJob(app, 'Kiểm tra bản sao lưu', (report, signal) =>
      inspectBackup(picked, { signal, onProgress: report }),
    );
    return { jobId, token, fileName: path.basename(file) };
  },
  'backup.restore': async (input, app) => {
    const file = pickedFile(app, input.token);
    const jobId = startJob(
      app,
      'Phục hồi dữ liệu',
      async (report, signal, id) => {
        const { store, result } = await restoreBackup(app.store, file, {
          now: app.now,
          signal,
          onProgress: report,
          actor: serviceContext(app).actor,
        });
        app.store = store;
        // The accounts are those of the restored data now: everyone signs in again. This job's outcome stays readable
        // by the window that started it.
        signOutFromJob(app, id);
        forgetPicked(app, input.token);
        return result;
      },
      { folderLock: 'own' },
    );
    return { jobId };
  },
  'backup.check': async (_input, app) => ({
    jobId: startJob(app, 'Kiểm tra dữ liệu', (report, signal) => checkData(app.store, { signal, onProgress: report })),
  }),
};
