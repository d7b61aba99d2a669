// Numbers as offices get them: the văn thư's number typed at signing, a number used that year refused, a signing
// corrected or cancelled before issue with its number left void in the register (never given again), each audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapSqliteError } from '../../electron/core/db/sqliteErrors.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { issueDecision } from '../../electron/core/features/decisions/issue.ts';
import {
  cancelSigning,
  correctSigning,
  createDecision,
  documentRegister,
  nextFreeNumber,
  signDecision,
  submitDecision,
} from '../../electron/core/features/decisions/service.ts';
import { roundRows } from '../../electron/core/features/round/service.ts';
import { defaultSignerId, proposedUnits } from '../support/decisionFixtures.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeEach(async () => {
  t = testStore();
  await seedDemo(t.ctx, 2025);
  t.setNow(new Date('2025-11-20T09:00:00'));
});
afterEach(async () => t.close());

const signerId = () => defaultSignerId(t.store);
const audit = () =>
  t.store.sqlite.prepare("SELECT action, summary FROM audit_log WHERE entity = 'decision' ORDER BY id").all() as {
    action: string;
    summary: string;
  }[];

async function submittedDraft(unitIds?: number[]) {
  const draft = await createDecision(t.ctx, 2025, unitIds ?? (await proposedUnits(t.store)));
  await submitDecision(t.ctx, draft.id);
  return draft;
}

describe('the number given by the văn thư', () => {
  it('suggests the next free number and takes the typed one; a number used that year is refused in Vietnamese', async () => {
    const draft = await submittedDraft();
    expect(await nextFreeNumber(t.store.db, 2025, 'QĐ-UBND')).toBe(2);
    // The demo's decision holds 01/QĐ-UBND of 2025.
    await expect(
      signDecision(t.ctx, draft.id, { signedOn: '2025-11-20', signerId: signerId(), number: 1 }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('Số 01/QĐ-UBND năm 2025 đã dùng cho quyết định khác'),
      fields: [{ path: 'number' }],
    });
    const signed = await signDecision(t.ctx, draft.id, { signedOn: '2025-11-20', signerId: signerId(), number: 17 });
    expect(signed).toMatchObject({ status: 'signed', number: 17 });
    expect(await nextFreeNumber(t.store.db, 2025, 'QĐ-UBND')).toBe(18);
    expect(audit().at(-1)).toMatchObject({ action: 'sign', summary: 'Ký quyết định số 17/QĐ-UBND ngày 2025-11-20' });
  });

  it('corrects a signing before issue: a changed number is void in the register and refused afterwards', async () => {
    const units = await proposedUnits(t.store);
    const draft = await submittedDraft(units.slice(1));
    t.setNow(new Date('2025-11-21T09:00:00'));
    await signDecision(t.ctx, draft.id, { signedOn: '2025-11-21', signerId: signerId(), number: 5 });
    const corrected = await correctSigning(
      t.ctx,
      draft.id,
      { signedOn: '2025-11-20', signerId: signerId(), number: 6 },
      'Văn thư cấp số 06, ghi nhầm số 05',
    );
    expect(corrected).toMatchObject({ status: 'signed', number: 6, signedOn: '2025-11-20' });
    const register = await documentRegister(t.store.db, 2025);
    expect(register.map((e) => [e.label, e.voided?.reason ?? null])).toEqual([
      ['01/QĐ-UBND', null],
      ['05/QĐ-UBND', 'Văn thư cấp số 06, ghi nhầm số 05'],
      ['06/QĐ-UBND', null],
    ]);
    const other = await submittedDraft(units.slice(0, 1));
    await expect(
      signDecision(t.ctx, other.id, { signedOn: '2025-11-21', signerId: signerId(), number: 5 }),
    ).rejects.toMatchObject({ kind: 'conflict', message: expect.stringContaining('đã bị hủy') });
    expect(audit().some((a) => a.action === 'correct-signing' && a.summary.includes('số 05/QĐ-UBND bị hủy'))).toBe(
      true,
    );
    // A future date is refused on correction as at signing.
    await expect(
      correctSigning(t.ctx, draft.id, { signedOn: '2099-11-20', signerId: signerId(), number: 6 }, 'Sửa ngày'),
    ).rejects.toMatchObject({ kind: 'validation', fields: [{ path: 'signedOn' }] });
  });

  it('cancels a signing before issue: back to submitted, units back, the number void; never after issue', async () => {
    const units = await proposedUnits(t.store);
    const draft = await submittedDraft(units);
    await signDecision(t.ctx, draft.id, { signedOn: '2025-11-20', signerId: signerId(), number: 2 });
    const cancelled = await cancelSigning(t.ctx, draft.id, 'Chủ tịch chưa ký, văn thư lấy nhầm số');
    expect(cancelled).toMatchObject({ status: 'submitted', number: null, signedOn: null, signerName: null });
    const statuses = (await roundRows(t.store.db, 2025)).filter((r) => units.includes(r.unitId)).map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set(['de_nghi']));
    expect((await documentRegister(t.store.db, 2025)).find((e) => e.number === 2)).toMatchObject({
      decisionId: draft.id,
      voided: { reason: 'Chủ tịch chưa ký, văn thư lấy nhầm số', by: 'tester' },
    });
    expect(await nextFreeNumber(t.store.db, 2025, 'QĐ-UBND')).toBe(3);
    expect(audit().at(-1)).toMatchObject({ action: 'cancel-signing' });

    const again = await signDecision(t.ctx, draft.id, { signedOn: '2025-11-20', signerId: signerId(), number: 3 });
    await issueDecision(t.ctx, again.id);
    await expect(cancelSigning(t.ctx, draft.id, 'Muộn')).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('thu hồi'),
    });
    await expect(
      correctSigning(t.ctx, draft.id, { signedOn: '2025-11-20', signerId: signerId(), number: 4 }, 'Muộn'),
    ).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('the database itself lets a number leave a signed decision only once it is void', async () => {
    const draft = await submittedDraft();
    await signDecision(t.ctx, draft.id, { signedOn: '2025-11-20', signerId: signerId(), number: 2 });
    let error: unknown;
    try {
      t.store.sqlite.prepare('UPDATE decisions SET number = 9 WHERE id = ?').run(draft.id);
    } catch (e) {
      error = e;
    }
    expect(mapSqliteError(error)).toMatchObject({ kind: 'conflict' });
  });
});
