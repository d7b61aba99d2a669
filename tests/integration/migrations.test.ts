import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../electron/core/context.ts';
import { migrate } from '../../electron/core/db/migrate.ts';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.ts';
import type { Migration } from '../../electron/core/db/migrations/types.ts';
import {
  ATTACHMENTS_DIR,
  DATABASE_FILE,
  openDataStore,
  openSqlite,
  type DataStore,
} from '../../electron/core/db/open.ts';
import type { Database } from '../../electron/core/db/schema.ts';
import { DomainError } from '../../electron/core/errors.ts';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { queryUnits } from '../../electron/core/features/units/service.ts';
import { FIXED_NOW } from '../support/services.ts';
import { tempDir } from '../support/tempData.ts';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A data folder with a raw SQLite connection and nothing migrated yet. */
function rawDatabase() {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, DATABASE_FILE);
  const sqlite = openSqlite(file);
  cleanups.push(cleanup, () => void (sqlite.open && sqlite.close()));
  return { dir, file, sqlite };
}

const tableNames = (sqlite: BetterSqlite3.Database): string[] =>
  (sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

const appliedNames = (sqlite: BetterSqlite3.Database): string[] =>
  (sqlite.prepare('SELECT name FROM schema_migrations ORDER BY name').all() as { name: string }[]).map((r) => r.name);

const userVersion = (sqlite: BetterSqlite3.Database): number =>
  sqlite.pragma('user_version', { simple: true }) as number;

/** Wraps a migration so the test sees whether it ran inside a transaction. */
function observed(m: Migration, seen: { name: string; inTransaction: boolean }[]): Migration {
  return {
    name: m.name,
    up: (db) => {
      seen.push({ name: m.name, inTransaction: db.inTransaction });
      m.up(db);
    },
  };
}

/** A data folder written by a newer app, then closed: returns its bytes for comparison. */
async function newerDataFolder(tamper: (sqlite: BetterSqlite3.Database) => void) {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const store = openDataStore(dir);
  tamper(store.sqlite);
  await store.close();
  const file = path.join(dir, DATABASE_FILE);
  return { dir, file, bytes: fs.readFileSync(file) };
}

/** A DataStore over a connection the test migrated itself, so services can run on an older schema. */
function storeOver(dir: string, sqlite: BetterSqlite3.Database): DataStore {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { dataDir: dir, attachmentsDir: path.join(dir, ATTACHMENTS_DIR), sqlite, db, close: () => db.destroy() };
}

describe('migrate()', () => {
  it('applies every registered migration inside one transaction and sets user_version', () => {
    const { sqlite } = rawDatabase();
    const seen: { name: string; inTransaction: boolean }[] = [];
    const report = migrate(
      sqlite,
      MIGRATIONS.map((m) => observed(m, seen)),
      () => FIXED_NOW.toISOString(),
    );

    const names = MIGRATIONS.map((m) => m.name);
    expect(report).toEqual({ applied: names, version: MIGRATIONS.length });
    expect(seen).toEqual(names.map((name) => ({ name, inTransaction: true })));
    expect(sqlite.inTransaction).toBe(false);
    expect(appliedNames(sqlite)).toEqual(names);
    expect(userVersion(sqlite)).toBe(MIGRATIONS.length);
    expect(tableNames(sqlite)).toEqual(expect.arrayContaining(['schema_migrations', 'units', 'users', 'audit_log']));
  });

  it('applies nothing the second time', () => {
    const { sqlite } = rawDatabase();
    migrate(sqlite);
    const tables = tableNames(sqlite);
    const seen: { name: string; inTransaction: boolean }[] = [];
    expect(
      migrate(
        sqlite,
        MIGRATIONS.map((m) => observed(m, seen)),
      ),
    ).toEqual({ applied: [], version: MIGRATIONS.length });
    expect(seen).toEqual([]);
    expect(tableNames(sqlite)).toEqual(tables);
    expect(userVersion(sqlite)).toBe(MIGRATIONS.length);
  });

  it('leaves no trace when a step fails: no tables from earlier steps, no schema_migrations rows', () => {
    const { sqlite } = rawDatabase();
    const registry: Migration[] = [
      { name: '2030-01-01-01-good', up: (db) => db.exec('CREATE TABLE good_step (id INTEGER PRIMARY KEY) STRICT') },
      {
        name: '2030-01-01-02-bad',
        up: (db) => {
          db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
          throw new Error('step failed');
        },
      },
    ];
    expect(() => migrate(sqlite, registry)).toThrow('step failed');
    expect(tableNames(sqlite)).toEqual(['schema_migrations']);
    expect(appliedNames(sqlite)).toEqual([]);
    expect(userVersion(sqlite)).toBe(0);
    expect(sqlite.inTransaction).toBe(false);
  });

  it('refuses a registry that is out of order or has a name twice', () => {
    const { sqlite } = rawDatabase();
    const step = (name: string): Migration => ({ name, up: () => {} });
    expect(() => migrate(sqlite, [step('2030-01-02-01-b'), step('2030-01-01-01-a')])).toThrow(/name order/);
    expect(() => migrate(sqlite, [step('2030-01-01-01-a'), step('2030-01-01-01-a')])).toThrow(/unique/);
  });

  it('upgrades seeded data from the first migration to the full registry without losing it', async () => {
    const { dir, file, sqlite } = rawDatabase();
    migrate(sqlite, MIGRATIONS.slice(0, 1));
    const store = storeOver(dir, sqlite);
    const ctx: ServiceContext = { store, actor: 'tester', now: () => FIXED_NOW };
    // Only what the first migration's tables hold: settings (written with that migration's own columns, since
    // today's settings carry later ones) and units.
    sqlite
      .prepare(
        `INSERT INTO office_settings (id, level, issuing_body_upper, locality_upper, place_name, province_name,
           committee_name, standing_office_name, decision_code, proposal_code, archive_code, updated_at, updated_by)
         VALUES (1, 'xa', 'CÔNG AN XÃ ĐÔNG SƠN', 'XÃ ĐÔNG SƠN', 'Đông Sơn', 'Thanh Hóa', 'Ban Chỉ đạo', 'Công an xã',
           'QĐ-UBND', 'TTr-CAX', 'CAX', '2026-01-01T00:00:00.000Z', 'tester')`,
      )
      .run();
    const seeded = await seedDemoUnits(ctx);
    expect(seeded.unitsCreated).toBeGreaterThan(30);
    // Read with the first migration's own columns: today's queries join tables that came later.
    const unitsBefore = sqlite.prepare('SELECT * FROM units ORDER BY id').all() as Record<string, unknown>[];
    const firstColumns = Object.keys(unitsBefore[0]!)
      .map((c) => `"${c}"`)
      .join(', ');
    const auditBefore = await store.db.selectFrom('audit_log').selectAll().execute();

    const report = migrate(sqlite, MIGRATIONS);
    expect(report.applied).toEqual(MIGRATIONS.slice(1).map((m) => m.name));
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await store.close();

    const reopened = openDataStore(dir);
    cleanups.push(() => reopened.close());
    expect(path.join(reopened.dataDir, DATABASE_FILE)).toBe(file);
    expect(reopened.sqlite.prepare(`SELECT ${firstColumns} FROM units ORDER BY id`).all()).toEqual(unitsBefore);
    expect(await queryUnits(reopened.db)).toHaveLength(unitsBefore.length);
    expect(await reopened.db.selectFrom('audit_log').selectAll().execute()).toEqual(auditBefore);
    const settings = await reopened.db.selectFrom('office_settings').select('place_name').executeTakeFirst();
    expect(settings?.place_name).toBe('Đông Sơn');
  });
});

describe('migration registry', () => {
  const names = MIGRATIONS.map((m) => m.name);

  it('names every step yyyy-mm-dd-nn-what, uniquely and in order', () => {
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-\d{2}-[a-z0-9-]+$/);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });

  it('uses real calendar dates in the names', () => {
    for (const name of names) {
      const day = name.slice(0, 10);
      expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10), name).toBe(day);
    }
  });
});

