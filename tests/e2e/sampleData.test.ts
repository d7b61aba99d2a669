// Demo data is marked as sample on every screen and an administrator clears it, after a confirmation, to start for
// real; in Chromium at 1366×768.
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
  data = tempDir('antt-e2e-sample-');
  bridge = await startBridge(path.join(data.dir, 'data'), RENDERER);
  const ctx = { store: bridge.context.store, actor: 'setup', now: () => new Date() };
  await seedDemo(ctx, 2025);
  await bridge.context.store.db.transaction().execute((trx) => addAccounts(trx, ctx));
});
afterAll(async () => {
  await browser?.close();
  await bridge?.close();
  data?.cleanup();
});

const count = (table: string) => bridge.context.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('sample data', () => {
  it('is marked as sample and cleared after a confirmation, audited', async () => {
    const page = await openApp(browser, bridge);
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, 'quantri', 'mat-khau-0');
    const banner = page.getByRole('banner');
    await banner.getByText('Dữ liệu mẫu', { exact: true }).waitFor();
    await shot(page, '98-du-lieu-mau');
    await banner.getByRole('button', { name: 'Xóa dữ liệu mẫu...' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click();
    await expect.poll(() => banner.getByText('Dữ liệu mẫu', { exact: true }).count()).toBe(0);
    expect(count('units')).toBe(0);
    expect(count('decisions')).toBe(0);
    expect(
      bridge.context.store.sqlite.prepare("SELECT actor FROM audit_log WHERE action = 'clear-sample'").pluck().all(),
    ).toEqual(['quantri']);
    await shot(page, '99-bat-dau-dung-that');
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
