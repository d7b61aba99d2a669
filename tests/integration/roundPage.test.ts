import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openSqlite } from '../../electron/core/db/open.ts';
import { getCampaign } from '../../electron/core/features/campaigns/service.ts';
import { statusIndex } from '../../electron/core/features/round/statusIndex.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { roundOverview } from '../../electron/core/features/round/overview.ts';
import { roundMatches, roundPage, roundRows, type RoundFilter } from '../../electron/core/features/round/service.ts';
import { queryUnits } from '../../electron/core/features/units/service.ts';
import { FIXED_NOW, testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeAll(async () => {
  t = testStore();
  await seedDemo(t.ctx, 2025);
});
afterAll(async () => t.close());

async function blocks(filter: Omit<RoundFilter, 'year'>, limit = 6) {
  const ids: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await roundPage(t.store.db, 2025, { ...filter, offset, limit });
    ids.push(...page.rows.map((r) => r.unitId));
    if (page.rows.length < limit) return ids;
  }
}

describe('round grid blocks', () => {
  it('walks the year block by block in the order of the full grid, with the same rows', async () => {
    const full = await roundRows(t.store.db, 2025);
    expect(await blocks({})).toEqual(full.map((r) => r.unitId));
    const first = await roundPage(t.store.db, 2025, { offset: 0, limit: 5 });
    expect(first.rows).toEqual(full.slice(0, 5));
    expect(first.total).toBe(full.length);
  });

  it.each<[string, Omit<RoundFilter, 'year'>]>([
    ['a kind', { kind: 'khu_dan_cu' as const }],
    ['a status', { status: 'da_nhan' as const }],
    ['not registered', { status: 'chua_dang_ky' as const }],
    ['a search without diacritics', { search: 'dong' }],
    [
      'kind, status and search together',
      { kind: 'khu_dan_cu' as const, status: 'da_cong_nhan' as const, search: 'thon' },
    ],
  ])('filters by %s exactly as the full grid would', async (_label, filter) => {
    const full = await roundRows(t.store.db, 2025);
    // The search covers name, address, head and phone, as in the registry.
    const found = filter.search
      ? new Set((await queryUnits(t.store.db, { search: filter.search })).map((u) => u.id))
      : null;
    const expected = full.filter(
      (r) =>
        (!filter.kind || r.kind === filter.kind) &&
        (!filter.status || r.status === filter.status) &&
        (!found || found.has(r.unitId)),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await blocks(filter)).toEqual(expected.map((r) => r.unitId));
    expect((await roundMatches(t.store.db, 2025, filter)).ids).toEqual(expected.map((r) => r.unitId));
  });

  it('counts per kind and status like the year figures', async () => {
    const page = await roundPage(t.store.db, 2025, { offset: 0, limit: 1 });
    const overview = await roundOverview(t.store.db, 2025, '2025-11-20');
    expect(page.countsByStatus).toEqual(overview.byStatus);
    expect(Object.fromEntries(Object.entries(overview.byKind).map(([k, f]) => [k, f.total]))).toEqual(
      page.countsByKind,
    );
  });

  it('builds the status index once per change of the data: every block reuses it, any write renews it', async () => {
    const year = await getCampaign(t.store.db, 2025);
    const index = () => statusIndex(t.store.db, year.id, year.windows);
    const first = await index();
    await roundPage(t.store.db, 2025, { offset: 0, limit: 5 });
    await roundPage(t.store.db, 2025, { offset: 5, limit: 5, kind: 'khu_dan_cu' });
    await roundOverview(t.store.db, 2025, '2025-11-20');
    expect(await index()).toBe(first);

    // A write through this connection: the next block sees it.
    const unit = (await roundRows(t.store.db, 2025)).find((r) => r.status === 'chua_dang_ky')!;
    t.store.sqlite
      .prepare(
        'INSERT INTO registrations (campaign_id, unit_id, registered_on, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(year.id, unit.unitId, '2025-03-01', FIXED_NOW.toISOString(), 'tester', FIXED_NOW.toISOString(), 'tester');
    const renewed = await index();
    expect(renewed).not.toBe(first);
    expect((await roundMatches(t.store.db, 2025, { status: 'chua_nop' })).ids).toContain(unit.unitId);

    // A commit by another connection (the command line, say) also renews it.
    const other = openSqlite(path.join(t.dir, DATABASE_FILE));
    try {
      other.prepare('DELETE FROM registrations WHERE campaign_id = ? AND unit_id = ?').run(year.id, unit.unitId);
    } finally {
      other.close();
    }
    expect(await index()).not.toBe(renewed);
    expect((await roundMatches(t.store.db, 2025, { status: 'chua_dang_ky' })).ids).toContain(unit.unitId);
    // And the name order: a renamed unit moves in the grid at once.
    const last = (await roundRows(t.store.db, 2025)).at(-1)!;
    t.store.sqlite.prepare("UPDATE units SET name = 'A Đầu tiên', sort_key = '' WHERE id = ?").run(last.unitId);
    expect((await roundPage(t.store.db, 2025, { offset: 0, limit: 1 })).rows[0]!.unitId).toBe(last.unitId);
  });
});
