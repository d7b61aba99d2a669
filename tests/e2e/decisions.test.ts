// Recognition decisions in Chromium: draft from the proposed units, edit the draft, write the tờ trình, submit,
// record the signing, issue, attach the signed scan, save the print view as PDF; then check an issued original and
// a tampered copy.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { startBridge, type Bridge } from '../support/bridge.ts';
import { launchChromium } from '../support/browser.ts';
import {
  ARTIFACTS,
  RENDERER,
  assertBuilt,
  openApp,
  shot,
  signIn,
  type AppPage,
  addAccounts,
} from '../support/e2eApp.ts';
import { tempDir } from '../support/tempData.ts';

let browser: Browser;
let bridge: Bridge;
let data: ReturnType<typeof tempDir>;

const sql = <T>(query: string, ...params: unknown[]) =>
  bridge.context.store.sqlite.prepare(query).all(...params) as T[];

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-decisions-');
  bridge = await startBridge(path.join(data.dir, 'data'), RENDERER);
  // The office works on the 2025 round on 20/11/2025: drafts are made that day and signed on it, never before.
  bridge.context.now = () => new Date('2025-11-20T09:00:00+07:00');
  const ctx = { store: bridge.context.store, actor: 'setup', now: () => new Date() };
  await seedDemo(ctx, 2025);
  await bridge.context.store.db.transaction().execute((trx) => addAccounts(trx, ctx));
});
afterAll(async () => {
  await browser?.close();
  await bridge?.close();
  data?.cleanup();
});

/** A small well-formed one-page PDF, standing in for a scanner's output. */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Screenshot once the step's toasts have gone, so they do not cover the page. */
async function settledShot(page: AppPage, name: string, fullPage = false) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await shot(page, name, fullPage);
}

