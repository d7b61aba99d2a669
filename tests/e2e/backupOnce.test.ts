// "Sao lưu ngay" clicked twice in quick succession, in Chromium at 1366×768, writes one backup.
import fs from 'node:fs';
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
  data = tempDir('antt-e2e-backup-once-');
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

describe('backup now', () => {
  it('a double-clicked "Sao lưu ngay" makes one backup', async () => {
    const page = await openApp(browser, bridge);
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, 'quantri', 'mat-khau-0');
    await page.getByRole('menuitem', { name: 'Sao lưu và phục hồi' }).click();
    await page.getByRole('button', { name: 'Sao lưu ngay' }).dblclick();
    await expect
      .poll(
        () =>
          page
            .getByText(/^Đã sao lưu vào tệp /)
            .first()
            .isVisible(),
        { timeout: 60_000 },
      )
      .toBe(true);
    await shot(page, '95-sao-luu-mot-lan');
    const dir = path.join(bridge.context.store.dataDir, 'sao-luu');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.zip'))).toHaveLength(1);
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
