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
  // A test that failed midway may have left the shared session signed in.
  const signOut = page.getByRole('button', { name: 'Đăng xuất' });
  await expect
    .poll(async () => (await signOut.isVisible()) || (await page.getByLabel('Tên đăng nhập').isVisible()))
    .toBe(true);
  if (await signOut.isVisible()) await signOut.click();
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

/** How far the grid scrolls sideways (0: every shown column fits). */
function sideways(page: AppPage, testId: string): Promise<number> {
  return page
    .getByTestId(testId)
    .locator('.ag-body-horizontal-scroll-viewport')
    .evaluate((e) => e.scrollWidth - e.clientWidth);
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

  it('sorts, filters, chooses columns and exports the round and the decisions with typed cells', async () => {
    const page = await start();
    await goTo(page, 'Đăng ký, hồ sơ');
    const grid = page.getByTestId('round-grid');
    await expect
      .poll(() => grid.getByRole('gridcell', { name: 'Thôn Đông 1', exact: true }).count())
      .toBeGreaterThan(0);
    // At 1366 wide the columns that matter fit: no sideways scrolling.
    expect(await sideways(page, 'round-grid')).toBeLessThanOrEqual(1);
    await shot(page, '82-dot-xet-1366');
    await goTo(page, 'Danh sách đơn vị');
    await expect
      .poll(() => page.getByRole('gridcell', { name: 'Thôn Đông 1', exact: true }).count())
      .toBeGreaterThan(0);
    expect(await sideways(page, 'units-grid')).toBeLessThanOrEqual(1);
    await shot(page, '82-don-vi-1366');
    await goTo(page, 'Đăng ký, hồ sơ');

    // The column chooser: hide "Hồ sơ", show "Ngày nhận"; the choice is this account's and survives signing out.
    await page.getByRole('button', { name: 'Chọn cột hiển thị' }).click();
    await page.locator('.ant-popover:visible').getByRole('checkbox', { name: 'Hồ sơ' }).uncheck();
    await page.locator('.ant-popover:visible').getByRole('checkbox', { name: 'Ngày nhận' }).check();
    await shot(page, '83-chon-cot');
    await page.keyboard.press('Escape');
    await expect.poll(() => grid.locator('.ag-header-cell[col-id="components"]').count()).toBe(0);
    await expect.poll(() => grid.locator('.ag-header-cell[col-id="receivedOn"]').count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('antt.grid.quantri.round.hidden'))).toBe(
      JSON.stringify(['subtype', 'parentName', 'components', 'incidentCount']),
    );

    // Sort by registration date, keep only residential areas through the pick-list filter, then export.
    await grid.locator('.ag-header-cell[col-id="registeredOn"] .ag-header-cell-label').click();
    await grid.locator('.ag-header-cell[col-id="kind"] .ag-header-cell-filter-button').click();
    const filter = page.getByRole('group', { name: 'Lọc theo danh sách' });
    await filter.getByRole('button', { name: 'Bỏ chọn' }).click();
    await filter.getByRole('checkbox', { name: 'Khu dân cư' }).check();
    await shot(page, '84-loc-theo-loai');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => grid.locator('[role="gridcell"][col-id="kind"]').allInnerTexts())
      .toSatisfy((kinds: string[]) => kinds.length > 0 && kinds.every((k) => k === 'Khu dân cư'));

    const roundFile = path.join(data.dir, 'dot-xet.xlsx');
    bridge.nextSave.push(roundFile);
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    await expect.poll(() => page.getByText(/^Đã xuất \d+ đơn vị ra tệp dot-xet\.xlsx\.$/).isVisible()).toBe(true);
    // As many rows as the kind's count in the round ("Khu dân cư (27)").
    const label = await page.getByText(/^Khu dân cư \(\d+\)$/).innerText();
    const areas = Number(/\((\d+)\)/.exec(label)![1]);
    const sheet = XLSX.read(fs.readFileSync(roundFile), { cellDates: true, cellNF: true }).Sheets['Đợt xét']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, range: 3, raw: true });
    expect(rows.length).toBe(areas);
    expect(rows.every((r) => r[2] === 'Khu dân cư')).toBe(true);
    // Registration dates are real dates (not text) in ascending order; households are numbers.
    const registered = rows.map((r) => r[6]).filter((v) => v !== undefined);
    expect(registered.length).toBeGreaterThan(0);
    expect(registered.every((v) => v instanceof Date)).toBe(true);
    const times = registered.map((v) => (v as Date).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(sheet['G4']!.t).toBe('d');
    expect(sheet['G4']!.z).toBe('dd/mm/yyyy');
    expect(rows.some((r) => typeof r[9] === 'number')).toBe(true);
    // Signed out and in again, the chosen columns are still there.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await signIn(page, 'quantri', 'mat-khau-0');
    const again = page;
    await again.getByLabel('Năm đánh giá').fill('2025');
    await again.getByLabel('Năm đánh giá').press('Enter');
    await goTo(again, 'Đăng ký, hồ sơ');
    const grid2 = again.getByTestId('round-grid');
    await expect.poll(() => grid2.locator('.ag-header-cell[col-id="receivedOn"]').count()).toBe(1);
    expect(await grid2.locator('.ag-header-cell[col-id="components"]').count()).toBe(0);

    await goTo(again, 'Quyết định công nhận');
    const decisionsFile = path.join(data.dir, 'quyet-dinh.xlsx');
    bridge.nextSave.push(decisionsFile);
    await again.getByRole('button', { name: 'Xuất Excel' }).click();
    await expect
      .poll(() => again.getByText(/^Đã xuất \d+ quyết định ra tệp quyet-dinh\.xlsx\.$/).isVisible())
      .toBe(true);
    const book = XLSX.read(fs.readFileSync(decisionsFile), { cellDates: true, cellNF: true }).Sheets['Quyết định']!;
    const issued = one<{ number: number; signed_on: string }>(
      "SELECT number, signed_on FROM decisions WHERE status = 'issued' ORDER BY id LIMIT 1",
    );
    // The number is a number shown with its leading zero; the signing day is a date.
    expect(book['B4']).toMatchObject({ t: 'n', v: issued.number, z: '00' });
    expect(book['D4']!.t).toBe('d');
    expect(XLSX.SSF.format('dd/mm/yyyy', book['D4']!.v as Date)).toBe(issued.signed_on.split('-').reverse().join('/'));
    await finish(again);
  });

  it('shows the round grid and the unit dialog on a 1920x1080 screen', async () => {
    const page = await start({ width: 1920, height: 1080 });
    await goTo(page, 'Đăng ký, hồ sơ');
    await expect
      .poll(() => page.getByRole('gridcell', { name: 'Thôn Đông 1', exact: true }).count())
      .toBeGreaterThan(0);
    await shot(page, '85-dot-xet-1920');
    await goTo(page, 'Danh sách đơn vị');
    await checkDialog(page, () => page.getByRole('button', { name: 'Thêm đơn vị' }).click(), '86-them-don-vi-1920');
    await finish(page);
  });
});
