// After a backup: dossier files removed before it began are in it, so they are purged from the live data, and
// every stored blob no row refers to any more leaves the store. Runs only at the end of a backup, so a backup
// never lists a blob that a purge then takes away.
import fs from 'node:fs';
import type { DataStore } from '../db/open.ts';
import { blobPath } from './store.ts';

/** Every column, in any table, that refers to an attachment: read from the schema, so new tables are covered. */
function attachmentReferences(sqlite: DataStore['sqlite']): { table: string; column: string }[] {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return tables.flatMap((table) =>
    (sqlite.pragma(`foreign_key_list("${table.replaceAll('"', '""')}")`) as { table: string; from: string }[])
      .filter((fk) => fk.table === 'attachments')
      .map((fk) => ({ table, column: fk.from })),
  );
}

export interface Purged {
  /** Removed dossier files no longer recoverable from the app (they stay in the backup). */
  files: number;
  /** Stored blobs deleted because nothing refers to them. */
  blobs: number;
}

/** Purges removed dossier files removed before `keptAt` (ISO) and then the blobs nothing refers to. */
export function purgeAfterBackup(store: DataStore, keptAt: string): Purged {
  const { sqlite } = store;
  const refs = attachmentReferences(sqlite);
  const referenced = refs.map((r) => `SELECT "${r.column}" FROM "${r.table}"`).join(' UNION ');
  // A data folder not yet migrated (a backup taken before the upgrade) has no removed files to purge.
  const hasRemoved = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'removed_dossier_files'")
    .pluck()
    .get();
  const purge = sqlite.transaction(() => {
    const files = hasRemoved
      ? sqlite.prepare('DELETE FROM removed_dossier_files WHERE removed_at <= ?').run(keptAt).changes
      : 0;
    const blobs = sqlite
      .prepare(`DELETE FROM attachments WHERE id NOT IN (${referenced}) RETURNING sha256, extension`)
      .all() as { sha256: string; extension: string }[];
    return { files, blobs };
  });
  const { files, blobs } = purge.immediate();
  const stillKnown = sqlite.prepare('SELECT 1 FROM attachments WHERE sha256 = ?').pluck();
  let deleted = 0;
  for (const b of blobs) {
    // The same content may have come back in between (added again): its blob then stays.
    if (stillKnown.get(b.sha256)) continue;
    fs.rmSync(blobPath(store.attachmentsDir, b.sha256, b.extension), { force: true });
    deleted++;
  }
  return { files, blobs: deleted };
}
