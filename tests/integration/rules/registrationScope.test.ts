// What a registration records and checks, against real SQLite and through the API: the commune's criterion 1 from
// its Party committee resolution, its UBND plan and its registration in quarter I (the model part left to the
// reviewer); a unit of a kind Thông tư 124 leaves out registered only with a reason, one by one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppraisalItem } from '#shared/api/roundTypes.ts';
import { dossierDetail } from '../../../electron/core/features/appraisal/service.ts';
import { seedDemoUnits } from '../../../electron/core/features/demo/service.ts';
import {
  bulkRegister,
  receiveDossier,
  roundRows,
  saveRegistration,
  type RegistrationInput,
} from '../../../electron/core/features/round/service.ts';
import { createUnit, queryUnits } from '../../../electron/core/features/units/service.ts';
import { inProcessApi, type InProcessApi } from '../../support/inProcessApi.ts';
import { testStore } from '../../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeEach(async () => {
  t = testStore();
  await seedDemoUnits(t.ctx);
});
afterEach(async () => t.close());

const TODAY = '2025-11-20';
const unitId = async (name: string) => (await queryUnits(t.store.db)).find((u) => u.name === name)!.id;

const base: RegistrationInput = {
  registeredOn: '2025-02-10',
  resolutionNumber: '05-NQ/ĐU',
  resolutionDate: '2025-01-20',
  householdsRegistered: null,
  householdsTotal: null,
  note: null,
};

async function communeCriterion1(over: Partial<RegistrationInput>): Promise<AppraisalItem> {
  const id = await unitId('Xã Đông Sơn');
  await saveRegistration(t.ctx, 2025, id, { ...base, ...over });
  const dossierId = await receiveDossier(t.ctx, 2025, id, '2025-10-25');
  return (await dossierDetail(t.store.db, dossierId, TODAY)).items.find((i) => i.criterion.code === '1')!;
}

const MODEL_BY_HAND =
  'Mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc: sổ mô hình của ứng dụng chưa ghi mô hình nào, cần kiểm tra trong hồ sơ có ít nhất 01 mô hình hoạt động hiệu quả.';

describe("the commune's criterion 1", () => {
  it('checks the Party committee resolution, the UBND plan and the registration in quarter I; the model by hand', async () => {
    const c1 = await communeCriterion1({ planNumber: '18/KH-UBND', planDate: '2025-01-28' });
    expect(c1.criterion.autoRule).toBe('registration');
    expect(c1.reasons).toEqual([
      'Đăng ký ngày 10/02/2025, trong quý I (đến 31/03/2025).',
      'Nghị quyết của Đảng ủy số 05-NQ/ĐU ngày 20/01/2025, trong quý I.',
      'Kế hoạch của Ủy ban nhân dân số 18/KH-UBND ngày 28/01/2025, trong quý I.',
      MODEL_BY_HAND,
    ]);
    // Everything the app records is met; the effective model is still the reviewer's to check.
    expect(c1.suggestedVerdict).toBeNull();
    const stored = (await roundRows(t.store.db, 2025)).find((r) => r.unitName === 'Xã Đông Sơn')!.registration;
    expect(stored).toMatchObject({ planNumber: '18/KH-UBND', planDate: '2025-01-28' });
  });

  it('fails on a plan dated after quarter I, and asks when the plan is not recorded', async () => {
    const late = await communeCriterion1({ planNumber: '40/KH-UBND', planDate: '2025-04-15' });
    expect(late.suggestedVerdict).toBe('khong_dat');
    expect(late.verdict).toBe('khong_dat');
    expect(late.reasons).toContain(
      'Kế hoạch của Ủy ban nhân dân số 40/KH-UBND ngày 15/04/2025, ngoài quý I (đến 31/03/2025).',
    );
  });

  it('asks for the plan when none is recorded', async () => {
    const none = await communeCriterion1({});
    expect(none.suggestedVerdict).toBeNull();
    expect(none.reasons).toContain('Chưa ghi ngày kế hoạch bảo đảm an ninh, trật tự của Ủy ban nhân dân: cần xem xét.');
    expect(none.reasons).toContain(MODEL_BY_HAND);
  });

  it('fails on a resolution outside quarter I whatever the plan says', async () => {
    const c1 = await communeCriterion1({ resolutionDate: '2025-05-02', planDate: '2025-02-01' });
    expect(c1.suggestedVerdict).toBe('khong_dat');
  });
});

