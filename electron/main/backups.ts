// Automatic backups for the desktop app: a periodic check against the schedule, and one at exit when the session
// wrote anything. The work itself lives in core/features/backup; this only wires it to Electron's lifecycle.
import { app } from 'electron';
import { settleJobs } from '../core/api/jobs.ts';
import type { AppContext } from '../core/api/types.ts';
import { backupAtExit, backupIfDue } from '../core/features/backup/auto.ts';

const FIRST_CHECK_MS = 2 * 60 * 1000;
const CHECK_EVERY_MS = 15 * 60 * 1000;

export function scheduleBackups(context: AppContext): void {
  // context.store is read each time: a restore replaces it.
  const check = () =>
    void backupIfDue(context.store, context.now).catch((e: unknown) => console.error('Scheduled backup failed', e));
  const first = setTimeout(check, FIRST_CHECK_MS);
  const timer = setInterval(check, CHECK_EVERY_MS);
  let exiting = false;
  app.on('before-quit', (event) => {
    if (exiting) return;
    exiting = true;
    event.preventDefault();
    clearTimeout(first);
    clearInterval(timer);
    void settleJobs(context)
      .then(() => backupAtExit(context.store, context.now))
      .catch((e: unknown) => console.error('Backup at exit failed', e))
      .finally(() => app.quit());
  });
  app.on('will-quit', () => {
    void context.store.close();
  });
}
