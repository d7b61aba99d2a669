// Recognition documents as the law has them: legal bases with their dates, the proposal's number and date, the
// addressee chosen in the settings, and certificates headed by the same issuer as the decision's signature.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officeSettingsInputSchema } from '#shared/api/schemas.ts';
import { DEMO_OFFICE } from '#shared/domain/demoOffice.ts';
import { ISSUED_DIR } from '../../../electron/core/db/open.ts';
import { issueDecision } from '../../../electron/core/features/decisions/issue.ts';
import { citeProposal, proposalModel } from '../../../electron/core/features/decisions/proposal.ts';
import { createDecision, signDecision, submitDecision } from '../../../electron/core/features/decisions/service.ts';
import { getSettings, saveSettings } from '../../../electron/core/features/settings/service.ts';
import { defaultSignerId, demoWithProposals, proposedUnits } from '../../support/decisionFixtures.ts';
import type { TestStore } from '../../support/services.ts';
import { paragraphWithText, readDocx, textOf, findAll } from '../documents/docxXml.ts';

let t: TestStore;
beforeEach(async () => {
  t = await demoWithProposals({ from: ['da_tham_dinh'], kind: 'khu_dan_cu' });
});
afterEach(async () => t.close());

const signerNamed = (name: string) =>
  (t.store.sqlite.prepare('SELECT id FROM signers WHERE full_name = ?').get(name) as { id: number }).id;

async function settingsWith(values: Partial<typeof DEMO_OFFICE>) {
  const current = await getSettings(t.store.db);
  const input = officeSettingsInputSchema.parse({ ...DEMO_OFFICE, signers: current.signers, ...values });
  await t.store.db.transaction().execute((trx) => saveSettings(trx, t.ctx, input));
}

/** Signs and issues a decision over the proposed residential areas; returns its two files, parsed back. */
async function issued(signerId: number) {
  const draft = await createDecision(t.ctx, 2025, await proposedUnits(t.store, 'khu_dan_cu'));
  await citeProposal(t.ctx, draft.id, { number: 18, date: '2025-11-10', signerName: '' });
  await submitDecision(t.ctx, draft.id);
  t.setNow(new Date('2025-11-20T09:00:00'));
  await signDecision(t.ctx, draft.id, { signedOn: '2025-11-20', signerId: signerId });
  const d = await issueDecision(t.ctx, draft.id);
  const file = (kind: string) =>
    readDocx(
      fs.readFileSync(path.join(t.store.dataDir, ISSUED_DIR, '2025', d.files.find((f) => f.kind === kind)!.fileName)),
    );
  return { decision: file('decision'), certificates: file('certificates') };
}

const texts = (doc: ReturnType<typeof readDocx>) => findAll(doc.body, 'w:p').map(textOf);

describe('the issued decision and its certificates', () => {
  it('cite Thông tư 124 with its date, the law by its date, and the proposal by number and date', async () => {
    const { decision } = await issued(defaultSignerId(t.store));
    const lines = texts(decision);
    expect(lines).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;');
    const tt124 = lines.find((l) => l.startsWith('Căn cứ Thông tư số 124/2021/TT-BCA'))!;
    expect(tt124).toContain('Thông tư số 124/2021/TT-BCA ngày 28 tháng 12 năm 2021 của Bộ trưởng Bộ Công an');
    expect(tt124).toContain('được sửa đổi, bổ sung bởi Thông tư số 48/2025/TT-BCA của Bộ trưởng Bộ Công an;');
    expect(lines).toContain('Theo đề nghị của Trưởng Công an xã Đông Sơn tại Tờ trình số 18/TTr-CAX ngày 10/11/2025.');
  });

  it('head each certificate with the issuer that signs the decision: the collective People’s Committee', async () => {
    const { decision, certificates } = await issued(defaultSignerId(t.store));
    paragraphWithText(decision.body, 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
    for (const doc of [decision, certificates]) {
      paragraphWithText(doc.body, 'TM. ỦY BAN NHÂN DÂN');
      paragraphWithText(doc.body, 'CHỦ TỊCH');
    }
    const headings = texts(certificates).filter((l) => /ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN/u.test(l));
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.every((h) => h === 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN')).toBe(true);
    expect(texts(certificates).some((l) => l.startsWith('CHỦ TỊCH ỦY BAN'))).toBe(false);
  });

  it('signed by the vice-chair, both read TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', async () => {
    const { decision, certificates } = await issued(signerNamed('Nguyễn Thị Hoa'));
    for (const doc of [decision, certificates]) {
      for (const line of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thị Hoa']) {
        paragraphWithText(doc.body, line);
      }
    }
  });

  it('cite Thông tư 48/2025 with the date the office entered', async () => {
    await settingsWith({ tt48Date: '2025-07-01' });
    const { decision } = await issued(defaultSignerId(t.store));
    expect(texts(decision).find((l) => l.startsWith('Căn cứ Thông tư số 124'))).toContain(
      'Thông tư số 48/2025/TT-BCA ngày 01 tháng 7 năm 2025 của Bộ trưởng Bộ Công an',
    );
  });
});

describe('the tờ trình', () => {
  it('goes to the chair by default and to the addressee set in the settings', async () => {
    const d = await createDecision(t.ctx, 2025, await proposedUnits(t.store, 'khu_dan_cu'));
    const options = { number: 18, date: '2025-11-10', signerName: '' };
    expect(proposalModel(d, await getSettings(t.store.db), options).addressee).toBe(
      'Chủ tịch Ủy ban nhân dân xã Đông Sơn',
    );
    await settingsWith({ proposalAddressee: 'Ban Chỉ đạo xã Đông Sơn' });
    const model = proposalModel(d, await getSettings(t.store.db), options);
    expect(model.addressee).toBe('Ban Chỉ đạo xã Đông Sơn');
    expect(model.paragraphs[0]).toContain('Thông tư số 124/2021/TT-BCA ngày 28 tháng 12 năm 2021');
  });
});
