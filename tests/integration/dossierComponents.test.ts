import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { listComponents, saveComponents } from '../../electron/core/features/dossiers/components.ts';
import { dossierDetail } from '../../electron/core/features/appraisal/service.ts';
import { roundRows } from '../../electron/core/features/round/service.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeEach(async () => {
  t = testStore();
  await seedDemo(t.ctx, 2025);
});
afterEach(async () => t.close());

describe('dossier components as a setting', () => {
  it('ships the common components and lets the office decide which are required', async () => {
    const shipped = await listComponents(t.store.db);
    expect(shipped.map((c) => c.code)).toEqual([
      'dang_ky',
      'nghi_quyet',
      'ke_hoach',
      'bao_cao',
      'bien_ban',
      'to_trinh',
      'tu_danh_gia',
    ]);
    // A demo dossier that lacks parts: make every missing part optional and it becomes complete.
    const incomplete = (await roundRows(t.store.db, 2025)).find(
      (r) => r.dossierId && r.componentsPresent < r.componentsRequired,
    )!;
    const before = await dossierDetail(t.store.db, incomplete.dossierId!, '2025-11-20');
    expect(before.complete).toBe(false);
    const missing = new Set(before.components.filter((c) => c.required && c.files.length === 0).map((c) => c.code));
    const saved = await saveComponents(t.ctx, [
      ...shipped.map((c) => ({ ...c, required: c.required && !missing.has(c.code) })),
      { code: null, label: 'Phiếu lấy ý kiến khu dân cư', required: false, active: true },
    ]);
    expect(saved.at(-1)).toMatchObject({ code: 'tp_phieulayykienkhudancu', label: 'Phiếu lấy ý kiến khu dân cư' });
    const after = await dossierDetail(t.store.db, incomplete.dossierId!, '2025-11-20');
    expect(after.complete).toBe(true);
    const row = (await roundRows(t.store.db, 2025)).find((r) => r.unitId === incomplete.unitId)!;
    expect(row.componentsPresent).toBe(row.componentsRequired);
  });

  it('deactivates rather than deletes a component left out, keeping filed documents', async () => {
    const shipped = await listComponents(t.store.db);
    const filed = t.store.sqlite
      .prepare("SELECT count(*) AS n FROM dossier_files WHERE component_code = 'bien_ban'")
      .get() as { n: number };
    expect(filed.n).toBeGreaterThan(0);
    const saved = await saveComponents(
      t.ctx,
      shipped.filter((c) => c.code !== 'bien_ban'),
    );
    expect(saved.find((c) => c.code === 'bien_ban')).toMatchObject({ active: false });
    const still = t.store.sqlite
      .prepare("SELECT count(*) AS n FROM dossier_files WHERE component_code = 'bien_ban'")
      .get();
    expect(still).toEqual(filed);
  });
});
