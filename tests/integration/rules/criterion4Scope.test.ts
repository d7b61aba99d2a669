// The commune's criterion 4 (every managed unit registered, at least 70% recognised) measured against real SQLite on
// the units Thông tư 124 recognises: a kindergarten it leaves out (Điều 1 khoản 2) changes none of the counts, unless
// the office registered it all the same, with a reason; then it counts like any other unit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnitFields } from '../../../electron/core/features/units/mapper.ts';
import { roundOverview } from '../../../electron/core/features/round/overview.ts';
import { bulkRegister, saveRegistration } from '../../../electron/core/features/round/service.ts';
import { createUnit } from '../../../electron/core/features/units/service.ts';
import { testStore } from '../../support/services.ts';

let t: ReturnType<typeof testStore>;
afterEach(async () => t.close());

const blank: Omit<UnitFields, 'kind' | 'name'> = {
  subtype: null,
  parentId: null,
  address: null,
  headName: null,
  headPhone: null,
  households: null,
  population: null,
  notes: null,
  activeFrom: null,
  activeUntil: null,
  mergedIntoId: null,
};

const TODAY = '2025-11-01';
let areas: number[];

beforeEach(async () => {
  t = testStore();
  await createUnit(t.ctx, { ...blank, kind: 'xa_phuong', name: 'Xã Đông Sơn' });
  areas = [];
  for (const name of ['Thôn Đông', 'Thôn Tây', 'Thôn Nam']) {
    areas.push((await createUnit(t.ctx, { ...blank, kind: 'khu_dan_cu', name, households: 120 })).id);
  }
  await bulkRegister(t.ctx, 2025, areas, '2025-02-01', true);
});

async function addKindergarten(): Promise<number> {
  const school = await createUnit(t.ctx, {
    ...blank,
    kind: 'co_so_giao_duc',
    name: 'Trường Mầm non Hoa Sen',
    hasPartyOrganisation: false,
    excludedKind: 'mam_non',
    excludedReason: null,
  });
  return school.id;
}

describe("the commune's criterion 4 and the units the law leaves out", () => {
  it('counts the same with or without an unregistered kindergarten of an excluded kind', async () => {
    const before = await roundOverview(t.store.db, 2025, TODAY);
    await addKindergarten();
    const after = await roundOverview(t.store.db, 2025, TODAY);

    expect(before.communeCriterion4).toMatchObject({ total: 3, registered: 3, required: 3, allRegistered: true });
    expect(after.communeCriterion4).toEqual(before.communeCriterion4);
    // It stays in the round's lists, but owes nothing by any deadline.
    expect(after.byKind.co_so_giao_duc.total).toBe(1);
    expect(after.deadlines.filter((d) => d.kind === 'co_so_giao_duc')).toEqual([]);
  });

  it('counts a kindergarten the office registered all the same, with a reason, like any other unit', async () => {
    const school = await addKindergarten();
    await saveRegistration(t.ctx, 2025, school, {
      registeredOn: '2025-02-10',
      resolutionNumber: null,
      resolutionDate: null,
      householdsRegistered: null,
      householdsTotal: null,
      note: null,
      excludedReason: 'Đăng ký theo chỉ đạo của Công an tỉnh',
    });
    const c = (await roundOverview(t.store.db, 2025, TODAY)).communeCriterion4;
    expect(c).toMatchObject({ total: 4, registered: 4, recognized: 0, required: 3, allRegistered: true });
  });

  it('leaves out an excluded kindergarten in a year not opened yet', async () => {
    await addKindergarten();
    const c = (await roundOverview(t.store.db, 2026, '2026-01-10')).communeCriterion4;
    expect(c).toMatchObject({ total: 3, registered: 0, allRegistered: false });
  });
});
