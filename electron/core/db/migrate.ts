// Applies pending migrations in one transaction and refuses a database written by a newer app.
import type BetterSqlite3 from 'better-sqlite3';
import { DomainError } from '../errors.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';

export interface MigrationReport {
  applied: string[];
  version: number;
}

export function migrate(
  db: BetterSqlite3.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => string = () => new Date().toISOString(),
): MigrationReport {
  const names = migrations.map((m) => m.name);
  if ([...names].sort().join('\n') !== names.join('\n') || new Set(names).size !== names.length) {
    throw new Error('Migration registry must be unique and in name order');
  }

  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT');
  const applied = new Set(
    (db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map((r) => r.name),
  );
  const unknown = [...applied].filter((n) => !names.includes(n));
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (unknown.length > 0 || userVersion > migrations.length) {
    throw new DomainError(
      'conflict',
      'Dữ liệu này được tạo bởi phiên bản ứng dụng mới hơn. Hãy cài phiên bản mới nhất của ứng dụng để mở; dữ liệu không bị thay đổi.',
    );
  }

  const pending = migrations.filter((m) => !applied.has(m.name));
  if (pending.length > 0) {
    const record = db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)');
    db.transaction(() => {
      for (const m of pending) {
        m.up(db);
        record.run(m.name, now());
      }
      db.pragma(`user_version = ${migrations.length}`);
    }).immediate();
  }
  return { applied: pending.map((m) => m.name), version: migrations.length };
}
