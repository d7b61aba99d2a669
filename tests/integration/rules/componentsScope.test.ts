// Dossier components per kind of unit; the quarter-I resolution only where the unit has a Party organisation;
// an excluded kind of unit kept only with a reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dossierDetail } from '../../../electron/core/features/appraisal/service.ts';
import { listComponents, saveComponents } from '../../../electron/core/features/dossierComponents/service.ts';
import { seedDemo } from '../../../electron/core/features/demo/service.ts';
import { roundRows } from '../../../electron/core/features/round/service.ts';
import { getUnit, updateUnit } from '../../../electron/core/features/units/service.ts';
import { unitFieldsSchema } from '#shared/api/schemas.ts';
import { testStore } from '../../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeEach(async () => {
  t = testStore();
  await seedDemo(t.ctx, 2025);
});
afterEach(async () => t.close());

const row = async (unitId: number) => (await roundRows(t.store.db, 2025)).find((r) => r.unitId === unitId)!;

describe('dossier components', () => {
  it('ship required per kind, the resolution only for Party organisations and not for schools', async () => {
    const resolution = (await listComponents(t.store.db)).find((c) => c.code === 'nghi_quyet')!;
    expect(resolution).toMatchObject({ partyOrganisationOnly: true });
    expect(resolution.requiredKinds).toEqual(['khu_dan_cu', 'xa_phuong', 'co_quan', 'doanh_nghiep']);
  });

  it('a unit without a Party organisation completes its dossier without the resolution', async () => {
    const rows = await roundRows(t.store.db, 2025);
    const target = rows.find(
      (r) => r.kind === 'khu_dan_cu' && r.dossierId !== null && r.componentsPresent === r.componentsRequired,
    )!;
    const before = await dossierDetail(t.store.db, target.dossierId!, '2025-11-20');
    expect(before.components.find((c) => c.code === 'nghi_quyet')!.required).toBe(true);
    const unit = await getUnit(t.store.db, target.unitId);
    const fields = unitFieldsSchema.parse({ ...unit, hasPartyOrganisation: false });
    await updateUnit(t.ctx, unit.id, unit.version, fields);
    const after = await dossierDetail(t.store.db, target.dossierId!, '2025-11-20');
    expect(after.components.find((c) => c.code === 'nghi_quyet')!.required).toBe(false);
    expect((await row(target.unitId)).componentsRequired).toBe(target.componentsRequired - 1);
    // Without its resolution file the dossier is still complete.
    t.store.sqlite
      .prepare("DELETE FROM dossier_files WHERE dossier_id = ? AND component_code = 'nghi_quyet'")
      .run(target.dossierId);
    expect((await dossierDetail(t.store.db, target.dossierId!, '2025-11-20')).complete).toBe(true);
    const now = await row(target.unitId);
    expect(now.componentsPresent).toBe(now.componentsRequired);
  });

  it('the office sets which kinds need a component', async () => {
    const list = await listComponents(t.store.db);
    await saveComponents(
      t.ctx,
      list.map((c) => (c.code === 'bien_ban' ? { ...c, requiredKinds: ['khu_dan_cu' as const] } : c)),
    );
    const school = (await roundRows(t.store.db, 2025)).find((r) => r.kind === 'co_so_giao_duc' && r.dossierId)!;
    const detail = await dossierDetail(t.store.db, school.dossierId!, '2025-11-20');
    expect(detail.components.find((c) => c.code === 'bien_ban')!.required).toBe(false);
    expect(detail.components.find((c) => c.code === 'nghi_quyet')!.required).toBe(false);
    expect(school.componentsRequired).toBe(detail.components.filter((c) => c.required).length);
  });
});

describe('units outside the standard', () => {
  it('need a reason to be kept', () => {
    const base = { kind: 'co_so_giao_duc', name: 'Trường Mầm non Đông Sơn', excludedKind: 'mam_non' };
    const refused = unitFieldsSchema.safeParse(base);
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]!.message).toBe(
      'Loại đơn vị này không thuộc phạm vi Thông tư 124 (Điều 1 khoản 2): cần ghi lý do vẫn đưa vào.',
    );
    expect(unitFieldsSchema.safeParse({ ...base, excludedReason: 'Theo hướng dẫn của tỉnh năm 2025' }).success).toBe(
      true,
    );
  });
});
