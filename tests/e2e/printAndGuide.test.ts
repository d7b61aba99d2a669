// The summary is previewed before it is printed, and the Hướng dẫn page is reachable from every screen, in
// Chromium at 1366×768.
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

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-print-guide-');
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

describe('print preview and guide', () => {
  it('previews the summary as paper before printing; the guide opens from the header on any page', async () => {
    const page = await openApp(browser, bridge);
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, 'canbo', 'mat-khau-1');
    const year = page.getByLabel('Năm đánh giá');
    await year.fill('2025');
    await year.press('Enter');
    await page.getByRole('button', { name: 'In tóm tắt...' }).click();
    const bar = page.getByRole('region', { name: 'Xem trước bản in' });
    await bar.waitFor();
    expect(bridge.printed).toHaveLength(0);
    // The paper header shows in the preview; the page's own buttons do not.
    await expect.poll(() => page.locator('.print-header').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'In tóm tắt...' }).isVisible()).toBe(false);
    await shot(page, '96-xem-truoc-ban-in', true);
    await bar.getByRole('button', { name: 'In', exact: true }).click();
    await expect.poll(() => bridge.printed.length).toBe(1);
    await bar.getByRole('button', { name: 'Đóng xem trước' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'In tóm tắt...' }).isVisible()).toBe(true);

    for (const item of ['Đăng ký, hồ sơ', 'Quyết định công nhận', 'Tổng quan']) {
      await page.getByRole('menuitem', { name: item }).click();
      await page.getByRole('banner').getByRole('button', { name: 'Hướng dẫn' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Hướng dẫn' }).isVisible()).toBe(true);
    }
    for (const section of [
      'Các bước trong năm',
      'Dữ liệu nằm ở đâu',
      'Sao lưu và phục hồi',
      'Trao đổi dữ liệu với cấp trên',
    ])
      expect(await page.getByText(section, { exact: true }).first().isVisible()).toBe(true);
    await shot(page, '97-huong-dan', true);
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
