// Recognition decisions in Chromium: draft from the proposed units, submit, record the signing, issue; then check
// an issued original and a tampered copy, and print the preview to PDF.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../electron/core/features/accounts/service.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { startBridge, type Bridge } from '../support/bridge.ts';
import { launchChromium } from '../support/browser.ts';
import { ARTIFACTS, RENDERER, assertBuilt, openApp, shot, signIn, type AppPage } from '../support/e2eApp.ts';
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
  const ctx = { store: bridge.context.store, actor: 'setup', now: () => new Date() };
  await seedDemo(ctx, 2025);
  await bridge.context.store.db.transaction().execute(async (trx) => {
    await createUser(trx, ctx, { username: 'quantri', fullName: 'Quản trị', role: 'admin', password: 'mat-khau-0' });
    await createUser(trx, ctx, { username: 'canbo', fullName: 'Trần Thị Hoa', role: 'staff', password: 'mat-khau-1' });
  });
});
afterAll(async () => {
  await browser?.close();
  await bridge?.close();
  data?.cleanup();
});

/** Screenshot once the step's toasts have gone, so they do not cover the page. */
async function settledShot(page: AppPage, name: string, fullPage = false) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await shot(page, name, fullPage);
}

describe('recognition decisions', () => {
  it('drafts, submits, records the signing, issues, and verifies the issued file', async () => {
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
    await settledShot(page, '42-du-thao-xem-truoc', true);

    await page.getByRole('button', { name: 'Trình ký' }).click();
    await page.getByRole('button', { name: 'Ghi nhận đã ký' }).click();
    const date = page.getByLabel('Ngày ký');
    await date.fill('20/11/2025');
    await date.press('Tab');
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ban hành' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Ban hành' }).click();
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

    // The print view: only the sheet, in Chromium's own PDF, looked at as PNGs.
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(ARTIFACTS, 'quyet-dinh-in.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', ['-r', '50', '-png', pdf, path.join(ARTIFACTS, 'quyet-dinh-in')]);
    expect(fs.statSync(pdf).size).toBeGreaterThan(1000);

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
});
