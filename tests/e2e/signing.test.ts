// Signing a decision as a real office does, in Chromium at 1366×768: a signing date in the future (20/11/2099) is
// refused under its field; the number the văn thư gave is typed, one already used that year refused; before issue
// a signing is corrected or cancelled with its old number shown void in the register; "Ban hành" asks first.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDecision, submitDecision } from '../../electron/core/features/decisions/service.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { startBridge, type Bridge } from '../support/bridge.ts';
import { launchChromium } from '../support/browser.ts';
import { proposedUnits } from '../support/decisionFixtures.ts';
import { RENDERER, addAccounts, assertBuilt, openApp, shot, signIn, type AppPage } from '../support/e2eApp.ts';
import { tempDir } from '../support/tempData.ts';

let browser: Browser;
let bridge: Bridge;
let data: ReturnType<typeof tempDir>;

const sql = <T>(query: string, ...params: unknown[]) =>
  bridge.context.store.sqlite.prepare(query).all(...params) as T[];

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-signing-');
  bridge = await startBridge(path.join(data.dir, 'data'), RENDERER);
  // The office works on 20/11/2025: two drafts of that day are submitted for signature.
  const now = () => new Date('2025-11-20T09:00:00+07:00');
  bridge.context.now = now;
  const ctx = { store: bridge.context.store, actor: 'setup', now };
  await seedDemo(ctx, 2025);
  await bridge.context.store.db.transaction().execute((trx) => addAccounts(trx, ctx));
  const units = await proposedUnits(bridge.context.store);
  for (const part of [units.slice(0, 1), units.slice(1)]) {
    const draft = await createDecision(ctx, 2025, part);
    await submitDecision(ctx, draft.id);
  }
});
afterAll(async () => {
  await browser?.close();
  await bridge?.close();
  data?.cleanup();
});

async function decisionsPage(): Promise<AppPage> {
  // One session per data folder, as in the app: each page signs in afresh.
  bridge.context.session.user = null;
  const page = await openApp(browser, bridge);
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'canbo', 'mat-khau-1');
  const year = page.getByLabel('Năm đánh giá');
  await year.fill('2025');
  await year.press('Enter');
  await page.getByRole('menuitem', { name: 'Quyết định công nhận' }).click();
  await expect.poll(() => page.getByText('01/QĐ-UBND').first().isVisible()).toBe(true);
  return page;
}

/** Opens the n-th decision still waiting for its signature (oldest first). */
async function openSubmitted(page: AppPage, n: number) {
  await page.getByRole('row').filter({ hasText: 'Đã trình ký' }).nth(n).click();
  await page.getByRole('button', { name: 'Ghi nhận đã ký' }).click();
  return page.getByRole('dialog').filter({ hasText: 'Ghi nhận đã ký' });
}

/** Settled toasts, so screenshots show the page, not the messages. */
async function settled(page: AppPage) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

