// Fingerprints of a data folder for backup tests: the logical content of every table and every stored file, and
// the raw bytes of every file for "nothing changed" checks.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { openDataFolder } from '../../electron/core/dataFolder.ts';
import { LOCK_DATABASE } from '../../electron/core/db/folderLock.ts';

const sha = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

function walk(root: string, rel = ''): string[] {
  const dir = path.join(root, rel);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const child = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? walk(root, child) : [child];
    })
    .sort();
}

/** Every file under a folder with its SHA-256, SQLite's transient -wal/-shm files and the empty folder lock left out. */
export function folderBytes(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of walk(root)) {
    if (/-(wal|shm)$/.test(rel) || rel.startsWith(LOCK_DATABASE)) continue;
    out[rel] = sha(fs.readFileSync(path.join(root, rel)));
  }
  return out;
}

/** The rows of every table (a hash per table) and the stored files, as an open data store sees them. */
export function contentFingerprint(sqlite: BetterSqlite3.Database, dataDir: string) {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const rows: Record<string, { count: number; hash: string }> = {};
  for (const t of tables) {
    // A restore's own audit row is new by design: it is not content the restore brings back.
    const where = t === 'audit_log' ? " WHERE action <> 'restore'" : '';
    const all = sqlite
      .prepare(`SELECT * FROM "${t}"${where}`)
      .all()
      .map((r) => JSON.stringify(r))
      .sort();
    rows[t] = { count: all.length, hash: sha(all.join('\n')) };
  }
  const files: Record<string, string> = {};
  for (const dir of ['tep-dinh-kem', 'van-ban']) {
    for (const rel of walk(path.join(dataDir, dir)))
      files[`${dir}/${rel}`] = sha(fs.readFileSync(path.join(dataDir, dir, rel)));
  }
  return { rows, files };
}

/** Opens a data folder the normal way (finishing any interrupted restore) and fingerprints it. */
export async function openAndFingerprint(dataDir: string) {
  const store = openDataFolder(dataDir);
  try {
    return contentFingerprint(store.sqlite, dataDir);
  } finally {
    await store.close();
  }
}

export function copyFolder(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
}
