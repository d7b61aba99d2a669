// End to end in Chromium against the built renderer: first-run setup, add a unit, import a spreadsheet,
// search without diacritics. Screenshots land in test-artifacts/e2e for people to look at.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_INIT_SCRIPT, startBridge, type Bridge } from '../support/bridge.ts';
import { launchChromium } from '../support/browser.ts';
import { messyResidentialXlsx } from '../support/spreadsheets.ts';
import { tempDir } from '../support/tempData.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERER = path.join(ROOT, 'out/renderer');
const ARTIFACTS = path.join(ROOT, 'test-artifacts/e2e');

let browser: Browser;
beforeAll(async () => {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) throw new Error('Build the renderer first: npm run build');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function openApp(bridge: Bridge): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'vi-VN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  (page as Page & { appErrors: string[] }).appErrors = errors;
  await page.addInitScript(API_INIT_SCRIPT);
  await page.goto(bridge.url);
  return page;
}

/** Screenshot after antd's open/close animations have settled. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Names in the rendered grid rows (the grid virtualises, so only rows in view). */
async function gridNames(page: Page): Promise<string[]> {
  const names = await page.locator('[data-testid=units-grid] .ag-row [col-id="name"]').allInnerTexts();
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

describe('first run, registry, import, search', () => {
  let bridge: Bridge;
  let data: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    data = tempDir('antt-e2e-');
    bridge = await startBridge(path.join(data.dir, 'data'), RENDERER);
  });
  afterAll(async () => {
    await bridge?.close();
    data?.cleanup();
  });

  it('walks a secretary through her first day', async () => {
    const page = await openApp(bridge);

    // First run: office as printed on documents, a signer, the admin account.
    await expect.poll(() => page.getByText('Thiết lập ban đầu').isVisible()).toBe(true);
    await page.getByLabel('Tỉnh, thành phố').fill('Thanh Hóa');
    await page.getByLabel('Địa danh ghi ngày tháng').fill('Đông Sơn');
    await page.getByLabel('Cơ quan ban hành (dòng dưới)').fill('xã đông sơn');
    await page.getByLabel('Cơ quan thường trực').fill('Công an xã Đông Sơn');
    await page.getByLabel('Họ tên').first().fill('Lê Văn Thành');
    await shot(page, '01-thiet-lap-co-quan');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.locator('#admin_fullName').fill('Nguyễn Thị Thu');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('matkhau-an-toan');
    await page.getByLabel('Nhập lại mật khẩu').fill('matkhau-an-toan');
    await shot(page, '02-thiet-lap-tai-khoan');
    await page.getByRole('button', { name: 'Hoàn tất' }).click();
    await page.getByRole('menuitem', { name: 'Danh sách đơn vị' }).click({ timeout: 15_000 });
    await expect.poll(() => page.getByRole('heading', { name: /Danh sách đơn vị/ }).isVisible()).toBe(true);
    const settings = bridge.context.store.sqlite.prepare('SELECT locality_upper FROM office_settings').get() as {
      locality_upper: string;
    };
    expect(settings.locality_upper).toBe('XÃ ĐÔNG SƠN');

    // Add a unit by keyboard.
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await page.getByLabel('Tên đơn vị').fill('Thôn Đồng Đình');
    await page.getByLabel('Số hộ').fill('1215');
    await page.getByLabel('Số nhân khẩu').fill('4.870');
    await shot(page, '03-them-don-vi');
    await page.getByLabel('Tên đơn vị').press('Enter');
    await expect.poll(() => page.getByText('Đã lưu "Thôn Đồng Đình".').isVisible()).toBe(true);
    const added = bridge.context.store.sqlite
      .prepare("SELECT households, population, created_by FROM units WHERE name = 'Thôn Đồng Đình'")
      .get();
    expect(added).toEqual({ households: 1215, population: 4870, created_by: 'quantri' });

    // Import a messy spreadsheet through the wizard.
    const xlsx = messyResidentialXlsx(path.join(data.dir, 'usb', 'Danh sach thon 2025.xlsx'));
    bridge.nextOpen.push(xlsx);
    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    await page.getByRole('button', { name: /Chọn tệp Excel/ }).click();
    await expect.poll(() => page.getByText('Tệp: Danh sach thon 2025.xlsx').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Mới: 5').isVisible()).toBe(true);
    await expect(page.getByText('Trùng: 1').isVisible()).resolves.toBe(true);
    await shot(page, '04-nhap-excel-xem-truoc');
    await page.getByRole('button', { name: 'Nhập 5 đơn vị' }).click();
    await expect.poll(() => page.getByText('Đã nhập 5 đơn vị').isVisible()).toBe(true);
    await shot(page, '05-nhap-excel-xong');
    await page.getByRole('button', { name: 'Xem danh sách đơn vị' }).click();

    // Search without diacritics.
    await page.getByLabel('Tìm kiếm').fill('ha long');
    await expect.poll(async () => (await gridNames(page)).length).toBe(1);
    expect((await gridNames(page)).join(' ')).toContain('Thôn Hạ Long');
    await shot(page, '06-tim-khong-dau');
    await page.getByLabel('Tìm kiếm').fill('dong dinh');
    await expect.poll(async () => (await gridNames(page)).join(' ')).toContain('Thôn Đồng Đình');

    expect((page as Page & { appErrors: string[] }).appErrors).toEqual([]);
    await page.close();
  });
});

describe('first run with demo data', () => {
  let bridge: Bridge;
  let data: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    data = tempDir('antt-e2e-demo-');
    bridge = await startBridge(path.join(data.dir, 'data'), RENDERER);
  });
  afterAll(async () => {
    await bridge?.close();
    data?.cleanup();
  });

  it('offers "Dùng dữ liệu mẫu" and shows the demo commune in Vietnamese', async () => {
    const page = await openApp(bridge);
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.locator('#admin_fullName').fill('Quản trị');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('12345678');
    await page.getByLabel('Nhập lại mật khẩu').fill('12345678');
    await page.getByRole('button', { name: 'Hoàn tất' }).click();
    await page.getByRole('menuitem', { name: 'Danh sách đơn vị' }).click({ timeout: 15_000 });
    await expect.poll(async () => (await gridNames(page)).length).toBeGreaterThan(10);
    await shot(page, '10-danh-sach-mau');
    await page.getByText(/^Cơ sở giáo dục \(/).click();
    await expect.poll(async () => (await gridNames(page)).length).toBe(4);
    await shot(page, '11-loc-theo-loai');
    await page.getByText(/^Tất cả \(/).click();
    await page.getByLabel('Tìm kiếm').fill('thon dong 4');
    await expect.poll(async () => gridNames(page)).toEqual(['Thôn Đông 4']);
    await page.locator('[data-testid=units-grid] .ag-row [col-id="name"]').first().dblclick();
    await expect.poll(() => page.getByText('Sửa đơn vị: Thôn Đông 4').isVisible()).toBe(true);
    await shot(page, '12-sua-don-vi-sap-nhap');
    await page.getByRole('button', { name: 'Hủy' }).click();
    await page.getByRole('menuitem', { name: 'Thông tin cơ quan' }).click();
    await expect.poll(() => page.getByLabel('Cơ quan thường trực').inputValue()).toBe('Công an xã Đông Sơn');
    await shot(page, '13-thong-tin-co-quan');
    expect((page as Page & { appErrors: string[] }).appErrors).toEqual([]);
    await page.close();
  });
});
