// Dates checked against what they mean: a mistyped year is refused under its field, never stored or numbered.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dossierDetail } from '../../electron/core/features/appraisal/service.ts';
import { createDecision, signDecision, submitDecision } from '../../electron/core/features/decisions/service.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { bulkRegister, receiveDossier, saveRegistration } from '../../electron/core/features/round/service.ts';
import { createUnit, queryUnits } from '../../electron/core/features/units/service.ts';
import { defaultSignerId, proposedUnits } from '../support/decisionFixtures.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeEach(async () => {
  t = testStore();
  await seedDemo(t.ctx, 2025);
});
afterEach(async () => t.close());

const unitId = async (name: string) => (await queryUnits(t.store.db)).find((u) => u.name === name)!.id;
const registration = (registeredOn: string, resolutionDate: string | null = null) => ({
  registeredOn,
  resolutionNumber: null,
  resolutionDate,
  householdsRegistered: null,
  householdsTotal: null,
  note: null,
});
const blank = {
  kind: 'khu_dan_cu' as const,
  subtype: null,
  parentId: null,
  address: null,
  headName: null,
  headPhone: null,
  households: 10,
  population: 40,
  notes: null,
  activeFrom: null,
  activeUntil: null,
  mergedIntoId: null,
};
const REGISTERED_RULE = 'Ngày đăng ký phải trong năm 2025 và không sau hôm nay (05/11/2025).';

describe('round dates', () => {
  it('a registration dated 1999 or 2099 is refused under its field', async () => {
    const id = await unitId('Thôn Tân Lập');
    for (const date of ['1999-03-01', '2099-03-01', '2025-11-06']) {
      await expect(saveRegistration(t.ctx, 2025, id, registration(date))).rejects.toMatchObject({
        kind: 'validation',
        message: REGISTERED_RULE,
        fields: [{ path: 'registeredOn', message: REGISTERED_RULE }],
      });
    }
    await expect(saveRegistration(t.ctx, 2025, id, registration('2025-02-10', '2024-12-30'))).rejects.toMatchObject({
      fields: [
        { path: 'resolutionDate', message: 'Ngày nghị quyết phải trong năm 2025 và không sau hôm nay (05/11/2025).' },
      ],
    });
    await expect(bulkRegister(t.ctx, 2025, [id], '1999-02-10', true)).rejects.toMatchObject({
      fields: [{ path: 'registeredOn', message: REGISTERED_RULE }],
    });
    expect(await saveRegistration(t.ctx, 2025, id, registration('2025-11-05'))).toMatchObject({
      registeredOn: '2025-11-05',
    });
  });

  it('a past year takes any date of that year; a receipt in the future is refused', async () => {
    const id = await unitId('Thôn Tân Lập');
    t.setNow(new Date('2026-06-01T09:00:00'));
    expect(await saveRegistration(t.ctx, 2025, id, registration('2025-12-31'))).toMatchObject({
      registeredOn: '2025-12-31',
    });
    await expect(receiveDossier(t.ctx, 2025, id, '2026-01-02')).rejects.toMatchObject({
      fields: [{ path: 'receivedOn', message: 'Ngày nhận hồ sơ phải trong năm 2025.' }],
    });
    t.setNow(new Date('2025-11-05T09:00:00'));
    await expect(receiveDossier(t.ctx, 2025, id, '2099-11-01')).rejects.toMatchObject({
      fields: [
        { path: 'receivedOn', message: 'Ngày nhận hồ sơ phải trong năm 2025 và không sau hôm nay (05/11/2025).' },
      ],
    });
  });

  it('a registration stored as 1999 never pre-fills criterion 1 as met', async () => {
    const { id } = await createUnit(t.ctx, { ...blank, name: 'Thôn Thử' });
    await saveRegistration(t.ctx, 2025, id, registration('2025-02-10', '2025-02-01'));
    const dossierId = await receiveDossier(t.ctx, 2025, id, '2025-10-25');
    // Data written before the rule (or by hand) may still hold such a date.
    t.store.sqlite.prepare("UPDATE registrations SET registered_on = '1999-02-10' WHERE unit_id = ?").run(id);
    const c1 = (await dossierDetail(t.store.db, dossierId, '2025-11-05')).items.find((i) => i.criterion.code === '1')!;
    expect(c1).toMatchObject({ verdict: 'khong_dat', saved: false });
    expect(c1.suggestion).toContain('10/02/1999, ngoài quý I');
  });
});

describe('unit active dates', () => {
  it('lie between 01/01/1945 and one year from today, the end after the start', async () => {
    await expect(createUnit(t.ctx, { ...blank, name: 'Thôn Cũ', activeFrom: '1900-01-01' })).rejects.toMatchObject({
      fields: [{ path: 'activeFrom', message: 'Ngày bắt đầu phải từ 01/01/1945 đến 05/11/2026.' }],
    });
    await expect(createUnit(t.ctx, { ...blank, name: 'Thôn Xa', activeUntil: '2099-01-01' })).rejects.toMatchObject({
      fields: [{ path: 'activeUntil', message: 'Ngày kết thúc phải từ 01/01/1945 đến 05/11/2026.' }],
    });
    await expect(
      createUnit(t.ctx, { ...blank, name: 'Thôn Ngược', activeFrom: '2020-01-01', activeUntil: '2019-01-01' }),
    ).rejects.toMatchObject({ fields: [{ path: 'activeUntil', message: 'Ngày kết thúc phải sau ngày bắt đầu.' }] });
    const ok = await createUnit(t.ctx, {
      ...blank,
      name: 'Thôn Mới',
      activeFrom: '1946-01-01',
      activeUntil: '2026-06-30',
    });
    expect(ok).toMatchObject({ activeFrom: '1946-01-01', activeUntil: '2026-06-30' });
  });
});

describe('signing date', () => {
  it('typed as 20/11/2099 is refused and no 2099 register is opened', async () => {
    const draft = await createDecision(t.ctx, 2025, await proposedUnits(t.store));
    await submitDecision(t.ctx, draft.id);
    await expect(
      signDecision(t.ctx, draft.id, { signedOn: '2099-11-20', signerId: defaultSignerId(t.store) }),
    ).rejects.toMatchObject({
      kind: 'validation',
      fields: [{ path: 'signedOn', message: 'Ngày ký không được sau hôm nay (05/11/2025).' }],
    });
    expect(t.store.sqlite.prepare('SELECT year FROM document_register WHERE year = 2099').all()).toEqual([]);
    expect(t.store.sqlite.prepare('SELECT status, number FROM decisions WHERE id = ?').get(draft.id)).toEqual({
      status: 'submitted',
      number: null,
    });
  });

  it('before the draft was made is refused; the day of the draft is accepted', async () => {
    const draft = await createDecision(t.ctx, 2025, await proposedUnits(t.store));
    await submitDecision(t.ctx, draft.id);
    await expect(
      signDecision(t.ctx, draft.id, { signedOn: '2025-11-04', signerId: defaultSignerId(t.store) }),
    ).rejects.toMatchObject({
      fields: [{ path: 'signedOn', message: 'Ngày ký không được trước ngày lập dự thảo (05/11/2025).' }],
    });
    const signed = await signDecision(t.ctx, draft.id, { signedOn: '2025-11-05', signerId: defaultSignerId(t.store) });
    expect(signed).toMatchObject({ status: 'signed', signedOn: '2025-11-05' });
  });
});