describe('openDataStore()', () => {
  const NEWER = /phiên bản ứng dụng mới hơn/;

  it.each([
    [
      'an extra schema_migrations row',
      (db: BetterSqlite3.Database) =>
        db
          .prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)')
          .run('2099-01-01-01-future', FIXED_NOW.toISOString()),
    ],
    [
      'a user_version above the registry length',
      (db: BetterSqlite3.Database) => db.pragma(`user_version = ${MIGRATIONS.length + 1}`),
    ],
  ])('refuses data from a newer app (%s) and leaves the file unchanged', async (_label, tamper) => {
    const { dir, file, bytes } = await newerDataFolder(tamper);
    let error: unknown;
    try {
      openDataStore(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(NEWER);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('sets the pragmas the app relies on', async () => {
    const { dir, cleanup } = tempDir();
    const store = openDataStore(dir);
    cleanups.push(cleanup, () => store.close());
    const pragma = (name: string) => store.sqlite.pragma(name, { simple: true });
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('foreign_keys')).toBe(1);
    expect(pragma('busy_timeout')).toBe(5000);
    expect(pragma('synchronous')).toBe(2);
    expect(fs.statSync(store.attachmentsDir).isDirectory()).toBe(true);
  });

  it('refuses a file that is not SQLite with an io error in Vietnamese, and leaves it alone', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, DATABASE_FILE);
    const garbage = Buffer.concat([Buffer.from('không phải SQLite '), randomBytes(8192)]);
    fs.writeFileSync(file, garbage);
    let error: unknown;
    try {
      openDataStore(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('io');
    expect((error as DomainError).message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });
});
