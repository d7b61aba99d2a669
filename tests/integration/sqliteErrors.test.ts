import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Insertable } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { created } from '../../electron/core/context.ts';
import { DATABASE_FILE } from '../../electron/core/db/open.ts';
import type { UnitsTable } from '../../electron/core/db/schema.ts';
import { mapSqliteError } from '../../electron/core/db/sqliteErrors.ts';
import { DomainError } from '../../electron/core/errors.ts';
import { newUid, toColumns, type UnitFields } from '../../electron/core/features/units/mapper.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(async () => t.close());

/** A complete, valid units row as the sqlite layer sees it; tests break one column at a time. */
function unitRow(overrides: Partial<Insertable<UnitsTable>> = {}): Insertable<UnitsTable> {
  const fields: UnitFields = {
    kind: 'khu_dan_cu',
    subtype: 'thon',
    name: 'Thôn Đông 1',
    parentId: null,
    address: null,
    headName: null,
    headPhone: null,
    households: 200,
    population: 800,
    notes: null,
    activeFrom: null,
    activeUntil: null,
    mergedIntoId: null,
  };
  return { uid: newUid(), ...toColumns(fields), ...created(t.ctx), ...overrides };
}

/** Inserts through better-sqlite3 directly, so columns can hold what the types would forbid. */
function insertUnit(row: Record<string, unknown>): number {
  const columns = Object.keys(row);
  const sql = `INSERT INTO units (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
  return Number(t.store.sqlite.prepare(sql).run(row).lastInsertRowid);
}

/** Runs a statement that must fail and returns what SQLite threw. */
function sqliteFailure(run: () => unknown): Error & { code: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BetterSqlite3.SqliteError);
    return error as Error & { code: string };
  }
  throw new Error('expected SQLite to refuse the statement');
}

function expectDomainError(error: unknown, kind: DomainError['kind']): void {
  const mapped = mapSqliteError(error);
  expect(mapped).toBeInstanceOf(DomainError);
  expect((mapped as DomainError).kind).toBe(kind);
  expect((mapped as DomainError).message).toMatch(/[àáảãạăâđêôơư]/);
}

describe('mapSqliteError on real constraint failures', () => {
  it.each([
    [
      'a repeated units.uid',
      'SQLITE_CONSTRAINT_UNIQUE',
      'conflict',
      () => {
        const uid = newUid();
        insertUnit(unitRow({ uid }));
        insertUnit(unitRow({ uid, name: 'Thôn Đông 2' }));
      },
    ],
    [
      'a units.parent_id pointing nowhere',
      'SQLITE_CONSTRAINT_FOREIGNKEY',
      'conflict',
      () => insertUnit(unitRow({ parent_id: 9999 })),
    ],
    [
      'a units.kind outside the enum',
      'SQLITE_CONSTRAINT_CHECK',
      'validation',
      () => insertUnit({ ...unitRow(), kind: 'cho' }),
    ],
    [
      'a missing units.created_by',
      'SQLITE_CONSTRAINT_NOTNULL',
      'validation',
      () => insertUnit({ ...unitRow(), created_by: null }),
    ],
  ] as const)('maps %s (%s) to %s', (_label, code, kind, run) => {
    const error = sqliteFailure(run);
    expect(error.code).toBe(code);
    expectDomainError(error, kind);
  });

  it('maps a foreign key failure raised through Kysely the same way', async () => {
    const row = unitRow({ parent_id: 4242 });
    const error = await t.store.db
      .insertInto('units')
      .values(row)
      .execute()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect((error as { code?: string }).code).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expectDomainError(error, 'conflict');
  });

  it('passes anything that is not a SqliteError through unchanged', () => {
    const plain = new Error('boom');
    const domain = new DomainError('not-found', 'Không tìm thấy.');
    expect(mapSqliteError(plain)).toBe(plain);
    expect(mapSqliteError(domain)).toBe(domain);
    expect(mapSqliteError('text')).toBe('text');
  });
});

describe('mapSqliteError on a busy database', () => {
  it("maps SQLITE_BUSY from a writer blocked by another connection's write lock to 'locked'", () => {
    const other = new BetterSqlite3(path.join(t.dir, DATABASE_FILE));
    try {
      other.pragma('busy_timeout = 0');
      t.store.sqlite.exec('BEGIN IMMEDIATE');
      const error = sqliteFailure(() =>
        other
          .prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id, summary) VALUES (?, ?, ?, ?, ?, ?)')
          .run('2025-11-05T08:30:00.000Z', 'khac', 'create', 'unit', null, 'Ghi thử'),
      );
      expect(error.code).toMatch(/^SQLITE_BUSY/);
      expectDomainError(error, 'locked');
    } finally {
      if (t.store.sqlite.inTransaction) t.store.sqlite.exec('ROLLBACK');
      other.close();
    }
    expect(t.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });
});
