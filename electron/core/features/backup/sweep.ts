// What interrupted backups, restores and imports may leave: temp files beside the database, the backups and the
// stored files, and database snapshots under the system temp folder. Removed at open when their process is dead.
import path from 'node:path';
import { ATTACHMENTS_DIR } from '../../db/open.ts';
import { sweepTempDirs, sweepTempFiles } from '../../fs/leftovers.ts';
import { backupsDir } from './auto.ts';
import { SNAPSHOT_DIR_PREFIX } from './create.ts';
import { INSPECT_DIR_PREFIX } from './inspect.ts';

/** Returns what was removed. */
export function sweepLeftovers(dataDir: string, now = Date.now()): string[] {
  return [
    ...sweepTempFiles([dataDir, backupsDir(dataDir), path.join(dataDir, ATTACHMENTS_DIR)], now),
    ...sweepTempDirs([SNAPSHOT_DIR_PREFIX, INSPECT_DIR_PREFIX], now),
  ];
}
