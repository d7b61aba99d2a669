// Holds a data folder's lock in its own process until killed, so a test can race it or kill it (SIGKILL).
// Usage: node folderLockChild.ts shared|exclusive DATA_DIR
import { withFolderLock } from '../../electron/core/db/folderLock.ts';

const [mode, dataDir] = process.argv.slice(2);
if (!dataDir || (mode !== 'shared' && mode !== 'exclusive')) {
  process.stderr.write('usage: folderLockChild.ts shared|exclusive DATA_DIR\n');
  process.exit(2);
}
await withFolderLock(dataDir, mode, async () => {
  process.stdout.write('held\n');
  await new Promise(() => setInterval(() => undefined, 60_000));
});