describe('recognition decisions', () => {
  it('drafts, edits, writes the tờ trình, submits, signs, issues, attaches the scan, saves the PDF, verifies the file', async () => {
    // The demo leaves units other than residential areas proposed and outside its decision 01.
    const proposed = sql<{ n: number }>(
      `SELECT count(*) AS n FROM dossiers d JOIN campaigns c ON c.id = d.campaign_id
       WHERE c.year = 2025 AND d.status = 'de_nghi'`,
    )[0]!.n;
    expect(proposed).toBeGreaterThan(0);

    const page = await openApp(browser, bridge);
    await signIn(page, 'canbo', 'mat-khau-1');
    const year = page.getByLabel('Năm đánh giá');
    await year.fill('2025');
    await year.press('Enter');
    await page.getByRole('menuitem', { name: 'Quyết định công nhận' }).click();
    await expect.poll(() => page.getByText('01/QĐ-UBND').isVisible()).toBe(true);
    await shot(page, '40-quyet-dinh-danh-sach');

    await page.getByRole('button', { name: 'Lập quyết định' }).click();
    await expect
      .poll(() => page.getByText(new RegExp(`Đã chọn ${proposed}/${proposed} đơn vị`)).isVisible())
      .toBe(true);
    await shot(page, '41-lap-quyet-dinh');
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Trình ký' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Số:', { exact: false }).first().isVisible()).toBe(true);
    const draftId = sql<{ id: number }>("SELECT max(id) AS id FROM decisions WHERE status = 'draft'")[0]!.id;
    const basis = (position: number) =>
      sql<{ text: string }>(
        "SELECT text FROM decision_lines WHERE decision_id = ? AND section = 'basis' AND position = ?",
        draftId,
        position,
      )[0]?.text;
    const units = () =>
      sql<{ unit_name: string }>(
        'SELECT unit_name FROM decision_units WHERE decision_id = ? ORDER BY position',
        draftId,
      );
    const [dropped, kept] = units().map((u) => u.unit_name) as [string, string];
    const standard = 'đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025';

    // Edit the draft: one basis line rewritten, one unit taken out and the wording made to match.
    await settledShot(page, '42-du-thao-xem-truoc', true);
    await page.getByRole('button', { name: 'Sửa dự thảo' }).click();
    const firstBasis = page.getByLabel('Căn cứ 1', { exact: true });
    await firstBasis.fill('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025');
    await page.getByLabel('Trích yếu').fill(`Về việc công nhận ${kept} ${standard}`);
    await page.getByLabel('Tên danh sách kèm theo').fill(`Danh sách đơn vị ${standard}`);
    await page.getByLabel('Điều 1', { exact: true }).fill(`Công nhận ${kept} ${standard} (có danh sách kèm theo).`);
    await shot(page, '42a-sua-du-thao');
    await page.getByRole('tab', { name: /Đơn vị/ }).click();
    await page.getByLabel(`Giữ ${dropped}`).uncheck();
    await expect.poll(() => page.getByText(`Giữ ${proposed - 1}/${proposed} đơn vị.`).isVisible()).toBe(true);
    await shot(page, '42b-sua-du-thao-don-vi');
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expect.poll(() => page.getByText(/Đã lưu dự thảo, bỏ 1 đơn vị/).isVisible()).toBe(true);
    expect(basis(0)).toBe('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025');
    expect(units()).toHaveLength(proposed - 1);
    expect(units().map((u) => u.unit_name)).not.toContain(dropped);

    // The tờ trình with its number and date: saved where asked, and cited by the draft's basis.
    const proposalFile = path.join(data.dir, 'to-trinh.docx');
    bridge.nextSave.push(proposalFile);
    await page.getByRole('button', { name: 'Lập tờ trình' }).click();
    await page.getByLabel('Số tờ trình').fill('12');
    const proposalDate = page.getByLabel('Ngày tờ trình');
    await proposalDate.fill('20/10/2025');
    await proposalDate.press('Tab');
    await shot(page, '42c-lap-to-trinh');
    await page.getByRole('button', { name: 'Lập tờ trình (.docx)' }).click();
    await expect.poll(() => fs.existsSync(proposalFile)).toBe(true);
    expect(fs.readFileSync(proposalFile).subarray(0, 2).toString()).toBe('PK');
    const cite = 'Tờ trình số 12/TTr-CAX ngày 20/10/2025';
    await expect.poll(() => page.getByText(new RegExp(`${cite}[;.]$`)).isVisible()).toBe(true);
    expect(
      sql<{ text: string }>("SELECT text FROM decision_lines WHERE decision_id = ? AND section = 'basis'", draftId),
    ).toContainEqual({ text: expect.stringContaining(cite) as string });
    await settledShot(page, '42d-du-thao-da-sua', true);
    // The app scrolls inside its frame: a tall window shows the decision and its list sheet in one picture.
    await page.setViewportSize({ width: 1366, height: 2600 });
    await page.locator('.decision-sheets').screenshot({ path: path.join(ARTIFACTS, '42e-du-thao-ca-danh-sach.png') });
    await page.setViewportSize({ width: 1366, height: 800 });

    await page.getByRole('button', { name: 'Trình ký' }).click();
    await page.getByRole('button', { name: 'Ghi nhận đã ký' }).click();
    const date = page.getByLabel('Ngày ký');
    await date.fill('20/11/2025');
    await date.press('Tab');
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ban hành' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Ban hành' }).click();
    // "Ban hành" asks first: after it the number and the signing can no longer be corrected.
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Ban hành' }).click();
    await expect.poll(() => page.getByText('Tệp đã ban hành').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Quyết định số 02/QĐ-UBND ngày 20/11/2025' }).isVisible())
      .toBe(true);
    await settledShot(page, '43-quyet-dinh-da-ban-hanh', true);

    const [issued] = sql<{ id: number; number: number; status: string; signed_on: string }>(
      'SELECT id, number, status, signed_on FROM decisions WHERE number = 2',
    );
    expect(issued).toMatchObject({ number: 2, status: 'issued', signed_on: '2025-11-20' });
    const files = sql<{ file_name: string; file_kind: string }>(
      'SELECT file_name, file_kind FROM issued_files WHERE decision_id = ? ORDER BY id',
      issued!.id,
    );
    expect(files).toHaveLength(2);

    // The signed paper, scanned to PDF, attached to the decision.
    const scan = path.join(data.dir, 'ban-quet-02.pdf');
    fs.writeFileSync(scan, tinyPdf());
    bridge.nextOpen.push(scan);
    await page.getByRole('button', { name: 'Đính kèm bản quét (PDF)' }).click();
    await expect.poll(() => page.getByText('ban-quet-02.pdf').isVisible()).toBe(true);
    expect(sql('SELECT file_name FROM decision_scans WHERE decision_id = ?', issued!.id)).toEqual([
      { file_name: 'ban-quet-02.pdf' },
    ]);
    // Who attached it, by name as people know them.
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: 'ban-quet-02.pdf' }).textContent())
      .toMatch(/bởi Trần Thị Hoa/u);
    await settledShot(page, '43a-ban-quet-da-ky');
    await page.getByRole('listitem').filter({ hasText: 'ban-quet-02.pdf' }).getByRole('button', { name: 'Mở' }).click();
    await expect.poll(() => bridge.opened.some((f) => f.endsWith('.pdf'))).toBe(true);

    // Printing goes through the shell: the system dialog, or the print view saved as an A4 PDF.
    await page.getByRole('button', { name: /(^|\s)In$/ }).click();
    await expect.poll(() => bridge.printed.length).toBe(1);
    bridge.printer.pdf = () => page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pdf = path.join(ARTIFACTS, 'quyet-dinh-in.pdf');
    fs.rmSync(pdf, { force: true });
    bridge.nextSave.push(pdf);
    await page.getByRole('button', { name: 'Lưu PDF' }).click();
    await expect.poll(() => fs.existsSync(pdf)).toBe(true);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    // The decision itself, then its list on a new page.
    expect(pages).toBeGreaterThanOrEqual(2);
    execFileSync('pdftoppm', ['-r', '50', '-png', pdf, path.join(ARTIFACTS, 'quyet-dinh-in')]);

    // Revocation starts as a draft decision of its own; the issued one stays as it is.
    await page.getByRole('button', { name: 'Thu hồi' }).click();
    await page.getByRole('button', { name: 'Lập dự thảo' }).click();
    await expect.poll(() => page.getByText('Đã lập dự thảo quyết định thu hồi.').isVisible()).toBe(true);
    const revocation = bridge.context.store.sqlite
      .prepare('SELECT r.status, r.subject FROM decisions r JOIN decisions d ON d.id = r.revokes_id WHERE d.number = 2')
      .get();
    expect(revocation).toEqual({
      status: 'draft',
      subject: 'Về việc thu hồi Quyết định số 02/QĐ-UBND ngày 20/11/2025',
    });

    // An issued original is recognised; one changed byte is not.
    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();
    const decisionFile = files.find((f) => f.file_kind === 'decision')!.file_name;
    const original = path.join(data.dir, 'data', 'van-ban', '2025', decisionFile);
    bridge.nextOpen.push(original);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const ok = `Tệp ${decisionFile} là bản gốc quyết định số 02/QĐ-UBND ngày 20/11/2025`;
    await expect.poll(() => page.getByText(ok).isVisible()).toBe(true);
    await settledShot(page, '44-kiem-tra-ban-goc');

    const copy = path.join(data.dir, 'ban-sao.docx');
    fs.copyFileSync(original, copy);
    fs.appendFileSync(copy, Buffer.from([0]));
    bridge.nextOpen.push(copy);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await expect.poll(() => page.getByText('Tệp ban-sao.docx KHÔNG phải bản gốc đã ban hành').isVisible()).toBe(true);
    await settledShot(page, '45-kiem-tra-ban-sua');

    expect(page.appErrors).toEqual([]);
    await page.close();
  });

  it("edits the decision template (admin) and the year's own bases, which the next draft takes", async () => {
    // A new window of the same app process: whoever signed in before is still signed in.
    bridge.context.session.user = null;
    const page = await openApp(browser, bridge);
    await signIn(page, 'quantri', 'mat-khau-0');
    const year = page.getByLabel('Năm đánh giá');
    await year.fill('2025');
    await year.press('Enter');

    // The template: a placeholder clicked goes where the caret is; a wrong one is named before saving.
    await page.getByRole('menuitem', { name: 'Thông tin cơ quan' }).click();
    await page.getByRole('tab', { name: 'Mẫu quyết định' }).click();
    await expect.poll(() => page.getByText('Đang dùng mẫu gốc').isVisible()).toBe(true);
    const recipient = page.getByLabel('Nơi nhận 2', { exact: true });
    await recipient.fill('Ban Chỉ đạo ');
    await page.getByRole('button', { name: '{dia_phuong}' }).click();
    await expect.poll(() => recipient.inputValue()).toBe('Ban Chỉ đạo {dia_phuong}');
    await page.getByLabel('Điều 2', { exact: true }).fill('Quyết định có hiệu lực kể từ ngày {ngay_ky}.');
    await expect.poll(() => page.getByText('Điều 2: không có ô "{ngay_ky}".').isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await page.setViewportSize({ width: 1366, height: 1500 });
    await shot(page, '46-mau-quyet-dinh');
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.getByLabel('Điều 2', { exact: true }).fill('Quyết định có hiệu lực kể từ ngày ký.');
    await page.getByRole('button', { name: 'Lưu mẫu' }).click();
    await expect.poll(() => page.getByText('Mẫu của cơ quan').isVisible()).toBe(true);

    // The year's own bases, printed where the template has {can_cu_cua_nam}.
    await page.getByRole('menuitem', { name: 'Quyết định công nhận' }).click();
    await page.getByRole('button', { name: 'Sửa căn cứ của năm' }).click();
    const plan = 'Căn cứ Kế hoạch số 45/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh Thanh Hóa';
    await page.getByLabel('Căn cứ của năm 1', { exact: true }).fill(plan);
    await shot(page, '47-can-cu-cua-nam');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.locator('.year-bases-line').first().textContent()).toBe(plan);

    // A new draft (of the unit the first test took out of its draft) now says what was saved.
    await page.getByRole('button', { name: 'Lập quyết định' }).click();
    await expect.poll(() => page.getByText('Đã chọn 1/1 đơn vị.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await expect.poll(() => page.getByText(`${plan};`).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('- Ban Chỉ đạo xã Đông Sơn;').isVisible()).toBe(true);
    await settledShot(page, '48-du-thao-theo-mau', true);
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
