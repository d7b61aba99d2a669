import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { queryUnits, queryUnitsPage, type UnitPageQuery } from '../../electron/core/features/units/service.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeAll(async () => {
  t = testStore();
  await seedDemo(t.ctx, 2025);
});
afterAll(async () => t.close());

async function allBlocks(q: Omit<UnitPageQuery, 'offset' | 'limit'>, limit = 7) {
  const ids: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await queryUnitsPage(t.store.db, { ...q, offset, limit, withCounts: offset === 0 });
    ids.push(...page.rows.map((u) => u.id));
    if (page.rows.length < limit) return ids;
  }
}

describe('units page for the grid', () => {
  it.each([
    ['all units', {}],
    ['one kind', { kind: 'khu_dan_cu' as const }],
    ['active on a date', { activeOn: '2025-08-01' }],
    ['a search without diacritics', { search: 'dong' }],
    ['a search within a kind', { search: 'son', kind: 'co_quan' as const }],
  ])('walks %s block by block in exactly the order of the full list', async (_label, filter) => {
    const full = (await queryUnits(t.store.db, filter)).map((u) => u.id);
    expect(full.length).toBeGreaterThan(0);
    expect(await allBlocks({ ...filter, sort: 'name', descending: false })).toEqual(full);
    expect(await allBlocks({ ...filter, sort: 'name', descending: true })).toEqual([...full].reverse());
    const first = await queryUnitsPage(t.store.db, { ...filter, sort: 'name', descending: false, offset: 0, limit: 5 });
    expect(first.total).toBe(full.length);
  });

  it('counts per kind for the same filters, ignoring the chosen kind', async () => {
    const page = await queryUnitsPage(t.store.db, {
      kind: 'co_quan',
      sort: 'name',
      descending: false,
      offset: 0,
      limit: 3,
    });
    const all = await queryUnits(t.store.db);
    expect(page.countsByKind).toEqual({
      khu_dan_cu: all.filter((u) => u.kind === 'khu_dan_cu').length,
      xa_phuong: 1,
      co_quan: 4,
      doanh_nghiep: 4,
      co_so_giao_duc: 4,
    });
    expect(page.total).toBe(4);
    expect(page.rows.every((u) => u.kind === 'co_quan')).toBe(true);
  });

  it('sorts by kind, then by name', async () => {
    const ids = await allBlocks({ sort: 'kind', descending: false });
    const units = await queryUnits(t.store.db);
    const byId = new Map(units.map((u) => [u.id, u]));
    const kinds = ids.map((id) => byId.get(id)!.kind);
    expect(kinds).toEqual([...kinds].sort());
    expect(ids).toHaveLength(units.length);
  });
});