describe('signing a decision', () => {
  it('a signing date typed as 20/11/2099 is refused under its field and nothing is numbered', async () => {
    const page = await decisionsPage();
    const dialog = await openSubmitted(page, 0);
    const date = dialog.getByLabel('Ngày ký');
    await date.fill('20/11/2099');
    await date.press('Tab');
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect.poll(() => dialog.getByText('Ngày ký không được sau hôm nay (20/11/2025).').isVisible()).toBe(true);
    await shot(page, '60-ky-ngay-2099-bi-tu-choi');
    expect(sql("SELECT id FROM decisions WHERE status = 'signed' OR number_year = 2099")).toEqual([]);
    expect(sql('SELECT year FROM document_register WHERE year = 2099')).toEqual([]);

    // Clearing the date with the keyboard leaves it empty: the form asks for it again.
    await date.click();
    await date.press('Control+A');
    await date.press('Backspace');
    await date.press('Tab');
    await expect.poll(() => page.getByText('Hãy nhập ngày ký.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Số quyết định (sổ năm 2025, QĐ-UBND)').isVisible()).toBe(true);
    await shot(page, '60a-xoa-ngay-bang-ban-phim');
    expect(page.appErrors).toEqual([]);
    await page.close();
  });

  it('takes the văn thư number, refuses one used that year, corrects and cancels before issue, asks before issuing', async () => {
    const page = await decisionsPage();
    const dialog = await openSubmitted(page, 0);
    const date = dialog.getByLabel('Ngày ký');
    await date.fill('20/11/2025');
    await date.press('Tab');
    const number = dialog.getByLabel(/^Số quyết định/);
    // The register's next free number is suggested; the demo's decision holds 01.
    await expect.poll(() => number.inputValue()).toBe('2');
    await number.fill('1');
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect
      .poll(() => dialog.getByText(/Số 01\/QĐ-UBND năm 2025 đã dùng cho quyết định khác/).isVisible())
      .toBe(true);
    await shot(page, '61-so-da-dung-bi-tu-choi');
    await number.fill('7');
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Quyết định số 07/QĐ-UBND ngày 20/11/2025' }).isVisible())
      .toBe(true);

    // The văn thư had given 08: the signing is corrected, 07 is void.
    await page.getByRole('button', { name: 'Sửa việc ký' }).click();
    const fix = page.getByRole('dialog').filter({ hasText: 'Sửa việc ký' });
    await fix.getByLabel(/^Số quyết định/).fill('8');
    await fix.getByLabel('Lý do sửa').fill('Văn thư cấp số 08, ghi nhầm số 07');
    await shot(page, '62-sua-viec-ky');
    await fix.getByRole('button', { name: 'Lưu sửa đổi' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Quyết định số 08/QĐ-UBND ngày 20/11/2025' }).isVisible())
      .toBe(true);

    // Cancelled altogether: back to "Đã trình ký", 08 void too.
    await page.getByRole('button', { name: 'Hủy việc ký' }).click();
    const cancel = page.getByRole('dialog').filter({ hasText: 'Lý do hủy' });
    await cancel.getByLabel('Lý do hủy').fill('Chủ tịch chưa ký');
    await cancel.getByRole('button', { name: 'Hủy việc ký' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ghi nhận đã ký' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();
    const register = page.locator('.ant-card').filter({ hasText: 'Sổ đăng ký văn bản năm 2025' });
    await expect.poll(() => register.getByText('Số đã hủy').count()).toBe(2);
    await expect.poll(() => register.textContent()).toMatch(/Văn thư cấp số 08, ghi nhầm số 07 \(Trần Thị Hoa/);
    await settled(page);
    await shot(page, '63-so-dang-ky-so-huy', true);

    // Signed again with 09, then "Ban hành" asks before issuing.
    const again = await openSubmitted(page, 0);
    await again.getByLabel('Ngày ký').fill('20/11/2025');
    await again.getByLabel('Ngày ký').press('Tab');
    await expect.poll(() => again.getByLabel(/^Số quyết định/).inputValue()).toBe('9');
    await again.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await page.getByRole('button', { name: 'Ban hành' }).click();
    const confirm = page.locator('.ant-popconfirm');
    await expect.poll(() => confirm.getByText('Ban hành quyết định số 09/QĐ-UBND?').isVisible()).toBe(true);
    await shot(page, '64-ban-hanh-hoi-lai');
    await confirm.getByRole('button', { name: 'Ban hành' }).click();
    await expect.poll(() => page.getByText('Tệp đã ban hành').isVisible()).toBe(true);

    // A copy of the issued .docx saved where the user chooses: byte for byte the issued original.
    const issued = sql<{ file_name: string; sha256: string }>(
      "SELECT f.file_name, f.sha256 FROM issued_files f JOIN decisions d ON d.id = f.decision_id WHERE d.number = 9 AND f.file_kind = 'decision'",
    )[0]!;
    const copy = path.join(data.dir, 'Ban sao QD 09.docx');
    bridge.nextSave.push(copy);
    await page.getByRole('button', { name: `Lưu bản sao ${issued.file_name}` }).click();
    await expect.poll(() => page.getByText('Đã lưu bản sao Ban sao QD 09.docx.').isVisible()).toBe(true);
    expect(createHash('sha256').update(fs.readFileSync(copy)).digest('hex')).toBe(issued.sha256);
    expect(sql('SELECT number, status FROM decisions WHERE number IS NOT NULL ORDER BY number')).toEqual([
      { number: 1, status: 'issued' },
      { number: 9, status: 'issued' },
    ]);
    expect(sql('SELECT number, reason FROM voided_numbers ORDER BY number')).toEqual([
      { number: 7, reason: 'Văn thư cấp số 08, ghi nhầm số 07' },
      { number: 8, reason: 'Chủ tịch chưa ký' },
    ]);
    expect(sql("SELECT action FROM audit_log WHERE entity = 'decision' AND actor = 'canbo' ORDER BY id")).toEqual([
      { action: 'sign' },
      { action: 'correct-signing' },
      { action: 'cancel-signing' },
      { action: 'sign' },
      { action: 'issue' },
    ]);
    // The register lists the issued number with its leading zero.
    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();
    await expect
      .poll(() =>
        page
          .locator('.ant-card')
          .filter({ hasText: 'Sổ đăng ký văn bản năm 2025' })
          .getByRole('cell', { name: '09/QĐ-UBND', exact: true })
          .isVisible(),
      )
      .toBe(true);
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
