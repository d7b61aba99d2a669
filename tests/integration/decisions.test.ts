import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapSqliteError } from '../../electron/core/db/sqliteErrors.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { exportIssued, issueDecision, verifyIssuedFile } from '../../electron/core/features/decisions/issue.ts';
import {
  createRevocation,
  createDecision,
  getDecision,
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
});
afterEach(async () => t.close());

const signerId = () => defaultSignerId(t.store);
const proposed = (kind?: string) => proposedUnits(t.store, kind);

describe('recognition decisions', () => {
  it('the demo holds an issued decision numbered 01 with its list and certificates', async () => {
    const issued = t.store.sqlite.prepare("SELECT number, code, status FROM decisions WHERE status = 'issued'").all();
    expect(issued).toEqual([{ number: 1, code: 'QĐ-UBND', status: 'issued' }]);
    const recognized = (await roundRows(t.store.db, 2025)).filter((r) => r.status === 'da_cong_nhan');
    expect(recognized.length).toBeGreaterThan(0);
  });

  it('numbers at signing from the year register, recognises the units, and freezes the decision in the database', async () => {
    const units = await proposed();
    expect(units.length).toBeGreaterThan(0);
    const draft = await createDecision(t.ctx, 2025, units);
    expect(draft).toMatchObject({ status: 'draft', number: null, signedOn: null });
    expect(draft.articles[0]).toMatch(/^Công nhận \d+ .* \(có danh sách kèm theo\)\.$/);
    expect(draft.articles[1]).toContain('Ủy ban nhân dân xã Đông Sơn cấp Giấy công nhận');
    t.setNow(new Date('2025-11-20T09:00:00'));
    await expect(signDecision(t.ctx, draft.id, { signedOn: '2025-11-20', signerId: signerId() })).rejects.toMatchObject(
      { kind: 'conflict' },
    );
    await submitDecision(t.ctx, draft.id);
    t.setNow(new Date('2025-11-20T09:00:00'));
    const signed = await signDecision(t.ctx, draft.id, { signedOn: '2025-11-20', signerId: signerId() });
    expect(signed).toMatchObject({ status: 'signed', number: 2, signedOn: '2025-11-20', signerName: 'Lê Văn Thành' });
    const statuses = (await roundRows(t.store.db, 2025)).filter((r) => units.includes(r.unitId)).map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set(['da_cong_nhan']));

    for (const attempt of [
      () => t.store.sqlite.prepare('UPDATE decisions SET subject = ? WHERE id = ?').run('sửa', draft.id),
      () => t.store.sqlite.prepare('UPDATE decisions SET number = 9 WHERE id = ?').run(draft.id),
      () => t.store.sqlite.prepare('DELETE FROM decisions WHERE id = ?').run(draft.id),
      () => t.store.sqlite.prepare('DELETE FROM decision_units WHERE decision_id = ?').run(draft.id),
      () => t.store.sqlite.prepare("UPDATE decision_lines SET text = 'x' WHERE decision_id = ?").run(draft.id),
    ]) {
      let error: unknown;
      try {
        attempt();
      } catch (e) {
        error = e;
      }
      expect(mapSqliteError(error)).toMatchObject({ kind: 'conflict' });
    }
    expect(await getDecision(t.store.db, draft.id)).toEqual(signed);
  });

  it('restarts numbering at 01 in a new year', async () => {
    const units = await proposed();
    const draft = await createDecision(t.ctx, 2025, units);
    await submitDecision(t.ctx, draft.id);
    t.setNow(new Date('2026-01-03T09:00:00'));
    const signed = await signDecision(t.ctx, draft.id, { signedOn: '2026-01-03', signerId: signerId() });
    expect(signed.number).toBe(1);
  });

  it('issues .docx files whose hashes identify the originals; a changed copy is not one', async () => {
    const draft = await createDecision(t.ctx, 2025, await proposed());
    await submitDecision(t.ctx, draft.id);
    t.setNow(new Date('2025-11-21T09:00:00'));
    await signDecision(t.ctx, draft.id, { signedOn: '2025-11-21', signerId: signerId() });
    const issued = await issueDecision(t.ctx, draft.id);
    expect(issued.status).toBe('issued');
    const out = path.join(t.dir, 'xuat');
    const names = await exportIssued(t.store.db, t.store.dataDir, 2025, out);
    expect(names).toHaveLength(4);
    const decisionFile = names.find((n) => n.startsWith('QD 02-'))!;
    const data = fs.readFileSync(path.join(out, decisionFile));
    expect(await verifyIssuedFile(t.store.db, data)).toMatchObject({
      original: true,
      number: '02/QĐ-UBND',
      fileKind: 'decision',
    });
    const xml = strFromU8(unzipSync(data)['word/document.xml']!);
    expect(xml).toContain('Số: 02/QĐ-UBND');
    expect(xml).toContain('Đông Sơn, ngày 21 tháng 11 năm 2025');
    for (const u of issued.units) expect(xml).toContain(u.name);
    const altered = Buffer.concat([data, Buffer.from(' ')]);
    expect(await verifyIssuedFile(t.store.db, altered)).toMatchObject({ original: false });
  });
});

describe('revocation', () => {
  it('is a new decision; once signed, units return to their earlier status and the old decision is untouched', async () => {
    const [issued] = t.store.sqlite.prepare("SELECT id FROM decisions WHERE status = 'issued'").all() as {
      id: number;
    }[];
    const before = await getDecision(t.store.db, issued!.id);
    const unitIds = before.units.map((u) => u.unitId);
    const revocation = await createRevocation(t.ctx, before.id);
    expect(revocation).toMatchObject({ status: 'draft', revokesId: before.id });
    expect(revocation.subject).toBe('Về việc thu hồi Quyết định số 01/QĐ-UBND ngày 18/11/2025');
    await expect(createRevocation(t.ctx, before.id)).rejects.toMatchObject({ kind: 'conflict' });
    await submitDecision(t.ctx, revocation.id);
    t.setNow(new Date('2025-12-01T09:00:00'));
    const signed = await signDecision(t.ctx, revocation.id, { signedOn: '2025-12-01', signerId: signerId() });
    expect(signed.number).toBe(2);
    const statuses = (await roundRows(t.store.db, 2025)).filter((r) => unitIds.includes(r.unitId)).map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set(['de_nghi']));
    const after = await getDecision(t.store.db, before.id);
    expect({ ...after, revokedById: null }).toEqual({ ...before, revokedById: null });
    expect(after.revokedById).toBe(revocation.id);
  });
});
