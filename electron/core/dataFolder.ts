// How the app's entry points (the Electron main process, the CLI, the e2e bridge) open a data folder: a restore
// interrupted after its point of no return is finished first (and given its audit row once the database is open), what killed processes left is swept, then the
// database is opened and migrated.
import path from 'node:path';
import { openDataStore, type DataStore } from './db/open.ts';
import { recordFinishedRestore, recoverBeforeOpen, sweepLeftovers } from './features/backup/index.ts';

export function openDataFolder(dataDir: string): DataStore {
  const dir = path.resolve(dataDir);
  recoverBeforeOpen(dir);
  sweepLeftovers(dir);
  const store = openDataStore(dir);
  try {
    // A restore finished above (after a crash) gets its audit row now that its database is open and migrated.
    recordFinishedRestore(store);
  } catch (error) {
    void store.close();
    throw error;
  }
  return store;
}