const SCHOOL = {
  kind: 'co_so_giao_duc' as const,
  subtype: null,
  name: 'Trường Mầm non Đông Sơn',
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
  hasPartyOrganisation: false,
  excludedKind: 'mam_non' as const,
  excludedReason: 'Theo danh sách của xã năm trước',
};
const excludedSchool = () => createUnit(t.ctx, SCHOOL);

const registrationCount = (id: number) =>
  (t.store.sqlite.prepare('SELECT count(*) AS n FROM registrations WHERE unit_id = ?').get(id) as { n: number }).n;

describe('registering a unit of an excluded kind', () => {
  it('is refused without a reason, with nothing written; kept with its reason', async () => {
    const school = await excludedSchool();
    await expect(saveRegistration(t.ctx, 2025, school.id, base)).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringContaining(
        'không thuộc đối tượng xét công nhận (Thông tư 124/2021/TT-BCA, Điều 1 khoản 2)',
      ),
      fields: [{ path: 'excludedReason', message: expect.stringContaining('Cần ghi lý do') }],
    });
    expect(registrationCount(school.id)).toBe(0);
    const saved = await saveRegistration(t.ctx, 2025, school.id, {
      ...base,
      excludedReason: 'Trường đăng ký theo chỉ đạo của Công an tỉnh',
    });
    expect(saved.excludedReason).toBe('Trường đăng ký theo chỉ đạo của Công an tỉnh');
    const row = (await roundRows(t.store.db, 2025)).find((r) => r.unitId === school.id)!;
    expect(row.excludedKind).toBe('mam_non');
    expect(row.registration?.excludedReason).toBe('Trường đăng ký theo chỉ đạo của Công an tỉnh');
  });

  it('is refused in a bulk registration, which gives no reason: nothing of the batch is written', async () => {
    const school = await excludedSchool();
    const area = await unitId('Thôn Tân Lập');
    await expect(bulkRegister(t.ctx, 2025, [area, school.id], '2025-02-10', true)).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringContaining('Trường Mầm non Đông Sơn'),
    });
    expect(registrationCount(area)).toBe(0);
    expect(registrationCount(school.id)).toBe(0);
  });

  it('a reason given for a unit in scope is not kept', async () => {
    const area = await unitId('Thôn Tân Lập');
    const saved = await saveRegistration(t.ctx, 2025, area, { ...base, excludedReason: 'Không cần' });
    expect(saved.excludedReason).toBeNull();
  });
});

describe('the registration API', () => {
  let api: InProcessApi;
  afterEach(async () => api?.close());

  it('refuses an excluded unit without a reason and names the field; stores the plan and the reason', async () => {
    let schoolId = 0;
    api = await inProcessApi(async (ctx) => {
      await seedDemoUnits(ctx);
      schoolId = (await createUnit(ctx, SCHOOL)).id;
    });
    const refused = await api.call('registrations.save', { year: 2025, unitId: schoolId, registeredOn: '2025-02-10' });
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'validation', fields: [{ path: 'excludedReason' }] },
    });
    const saved = await api.call('registrations.save', {
      year: 2025,
      unitId: schoolId,
      registeredOn: '2025-02-10',
      excludedReason: 'Trường đăng ký theo chỉ đạo của Công an tỉnh',
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { excludedReason: 'Trường đăng ký theo chỉ đạo của Công an tỉnh' },
    });
    const bulk = await api.call('registrations.bulk', {
      year: 2025,
      unitIds: [schoolId],
      registeredOn: '2025-02-10',
      allHouseholds: false,
    });
    expect(bulk).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('refuses a plan date that is not a date', async () => {
    api = await inProcessApi(seedDemoUnits);
    const result = await api.call('registrations.save', {
      year: 2025,
      unitId: 1,
      registeredOn: '2025-02-10',
      planDate: '2025-02-30',
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', fields: [{ path: 'planDate' }] } });
  });
});
