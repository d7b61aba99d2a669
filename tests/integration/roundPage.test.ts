import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { roundOverview } from '../../electron/core/features/round/overview.ts';
import { roundMatches, roundPage, roundRows, type RoundFilter } from '../../electron/core/features/round/service.ts';
import { queryUnits } from '../../electron/core/features/units/service.ts';
import { testStore } from '../support/services.ts';

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
});
