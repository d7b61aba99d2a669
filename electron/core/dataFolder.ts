// How the app's entry points (the Electron main process, the CLI, the e2e bridge) open a data folder: a restore
// interrupted after its point of no return is finished first, what killed processes left is swept, then the
// database is opened and migrated.
import path from 'node:path';
import { openDataStore, type DataStore } from './db/open.ts';
import { recoverBeforeOpen, sweepLeftovers } from './features/backup/index.ts';

export function openDataFolder(dataDir: string): DataStore {
  const dir = path.resolve(dataDir);
  recoverBeforeOpen(dir);
  sweepLeftovers(dir);
  return openDataStore(dir);
}
