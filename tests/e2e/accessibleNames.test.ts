// Vietnamese accessible names, in Chromium at 1366×768: on the main pages and in an open dialog, no element carries
// one of the component libraries' English names (close buttons, pagination, the grid's own controls).
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
  data = tempDir('antt-e2e-names-');
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

/** Accessible names and titles written in English: words the app itself never uses. */
async function englishNames(page: AppPage): Promise<string[]> {
  return page.evaluate(() => {
    const english =
      /\b(close|previous|next|page|search|filter|column|columns|row|rows|select|selected|checkbox|press|sort|sorted|ascending|descending|toggle|expand|collapse|menu|clear|loading|open|calendar|month|year|decade|today|now|ok|cancel|copy|edit)\b/i;
    const found = new Set<string>();
    for (const el of document.querySelectorAll('[aria-label], [title], [aria-roledescription], [placeholder]')) {
      for (const attr of ['aria-label', 'title', 'aria-roledescription', 'placeholder']) {
        const v = el.getAttribute(attr);
        if (v && english.test(v) && !/[à-ỹđ]/i.test(v))
          found.add(`${attr}="${v}" on <${el.tagName.toLowerCase()} class="${el.className}">`);
      }
    }
    return [...found];
  });
}

describe('accessible names', () => {
  it('are Vietnamese on the main pages, in the grids and in dialogs', async () => {
    const page = await openApp(browser, bridge);
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, 'canbo', 'mat-khau-1');
    const year = page.getByLabel('Năm đánh giá');
    await year.fill('2025');
    await year.press('Enter');
    const seen: string[] = [];
    for (const item of [
      'Tổng quan',
      'Đăng ký, hồ sơ',
      'Quyết định công nhận',
      'Vụ việc',
      'Danh sách đơn vị',
      'Hướng dẫn',
    ]) {
      await page.getByRole('menuitem', { name: item }).click();
      await page.waitForTimeout(800);
      seen.push(...(await englishNames(page)).map((n) => `${item}: ${n}`));
    }
    await page.getByRole('menuitem', { name: 'Đăng ký, hồ sơ' }).click();
    await page
      .getByRole('button', { name: /^Đăng ký của / })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    seen.push(...(await englishNames(page)).map((n) => `dialog: ${n}`));
    expect(await page.locator('.ant-modal-close').getAttribute('aria-label')).toBe('Đóng');
    await shot(page, '90-ten-truy-cap-hop-thoai');
    expect(seen).toEqual([]);
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
