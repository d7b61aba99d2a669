// What a backup records and checks about a database file: row counts, schema version, soundness, stored files.
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { ATTACHMENTS_DIR, ISSUED_DIR } from '../../db/open.ts';
import { MIGRATIONS } from '../../db/migrations/index.ts';
import { schemaDifferences } from '../../db/schemaShape.ts';
import { blobPath } from '../../attachments/store.ts';

const hasTable = (db: BetterSqlite3.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

export function rowCounts(db: BetterSqlite3.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    counts[t] = db
      .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
      .pluck()
      .get() as number;
  }
  return counts;
}

/** The applied migrations, in order; empty when the file holds no schema_migrations table. */
export function appliedMigrations(db: BetterSqlite3.Database): string[] {
  if (!hasTable(db, 'schema_migrations')) return [];
  return db.prepare('SELECT name FROM schema_migrations ORDER BY name').pluck().all() as string[];
}

/** Names this app does not know: the database was written by a newer version. */
export function unknownMigrations(applied: readonly string[]): string[] {
  const known = new Set(MIGRATIONS.map((m) => m.name));
  return applied.filter((n) => !known.has(n));
}

export function officeName(db: BetterSqlite3.Database): string | null {
  if (!hasTable(db, 'office_settings')) return null;
  const name = db.prepare('SELECT standing_office_name FROM office_settings WHERE id = 1').pluck().get();
  return typeof name === 'string' ? name : null;
}

/**
 * Problems PRAGMA integrity_check and foreign_key_check find, and every difference from the schema the app's
 * migrations build for the database's version, in Vietnamese; empty when sound.
 */
export function databaseProblems(db: BetterSqlite3.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check(20)', { simple: false }) as { integrity_check: string }[];
  const bad = integrity.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  if (bad.length > 0) problems.push(`Cơ sở dữ liệu bị hỏng cấu trúc: ${bad.slice(0, 5).join('; ')}.`);
  else problems.push(...schemaDifferences(db, appliedMigrations(db)));
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const r of fk.slice(0, 20)) {
    problems.push(`Bảng ${r.table}, dòng ${r.rowid} tham chiếu tới một dòng không còn trong bảng ${r.parent}.`);
  }
  if (fk.length > 20) problems.push(`Và ${fk.length - 20} tham chiếu hỏng khác.`);
  return problems;
}

export interface StoredFileRow {
  /** Path relative to the data folder with "/" separators, as in a backup. */
  name: string;
  size: number;
  sha256: string;
  what: string;
}

/** Every file the database says the data folder holds: attachment blobs and issued documents. */
export function expectedFiles(db: BetterSqlite3.Database): { attachments: StoredFileRow[]; issued: StoredFileRow[] } {
  const attachments: StoredFileRow[] = [];
  const issued: StoredFileRow[] = [];
  if (hasTable(db, 'attachments')) {
    const rows = db.prepare('SELECT id, sha256, size, extension FROM attachments ORDER BY id').all() as {
      id: number;
      sha256: string;
      size: number;
      extension: string;
    }[];
    for (const r of rows) {
      const rel = path.posix.relative('.', blobPath('.', r.sha256, r.extension).split(path.sep).join('/'));
      attachments.push({
        name: `${ATTACHMENTS_DIR}/${rel}`,
        size: r.size,
        sha256: r.sha256,
        what: `tệp đính kèm số ${r.id}`,
      });
    }
  }
  if (hasTable(db, 'issued_files')) {
    const rows = db
      .prepare(
        `SELECT f.file_name, f.sha256, f.size, c.year FROM issued_files f
         JOIN decisions d ON d.id = f.decision_id JOIN campaigns c ON c.id = d.campaign_id ORDER BY f.id`,
      )
      .all() as { file_name: string; sha256: string; size: number; year: number }[];
    for (const r of rows) {
      issued.push({
        name: `${ISSUED_DIR}/${r.year}/${r.file_name}`,
        size: r.size,
        sha256: r.sha256,
        what: `văn bản đã ban hành "${r.file_name}"`,
      });
    }
  }
  return { attachments, issued };
}
