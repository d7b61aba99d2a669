// An office above in Chromium after importing a commune's year: its registry shows which commune each received
// unit came from and filters by it, the unit form says where the unit came from, and its own round lists only
// its own units.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importExchangePackage } from '../../electron/core/features/exchange/service.ts';
import { saveSettings } from '../../electron/core/features/settings/service.ts';
import { createUnit } from '../../electron/core/features/units/service.ts';
import { startBridge, type Bridge } from '../support/bridge.ts';
import { launchChromium } from '../support/browser.ts';
import {
  RENDERER,
  assertBuilt,
  chooseOption,
  openApp,
  shot,
  signIn,
  type AppPage,
  addAccounts,
} from '../support/e2eApp.ts';
import { communeWithPackage, aboveSettings } from '../support/exchangeFixtures.ts';
import { tempDir } from '../support/tempData.ts';

const COMMUNE = 'Xã Đông Sơn';
const OWN = ['Sở Giáo dục và Đào tạo', 'Công ty Điện lực Thanh Hóa'];

let browser: Browser;
let above: Bridge;
let data: ReturnType<typeof tempDir>;

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-received-');
  const pkg = path.join(data.dir, 'xa-2025.anttpkg');
  const commune = await communeWithPackage(path.join(data.dir, 'xa'), pkg);
  await commune.store.close();
  above = await startBridge(path.join(data.dir, 'tinh'), RENDERER);
  const ctx = { store: above.context.store, actor: 'setup', now: () => new Date() };
  await above.context.store.db.transaction().execute(async (trx) => {
    await addAccounts(trx, ctx);
    await saveSettings(trx, ctx, aboveSettings());
  });
  for (const [i, name] of OWN.entries()) {
    await createUnit(ctx, {
      kind: i === 0 ? 'co_quan' : 'doanh_nghiep',
      subtype: null,
      name,
      parentId: null,
      address: 'Thành phố Thanh Hóa',
      headName: null,
      headPhone: null,
      households: null,
      population: null,
      notes: null,
      activeFrom: null,
      activeUntil: null,
      mergedIntoId: null,
    });
  }
  await importExchangePackage(ctx, pkg);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await above?.close();
  data?.cleanup();
});

const cells = async (page: AppPage, colId: string) =>
  (await page.locator(`[data-testid=units-grid] .ag-row [col-id="${colId}"]`).allInnerTexts()).map((t) => t.trim());
const totalTag = (page: AppPage) => page.getByRole('heading', { name: /Danh sách đơn vị/ }).locator('.ant-tag');

describe('units received from a commune', () => {
  it('show their commune in the registry, filter by source, and stay out of the own round', async () => {
    const page = await openApp(browser, above);
    await signIn(page, 'canbo', 'mat-khau-1');
    await page.getByRole('menuitem', { name: 'Danh sách đơn vị' }).click({ timeout: 15_000 });
    await expect.poll(() => totalTag(page).innerText()).toBe('42');
    await expect.poll(() => page.getByRole('columnheader', { name: 'Nhận từ' }).isVisible()).toBe(true);
    await expect.poll(async () => (await cells(page, 'sourceOfficeName')).includes(COMMUNE)).toBe(true);
    await shot(page, '60-don-vi-nhan-tu-xa');

    await page.getByLabel('Nguồn', { exact: true }).click();
    await shot(page, '60b-chon-nguon');
    await page.keyboard.press('Escape');
    await chooseOption(page, 'Nguồn', 'Của cơ quan này');
    await expect.poll(() => totalTag(page).innerText()).toBe('2');
    await expect.poll(async () => (await cells(page, 'name')).sort()).toEqual([...OWN].sort());
    expect((await cells(page, 'sourceOfficeName')).every((t) => t === '')).toBe(true);

    await chooseOption(page, 'Nguồn', COMMUNE);
    await expect.poll(() => totalTag(page).innerText()).toBe('40');
    await expect.poll(async () => new Set(await cells(page, 'sourceOfficeName'))).toEqual(new Set([COMMUNE]));
    await shot(page, '61-loc-theo-xa');

    // The form of a received unit says where it came from; editing stays allowed.
    await page.locator('[data-testid=units-grid] .ag-row [col-id="name"]').first().dblclick();
    await expect.poll(() => page.getByText(`Đơn vị nhận từ ${COMMUNE}`).isVisible()).toBe(true);
    await shot(page, '62-sua-don-vi-nhan-tu-xa');
    await page.getByRole('button', { name: 'Hủy' }).click();

    const year = page.getByLabel('Năm đánh giá');
    await year.fill('2025');
    await year.press('Enter');
    await page.getByRole('menuitem', { name: 'Đăng ký, hồ sơ' }).click();
    await page.getByRole('button', { name: 'Mở đợt xét năm 2025' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Đăng ký tất cả 2 đơn vị đang lọc' }).isVisible())
      .toBe(true);
    for (const name of OWN) {
      await expect.poll(() => page.getByRole('gridcell', { name, exact: true }).isVisible()).toBe(true);
    }
    await shot(page, '63-dot-xet-chi-don-vi-cua-co-quan');
    expect(page.appErrors).toEqual([]);
  });
});
