// The office laptop's screen (1366x768): every dialog's buttons in view without scrolling, the round grid without
// sideways scrolling, its columns chosen per account; sorting, per-column filters and .xlsx exports with real dates
// and numbers in the cells. Screenshots at 1366x768 and 1920x1080.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
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
const SMALL = { width: 1366, height: 768 };

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-screen-');
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

const one = <T>(query: string, ...params: unknown[]) => bridge.context.store.sqlite.prepare(query).get(...params) as T;

async function start(size = SMALL): Promise<AppPage> {
  const page = await openApp(browser, bridge);
  await page.setViewportSize(size);
  await signIn(page, 'quantri', 'mat-khau-0');
  const year = page.getByLabel('Năm đánh giá');
  await year.fill('2025');
  await year.press('Enter');
  return page;
}

async function finish(page: AppPage) {
  expect(page.appErrors).toEqual([]);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.close();
}

/** Opens a dialog, checks every footer button lies inside the window, takes its picture, closes it with Esc. */
async function checkDialog(page: AppPage, open: () => Promise<void>, shotName: string): Promise<string> {
  await open();
  const dialog = page.locator('.ant-modal-wrap:visible .ant-modal').last();
  await expect.poll(() => dialog.locator('.ant-modal-footer button').first().isVisible()).toBe(true);
  await page.waitForTimeout(400);
  const title = (await dialog.locator('.ant-modal-title').first().innerText()).trim();
  const buttons = dialog.locator('.ant-modal-footer button');
  const count = await buttons.count();
  expect(count, title).toBeGreaterThan(0);
  const viewport = page.viewportSize()!;
  for (let i = 0; i < count; i++) {
    const box = (await buttons.nth(i).boundingBox())!;
    const where = `${title}: "${await buttons.nth(i).innerText()}"`;
    expect(box.y, where).toBeGreaterThanOrEqual(0);
    expect(box.x, where).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width, where).toBeLessThanOrEqual(viewport.width);
  }
  await shot(page, shotName);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
  return title;
}

async function goTo(page: AppPage, menu: string) {
  await page.getByRole('menuitem', { name: menu }).click();
}

describe('fits the screen', () => {
  it("shows every dialog's buttons inside a 1366x768 window", async () => {
    const page = await start();
    const seen: string[] = [];
    const check = async (open: () => Promise<void>, name: string) => seen.push(await checkDialog(page, open, name));

    await goTo(page, 'Danh sách đơn vị');
    await check(() => page.getByRole('button', { name: 'Thêm đơn vị' }).click(), '72-hop-thoai-them-don-vi');
    await check(
      () => page.getByRole('gridcell', { name: 'Thôn Đông 1', exact: true }).first().dblclick(),
      '73-hop-thoai-sua-don-vi',
    );

    await goTo(page, 'Đăng ký, hồ sơ');
    await check(() => page.getByRole('button', { name: 'Đăng ký của Thôn Đông 1' }).click(), '74-hop-thoai-dang-ky');
    await check(
      () => page.getByRole('button', { name: /^Đăng ký tất cả [\d.]+ đơn vị đang lọc$/ }).click(),
      '75-hop-thoai-dang-ky-hang-loat',
    );
    await check(() => page.getByRole('button', { name: 'Nhận tệp từ USB...' }).click(), '76-hop-thoai-usb');

    // A dossier appraised but not yet proposed: the "not proposed" reason.
    const appraised = one<{ name: string }>(
      `SELECT u.name FROM dossiers d JOIN units u ON u.id = d.unit_id WHERE d.status = 'da_tham_dinh'
       ORDER BY u.sort_key LIMIT 1`,
    );
    await page.getByLabel('Tìm kiếm').fill(appraised.name);
    await page.getByRole('gridcell', { name: appraised.name, exact: true }).first().dblclick();
    await check(() => page.getByRole('button', { name: 'Không đề nghị' }).click(), '77-hop-thoai-khong-de-nghi');
    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();

    await goTo(page, 'Vụ việc');
    await check(() => page.getByRole('button', { name: 'Ghi vụ việc' }).click(), '78-hop-thoai-vu-viec');

    await goTo(page, 'Quyết định công nhận');
    await check(() => page.getByRole('button', { name: 'Lập quyết định' }).click(), '79-hop-thoai-lap-quyet-dinh');
    await check(() => page.getByRole('button', { name: 'Sửa căn cứ của năm' }).click(), '80-hop-thoai-can-cu');

    await goTo(page, 'Tài khoản');
    await check(() => page.getByRole('button', { name: 'Thêm tài khoản' }).click(), '81-hop-thoai-tai-khoan');

    expect(seen).toEqual([
      'Thêm đơn vị',
      'Sửa đơn vị: Thôn Đông 1',
      'Đăng ký năm 2025: Thôn Đông 1',
      expect.stringMatching(/^Đăng ký năm 2025 cho [\d.]+ đơn vị$/),
      'Nhận tệp hồ sơ từ USB — năm 2025',
      `Không đề nghị công nhận ${appraised.name}`,
      'Ghi vụ việc',
      'Lập quyết định công nhận năm 2025',
      'Căn cứ riêng của năm 2025',
      'Thêm tài khoản',
    ]);
    await finish(page);
  });
});
