// Runs one backup or restore in its own process so a test can kill it (SIGKILL) at any moment.
// Usage: node backupCrashChild.ts backup|restore DATA_DIR FILE
import { openDataStore } from '../../electron/core/db/open.ts';
import { createBackup } from '../../electron/core/features/backup/create.ts';
import { restoreBackup } from '../../electron/core/features/backup/restore.ts';

const [mode, dataDir, file] = process.argv.slice(2);
if (!dataDir || !file || (mode !== 'backup' && mode !== 'restore')) {
  process.stderr.write('usage: backupCrashChild.ts backup|restore DATA_DIR FILE\n');
  process.exit(2);
}
const store = openDataStore(dataDir);
const now = () => new Date();
process.stdout.write('ready\n');
if (mode === 'backup') {
  await createBackup(store, file, { label: 'manual', now });
  await store.close();
} else {
  const restored = await restoreBackup(store, file, { now });
  await restored.store.close();
}
process.stdout.write('done\n');
