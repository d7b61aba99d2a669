// Guards a reviewer expects, in Chromium at 1366x768: a typed unit name folding to an existing one warns; "Không
// đạt" needs a note; proposing an incomplete dossier warns and asks why; the Excel import skips rows in error on
// request and names them.
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

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-guards-');
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

async function start(): Promise<AppPage> {
  const page = await openApp(browser, bridge);
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'canbo', 'mat-khau-1');
  await page.getByLabel('Năm đánh giá').fill('2025');
  await page.getByLabel('Năm đánh giá').press('Enter');
  return page;
}

describe('reviewer guards', () => {
  it('warns on a look-alike unit name, asks for notes and reasons, and skips import rows in error', async () => {
    const page = await start();

    // A hand-typed name folding to "Thôn Đông 1".
    await page.getByRole('menuitem', { name: 'Danh sách đơn vị' }).click();
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await page.getByLabel('Tên đơn vị').fill('thon  dong 1');
    await expect
      .poll(() => page.getByText(/Đã có đơn vị cùng loại tên gần như trùng: “Thôn Đông 1”/).isVisible())
      .toBe(true);
    await shot(page, '87-ten-trung');
    await page.getByRole('dialog', { name: 'Thêm đơn vị' }).getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => page.locator('.ant-modal-confirm-title:visible').innerText())
      .toBe('Đã có đơn vị cùng loại trùng tên');
    await page.getByRole('button', { name: 'Xem lại' }).click();
    await page.getByRole('dialog', { name: 'Thêm đơn vị' }).getByRole('button', { name: 'Hủy' }).click();
    await page.locator('.ant-modal-confirm:visible').getByRole('button', { name: 'Bỏ thay đổi' }).click();

    // An incomplete received dossier: "Không đạt" without a note is refused, then everything đạt is proposed only
    // with a reason.
    const { name } = bridge.context.store.sqlite
      .prepare(
        `SELECT u.name FROM dossiers d JOIN units u ON u.id = d.unit_id
         WHERE d.status = 'da_nhan' AND u.kind = 'khu_dan_cu'
           AND (SELECT count(DISTINCT component_code) FROM dossier_files f WHERE f.dossier_id = d.id) < 5
         ORDER BY u.sort_key LIMIT 1`,
      )
      .get() as { name: string };
    await page.getByRole('menuitem', { name: 'Đăng ký, hồ sơ' }).click();
    await page.getByLabel('Tìm kiếm').fill(name);
    await page.getByRole('gridcell', { name, exact: true }).first().dblclick();
    await expect.poll(() => page.getByText(`Hồ sơ ${name} — năm 2025`).isVisible()).toBe(true);
    const groups = page.getByRole('radiogroup', { name: /^Đánh giá tiêu chí / });
    const count = await groups.count();
    for (let i = 0; i < count; i++) await groups.nth(i).getByText('Đạt', { exact: true }).click();
    await groups.nth(1).getByText('Không đạt', { exact: true }).click();
    await page.getByRole('button', { name: 'Lưu thẩm định' }).click();
    await expect
      .poll(() => page.getByText(/^Tiêu chí đánh giá “Không đạt” cần ghi chú vì sao: tiêu chí 2\.$/).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('Hãy ghi vì sao không đạt.').isVisible()).toBe(true);
    await shot(page, '88-khong-dat-can-ghi-chu');
    await groups.nth(1).getByText('Đạt', { exact: true }).click();
    await page.getByRole('button', { name: 'Lưu thẩm định' }).click();
    await expect.poll(() => page.getByText('Đã lưu thẩm định.').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Đề nghị công nhận', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Đề nghị công nhận ${name}` });
    await expect.poll(() => dialog.getByText(/^Hồ sơ còn thiếu \d+ thành phần bắt buộc/).isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Vẫn đề nghị công nhận' }).click();
    await expect.poll(() => dialog.getByText('Hãy ghi lý do.').isVisible()).toBe(true);
    await dialog.getByLabel('Lý do vẫn đề nghị').fill('Biên bản họp nộp bổ sung sau.');
    await shot(page, '89-de-nghi-thieu-thanh-phan');
    await dialog.getByRole('button', { name: 'Vẫn đề nghị công nhận' }).click();
    await expect.poll(() => page.getByText('Đã chuyển sang Đề nghị công nhận.').isVisible()).toBe(true);
    const history = bridge.context.store.sqlite
      .prepare(
        `SELECT h.reason FROM dossier_status_history h JOIN dossiers d ON d.id = h.dossier_id
         JOIN units u ON u.id = d.unit_id WHERE u.name = ? AND h.to_status = 'de_nghi'`,
      )
      .get(name);
    expect(history).toEqual({ reason: 'Biên bản họp nộp bổ sung sau.' });
    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();

    // The import: one row in error; skipping it imports the two others and names it.
    const sheet = path.join(data.dir, 'khu-dan-cu.xlsx');
    const ws = XLSX.utils.aoa_to_sheet([
      ['STT', 'Tên khu dân cư', 'Số hộ'],
      [1, 'Tổ dân phố số 21', 120],
      [2, 'Tổ dân phố số 22', 'nhiều'],
      [3, 'Tổ dân phố số 23', 60],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Danh sach');
    fs.writeFileSync(sheet, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    bridge.nextOpen.push(sheet);
    await page.getByRole('menuitem', { name: 'Nhập từ Excel' }).click();
    await page.getByRole('button', { name: 'Chọn tệp Excel...' }).click();
    const importButton = page.getByRole('button', { name: 'Nhập 2 đơn vị' });
    await expect.poll(() => page.getByText('Tệp: khu-dan-cu.xlsx').isVisible()).toBe(true);
    await shot(page, '90-nhap-co-dong-loi');
    await expect.poll(() => importButton.isVisible()).toBe(true);
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByText('bỏ qua 1 dòng lỗi, nhập các dòng đúng').click();
    await shot(page, '91-nhap-bo-qua-dong-loi');
    await importButton.click();
    await expect.poll(() => page.getByText('Đã nhập 2 đơn vị').isVisible()).toBe(true);
    expect(await page.getByText(/Các dòng lỗi không nhập: 1 dòng \(dòng 3\)\./).isVisible()).toBe(true);
    const imported = bridge.context.store.sqlite
      .prepare(
        "SELECT name FROM units WHERE name IN ('Tổ dân phố số 21', 'Tổ dân phố số 22', 'Tổ dân phố số 23') ORDER BY name",
      )
      .all();
    expect(imported).toEqual([{ name: 'Tổ dân phố số 21' }, { name: 'Tổ dân phố số 23' }]);
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
