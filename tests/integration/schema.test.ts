import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { queryUnits, type UnitQuery } from '../../electron/core/features/units/service.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(async () => t.close());

interface SchemaRow {
  type: string;
  name: string;
  sql: string | null;
}

function schemaText(): string {
  const rows = t.store.sqlite
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as SchemaRow[];
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql ?? ''};\n`).join('\n');
}

/** The plan SQLite would use, one detail line per step. */
function queryPlan(sql: string, ...params: unknown[]): string[] {
  const rows = t.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** The SQL queryUnits really sends, caught on its way into better-sqlite3. */
async function appQuery(q: UnitQuery): Promise<string> {
  const prepare = vi.spyOn(t.store.sqlite, 'prepare');
  try {
    await queryUnits(t.store.db, q);
    const sql = prepare.mock.calls.map(([text]) => text).find((text) => /^select .* from "units"/is.test(text));
    if (!sql) throw new Error('queryUnits sent no select');
    return sql;
  } finally {
    prepare.mockRestore();
  }
}

describe('database schema', () => {
  it('matches the reviewed snapshot', async () => {
    await expect(schemaText()).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });

  it('has consistent keys and pages after the demo data is seeded', async () => {
    await seedDemo(t.ctx, 2025);
    expect(t.store.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(t.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('query plans for the units list', () => {
  beforeEach(async () => {
    await seedDemo(t.ctx, 2025);
  });

  it('lists one kind in order through units_kind_sort', () => {
    const plan = queryPlan('SELECT * FROM units WHERE kind = ? ORDER BY sort_key', 'khu_dan_cu');
    expect(plan).toEqual(['SEARCH units USING INDEX units_kind_sort (kind=?)']);
  });

  it('orders all units through units_sort', () => {
    const plan = queryPlan('SELECT * FROM units ORDER BY sort_key');
    expect(plan).toEqual(['SCAN units USING INDEX units_sort']);
  });

  it("runs the app's list of one kind through units_kind_sort, joins by primary key, and never sorts", async () => {
    const plan = queryPlan(await appQuery({ kind: 'khu_dan_cu' }), 'khu_dan_cu');
    expect(plan[0]).toMatch(/^SEARCH u USING INDEX units_kind_sort \(kind=\?\)$/);
    for (const step of plan.slice(1)) expect(step).toMatch(/USING INTEGER PRIMARY KEY/);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it("runs the app's list of all units through units_sort and never sorts", async () => {
    const plan = queryPlan(await appQuery({}));
    expect(plan[0]).toMatch(/^SCAN u USING INDEX units_sort$/);
    for (const step of plan.slice(1)) expect(step).toMatch(/USING INTEGER PRIMARY KEY/);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});
