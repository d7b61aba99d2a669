// Dates on screen, in Chromium at 1366×768: the registration dialog shows the server's date problem under its
// field (a registration dated 1999), a date cleared with the keyboard is cleared, and the header year takes only
// years the app can hold while an open dossier follows a change of year back to that year's round.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { startBridge, type Bridge } from '../support/bridge.ts';
import { launchChromium } from '../support/browser.ts';
import { RENDERER, addAccounts, assertBuilt, openApp, shot, signIn } from '../support/e2eApp.ts';
import { tempDir } from '../support/tempData.ts';

let browser: Browser;
let bridge: Bridge;
let data: ReturnType<typeof tempDir>;

const sql = <T>(query: string, ...params: unknown[]) =>
  bridge.context.store.sqlite.prepare(query).all(...params) as T[];

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-dates-');
  bridge = await startBridge(path.join(data.dir, 'data'), RENDERER);
  const now = () => new Date('2025-11-20T09:00:00+07:00');
  bridge.context.now = now;
  const ctx = { store: bridge.context.store, actor: 'setup', now };
  await seedDemo(ctx, 2025);
  await bridge.context.store.db.transaction().execute((trx) => addAccounts(trx, ctx));
});
afterAll(async () => {
  await browser?.close();
  await bridge?.close();
  data?.cleanup();
});

describe('dates on screen', () => {
  it('a registration dated 1999 is refused under its field; the header year follows and holds', async () => {
    const area = sql<{ name: string; registered_on: string }>(
      `SELECT u.name, r.registered_on FROM units u JOIN registrations r ON r.unit_id = u.id
       WHERE u.kind = 'khu_dan_cu' ORDER BY u.id LIMIT 1`,
    )[0]!;
    const page = await openApp(browser, bridge);
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, 'canbo', 'mat-khau-1');
    const year = page.getByLabel('Năm đánh giá');
    await year.fill('2025');
    await year.press('Enter');
    await page.getByRole('menuitem', { name: 'Đăng ký, hồ sơ' }).click();
    await page.getByLabel('Tìm kiếm').fill(area.name);
    await page
      .getByRole('button', { name: `Đăng ký của ${area.name}` })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    const date = dialog.getByLabel('Ngày đăng ký');
    await date.fill('15/02/1999');
    await date.press('Tab');
    await dialog.getByRole('button', { name: 'Lưu đăng ký' }).click();
    await expect
      .poll(() => dialog.getByText('Ngày đăng ký phải trong năm 2025 và không sau hôm nay (20/11/2025).').isVisible())
      .toBe(true);
    await shot(page, '80-dang-ky-1999-bi-tu-choi');
    expect(
      sql('SELECT registered_on FROM registrations r JOIN units u ON u.id = r.unit_id WHERE u.name = ?', area.name),
    ).toEqual([{ registered_on: area.registered_on }]);

    // The resolution date cleared with the keyboard is saved as cleared.
    await date.fill('15/02/2025');
    await date.press('Tab');
    const resolution = dialog.getByLabel('Ngày nghị quyết');
    await resolution.fill('10/02/2025');
    await resolution.press('Tab');
    await resolution.click();
    await resolution.press('Control+A');
    await resolution.press('Delete');
    await resolution.press('Tab');
    await dialog.getByRole('button', { name: 'Lưu đăng ký' }).click();
    await expect.poll(() => page.getByText(`Đã lưu đăng ký của ${area.name}.`).isVisible()).toBe(true);
    expect(
      sql(
        'SELECT registered_on, resolution_date FROM registrations r JOIN units u ON u.id = r.unit_id WHERE u.name = ?',
        area.name,
      ),
    ).toEqual([{ registered_on: '2025-02-15', resolution_date: null }]);

    // An open dossier follows a change of year back to that year's round; a year the app cannot hold is not taken.
    await page.getByRole('gridcell', { name: area.name, exact: true }).first().dblclick();
    await expect.poll(() => page.getByText(`Hồ sơ ${area.name} — năm 2025`).isVisible()).toBe(true);
    await year.fill('2026');
    await year.press('Enter');
    await expect.poll(() => page.getByText('Chưa mở đợt xét năm 2026.').isVisible()).toBe(true);
    expect(await page.getByText(`Hồ sơ ${area.name} — năm 2025`).count()).toBe(0);
    await year.fill('2999');
    await year.press('Enter');
    await expect.poll(() => year.inputValue()).not.toBe('2999');
    await expect.poll(() => page.getByText('Chưa mở đợt xét năm 2999.').count()).toBe(0);
    await shot(page, '81-nam-theo-trang');
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
