// Nothing typed is lost silently: a dialog holding edits asks before Esc, a click outside or Hủy closes it, and a
// dossier with verdicts picked but not saved asks before the secretary leaves it.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { startBridge, type Bridge } from '../support/bridge.ts';
import { launchChromium } from '../support/browser.ts';
import { RENDERER, addAccounts, assertBuilt, openApp, shot, signIn, type AppPage } from '../support/e2eApp.ts';
import { tempDir } from '../support/tempData.ts';

let browser: Browser;
let bridge: Bridge;
let data: ReturnType<typeof tempDir>;

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-unsaved-');
  bridge = await startBridge(path.join(data.dir, 'data'), RENDERER);
  bridge.context.now = () => new Date('2025-11-20T09:00:00+07:00');
  const ctx = { store: bridge.context.store, actor: 'setup', now: () => new Date('2025-11-20T09:00:00+07:00') };
  await seedDemo(ctx, 2025);
  await bridge.context.store.db.transaction().execute((trx) => addAccounts(trx, ctx));
});
afterAll(async () => {
  await browser?.close();
  await bridge?.close();
  data?.cleanup();
});

/** The question on screen (closed ones stay in the page, hidden). */
const asking = (page: AppPage) => page.locator('.ant-modal-confirm:visible');
const question = (page: AppPage) =>
  asking(page).locator('.ant-modal-confirm-title', { hasText: 'Bỏ các thay đổi chưa lưu?' });
const unitDialog = (page: AppPage) => page.getByRole('dialog', { name: 'Thêm đơn vị' });

async function stay(page: AppPage) {
  await expect.poll(() => question(page).isVisible()).toBe(true);
  await asking(page).getByRole('button', { name: 'Ở lại' }).click();
  await expect.poll(() => question(page).isVisible()).toBe(false);
}

describe('unsaved edits', () => {
  it('a dialog with typed text asks before Esc, a click outside or Hủy discards it', async () => {
    const page = await openApp(browser, bridge);
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, 'canbo', 'mat-khau-1');
    await page.getByRole('menuitem', { name: 'Danh sách đơn vị' }).click();

    // An untouched dialog closes at once.
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await expect.poll(() => unitDialog(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => unitDialog(page).isVisible()).toBe(false);
    expect(await question(page).isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const name = page.getByLabel('Tên đơn vị');
    await name.fill('Thôn Mới Lập');
    await page.keyboard.press('Escape');
    await shot(page, '70-hoi-truoc-khi-bo-thay-doi');
    await stay(page);
    expect(await name.inputValue()).toBe('Thôn Mới Lập');

    // A click on the dimmed area beside the dialog (once the question's own layer has gone).
    await page.waitForTimeout(400);
    await page.mouse.click(8, 700);
    await stay(page);
    expect(await name.inputValue()).toBe('Thôn Mới Lập');

    await unitDialog(page).getByRole('button', { name: 'Hủy' }).click();
    await stay(page);
    expect(await name.inputValue()).toBe('Thôn Mới Lập');

    // Agreeing discards: the dialog closes and nothing was saved.
    await page.keyboard.press('Escape');
    await asking(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect.poll(() => unitDialog(page).isVisible()).toBe(false);
    const saved = bridge.context.store.sqlite
      .prepare("SELECT count(*) AS n FROM units WHERE name = 'Thôn Mới Lập'")
      .get() as {
      n: number;
    };
    expect(saved.n).toBe(0);
    expect(page.appErrors).toEqual([]);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.close();
  });

  it('a dossier with unsaved verdicts asks before the secretary leaves it', async () => {
    const page = await openApp(browser, bridge);
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, 'canbo', 'mat-khau-1');
    const year = page.getByLabel('Năm đánh giá');
    await year.fill('2025');
    await year.press('Enter');
    await page.getByRole('menuitem', { name: 'Đăng ký, hồ sơ' }).click();
    // A received dossier not yet appraised.
    const { name } = bridge.context.store.sqlite
      .prepare(
        `SELECT u.name FROM dossiers d JOIN units u ON u.id = d.unit_id
         WHERE d.status = 'da_nhan' AND u.kind = 'khu_dan_cu' ORDER BY u.sort_key LIMIT 1`,
      )
      .get() as { name: string };
    const title = `Hồ sơ ${name} — năm 2025`;
    await page.getByLabel('Tìm kiếm').fill(name);
    await page.getByRole('gridcell', { name, exact: true }).first().dblclick();
    await expect.poll(() => page.getByText(title).isVisible()).toBe(true);

    const groups = page.getByRole('radiogroup', { name: /^Đánh giá tiêu chí / });
    await groups.first().getByText('Không đạt', { exact: true }).click();

    // The menu and the back button both ask; staying keeps the verdict on screen.
    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await shot(page, '71-hoi-truoc-khi-roi-tham-dinh');
    await stay(page);
    await expect.poll(() => page.getByText(title).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();
    await stay(page);
    expect(await groups.first().getByRole('radio', { name: 'Không đạt' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();
    await asking(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect.poll(() => page.getByText(title).isVisible()).toBe(false);

    // Back on the dossier, nothing was kept of the discarded verdict, and leaving asks nothing.
    await page.getByRole('gridcell', { name, exact: true }).first().dblclick();
    await expect.poll(() => page.getByText(title).isVisible()).toBe(true);
    expect(await groups.first().getByRole('radio', { name: 'Không đạt' }).isChecked()).toBe(false);
    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/Tổng quan năm 2025/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await question(page).isVisible()).toBe(false);
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
