// A hand-typed unit name is checked by the Excel import's duplicate rule: same kind, same folded key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { sameNameUnits } from '../../electron/core/features/units/service.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeAll(async () => {
  t = testStore();
  await seedDemoUnits(t.ctx);
});
afterAll(async () => t.close());

describe('same unit name', () => {
  it('finds a unit of the same kind whatever the case, diacritics and spaces', async () => {
    for (const typed of ['thon dong 1', 'THÔN  ĐÔNG-1', 'Thôn Đông 1'.normalize('NFD')]) {
      expect((await sameNameUnits(t.store.db, 'khu_dan_cu', typed)).map((u) => u.name)).toEqual(['Thôn Đông 1']);
    }
  });

  it('ignores other kinds, other names and the unit being edited', async () => {
    expect(await sameNameUnits(t.store.db, 'co_quan', 'Thôn Đông 1')).toEqual([]);
    expect(await sameNameUnits(t.store.db, 'khu_dan_cu', 'Thôn Đông 12')).toEqual([]);
    const [own] = await sameNameUnits(t.store.db, 'khu_dan_cu', 'Thôn Đông 1');
    expect(await sameNameUnits(t.store.db, 'khu_dan_cu', 'Thôn Đông 1', own!.id)).toEqual([]);
  });
});
