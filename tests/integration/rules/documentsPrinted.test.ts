// The issued decision and certificates opened in LibreOffice (headless): the printed certificate carries the same
// issuer above the title and in the signing block, and the printed bases carry their dates. PNG previews are left
// in /tmp/rules-png-* for a human to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUED_DIR } from '../../../electron/core/db/open.ts';
import { issueDecision } from '../../../electron/core/features/decisions/issue.ts';
import { citeProposal } from '../../../electron/core/features/decisions/proposal.ts';
import { createDecision, signDecision, submitDecision } from '../../../electron/core/features/decisions/service.ts';
import { seedDemo } from '../../../electron/core/features/demo/service.ts';
import { defaultSignerId, proposedUnits } from '../../support/decisionFixtures.ts';
import { testStore } from '../../support/services.ts';
import { hasCommand, pdfPageCount, pdfWords, sofficeToPdf, textLines } from '../documents/pdfTools.ts';

const available = hasCommand('soffice') && hasCommand('pdftoppm') && hasCommand('pdftotext');
const title = available
  ? 'issued recognition documents, printed'
  : 'issued recognition documents, printed — SKIPPED: soffice or poppler-utils is not on PATH';

let t: ReturnType<typeof testStore>;
let dir: string;
let units = 0;
const pdf = (name: string) => path.join(dir, `${name}.pdf`);
const pageLines = (name: string, page: number) => textLines(pdfWords(pdf(name), page)).map((l) => l.text);

describe.skipIf(!available)(title, () => {
  beforeAll(async () => {
    t = testStore();
    await seedDemo(t.ctx, 2025);
    const ids = await proposedUnits(t.store, 'khu_dan_cu');
    const extra = t.store.sqlite
      .prepare(
        "SELECT d.unit_id AS id FROM dossiers d JOIN units u ON u.id = d.unit_id WHERE u.kind = 'khu_dan_cu' AND d.status = 'da_tham_dinh' LIMIT 2",
      )
      .all() as { id: number }[];
    t.store.sqlite
      .prepare(`UPDATE dossiers SET status = 'de_nghi' WHERE unit_id IN (${extra.map((e) => e.id).join(',') || '0'})`)
      .run();
    const unitIds = [...ids, ...extra.map((e) => e.id)];
    units = unitIds.length;
    const draft = await createDecision(t.ctx, 2025, unitIds);
    await citeProposal(t.ctx, draft.id, { number: 18, date: '2025-11-10', signerName: '' });
    await submitDecision(t.ctx, draft.id);
    t.setNow(new Date('2025-11-20T09:00:00'));
    await signDecision(t.ctx, draft.id, { signedOn: '2025-11-20', signerId: defaultSignerId(t.store) });
    const d = await issueDecision(t.ctx, draft.id);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rules-docs-'));
    for (const f of d.files) {
      fs.copyFileSync(path.join(t.store.dataDir, ISSUED_DIR, '2025', f.fileName), path.join(dir, `${f.kind}.docx`));
    }
    sofficeToPdf(
      ['decision', 'certificates'].map((n) => path.join(dir, `${n}.docx`)),
      dir,
    );
    const png = fs.mkdtempSync(path.join('/tmp', 'rules-png-'));
    for (const name of ['decision', 'certificates']) {
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf(name), path.join(png, name)]);
    }
    console.info(`PNG previews: ${png}`);
  }, 180_000);
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('prints Thông tư 124 with "ngày 28 tháng 12 năm 2021" and the law with its date on the decision’s first page', () => {
    const page = pageLines('decision', 1).join(' ');
    expect(page).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;');
    expect(page).toContain('Thông tư số 124/2021/TT-BCA ngày 28 tháng 12 năm 2021');
    expect(page).toMatch(/Tờ trình số 18\/TTr-CAX ngày 10\/11\/2025\./u);
  });

  it('prints every certificate headed and signed by the same People’s Committee', () => {
    expect(pdfPageCount(pdf('certificates'))).toBe(units);
    for (let page = 1; page <= units; page++) {
      const lines = pageLines('certificates', page);
      // The national motto first, then the issuer right above the title.
      expect(lines[lines.indexOf('GIẤY CÔNG NHẬN') - 1]).toBe('ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
      expect(lines).toContain('TM. ỦY BAN NHÂN DÂN');
      expect(lines.some((l) => l.startsWith('CHỦ TỊCH ỦY BAN'))).toBe(false);
    }
  });
});
