// Exchange in Chromium, between two offices each with its own data folder: the commune exports its year to a
// package, the office above checks it, sees the preview, imports it, and browses what it received; a later
// package with a unit edited on both sides lets the user choose per conflict.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { openPackage } from '../../electron/core/features/exchange/container.ts';
import { saveSettings } from '../../electron/core/features/settings/service.ts';
import { saveDecisionTemplate } from '../../electron/core/features/decisions/template.ts';
import { startBridge, type Bridge } from '../support/bridge.ts';
import { aboveSettings } from '../support/exchangeFixtures.ts';
import { PROVINCE_BASIS, addProvincialVersion, provinceTemplate } from '../support/criteriaFixtures.ts';
import { launchChromium } from '../support/browser.ts';
import { RENDERER, assertBuilt, openApp, shot, signIn, type AppPage, addAccounts } from '../support/e2eApp.ts';
import { tempDir } from '../support/tempData.ts';

let browser: Browser;
let commune: Bridge;
let above: Bridge;
let data: ReturnType<typeof tempDir>;
const at = (name: string) => path.join(data.dir, name);
const FIRM = 'Công ty TNHH Điện tử Hòa Bình Việt Nam';
const FIRM_REASON = 'Đăng ký theo chỉ đạo của Công an tỉnh';

async function addStaff(bridge: Bridge) {
  const ctx = { store: bridge.context.store, actor: 'setup', now: () => new Date() };
  await bridge.context.store.db.transaction().execute((trx) => addAccounts(trx, ctx));
  return ctx;
}

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-exchange-');
  commune = await startBridge(at('xa'), RENDERER);
  above = await startBridge(at('tinh'), RENDERER);
  await seedDemo(await addStaff(commune), 2025);
  // One enterprise of a kind Thông tư 124 leaves out, registered all the same with a reason: the package carries both.
  const xa = commune.context.store.sqlite;
  const firm = xa.prepare('SELECT id FROM units WHERE name = ?').pluck().get(FIRM) as number;
  xa.prepare("UPDATE units SET excluded_kind = 'doanh_nghiep_nho', excluded_reason = ? WHERE id = ?").run(
    FIRM_REASON,
    firm,
  );
  xa.prepare('UPDATE registrations SET excluded_reason = ? WHERE unit_id = ?').run(FIRM_REASON, firm);
  const ctx = await addStaff(above);
  await above.context.store.db.transaction().execute((trx) => saveSettings(trx, ctx, aboveSettings()));
});
afterAll(async () => {
  await browser?.close();
  await commune?.close();
  await above?.close();
  data?.cleanup();
});

/** Screenshot once the step's toasts have gone, so they do not cover the page. */
async function settledShot(page: AppPage, name: string, fullPage = false) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await shot(page, name, fullPage);
}

async function exchangePage(bridge: Bridge): Promise<AppPage> {
  // One session per data folder, as in the app: each page signs in afresh.
  bridge.context.session.user = null;
  const page = await openApp(browser, bridge);
  await signIn(page, 'canbo', 'mat-khau-1');
  const year = page.getByLabel('Năm đánh giá');
  await year.fill('2025');
  await year.press('Enter');
  await page.getByRole('menuitem', { name: 'Trao đổi dữ liệu' }).click();
  await page.getByRole('heading', { name: 'Trao đổi dữ liệu' }).waitFor();
  return page;
}

async function exportFrom(page: AppPage, file: string) {
  commune.nextSave.push(file);
  await page.getByRole('button', { name: /Xuất gói dữ liệu năm 2025/u }).click();
  const done = page.getByRole('dialog').filter({ hasText: 'Đã xuất gói dữ liệu' });
  await done.waitFor();
  return done;
}

async function previewOf(page: AppPage, file: string) {
  above.nextOpen.push(file);
  await page.getByRole('button', { name: 'Nhập gói từ tệp...' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Nhập gói dữ liệu' });
  await dialog.getByText('Gói nguyên vẹn').waitFor();
  return dialog;
}

describe('exchange between a commune and the office above', () => {
  it('the commune exports, the office above previews, imports and browses the received data', async () => {
    const xa = await exchangePage(commune);
    const done = await exportFrom(xa, at('Gửi tỉnh 2025'));
    await expect.poll(() => done.textContent()).toMatch(/40 đơn vị/u);
    await shot(xa, '50-exchange-exported');
    await done.getByRole('button', { name: 'OK' }).click();
    const pkg = at('Gửi tỉnh 2025.anttpkg');
    const reader = await openPackage(pkg);
    expect(reader.manifest).toMatchObject({ kind: 'commune-year', year: 2025 });
    await reader.verifyAll();
    await reader.close();
    expect(xa.appErrors).toEqual([]);

    const tinh = await exchangePage(above);
    await tinh.getByText('Chưa nhận gói nào.').waitFor();
    const before = above.context.store.sqlite.prepare('SELECT count(*) FROM units').pluck().get();
    const dialog = await previewOf(tinh, pkg);
    const unitsRow = dialog.getByRole('row').filter({ hasText: 'Đơn vị' });
    await expect.poll(() => unitsRow.locator('td').allTextContents()).toEqual(['Đơn vị', '40', '0', '0', '0']);
    await expect.poll(() => dialog.textContent()).toMatch(/ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN/u);
    await shot(tinh, '51-exchange-preview');
    // Nothing is written before "Nhập".
    expect(above.context.store.sqlite.prepare('SELECT count(*) FROM units').pluck().get()).toBe(before);

    await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
    await tinh.getByText(/Đã nhập: 40 đơn vị/u).waitFor();
    const offices = tinh.locator('.ant-card').filter({ hasText: 'Dữ liệu nhận từ các cơ quan' });
    await offices.getByText('ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN').waitFor();
    const imports = tinh.locator('.ant-card').filter({ hasText: 'Các gói đã nhập' });
    await imports.getByText('Gửi tỉnh 2025.anttpkg').waitFor();
    await expect.poll(() => imports.textContent()).toMatch(/Trần Thị Hoa/u);
    expect(
      above.context.store.sqlite.prepare('SELECT count(*) FROM units WHERE source_office_id IS NOT NULL').pluck().get(),
    ).toBe(40);
    await settledShot(tinh, '52-exchange-imported', true);

    await offices.getByRole('button', { name: 'Xem dữ liệu' }).click();
    const drawer = tinh.locator('.ant-drawer').filter({ hasText: 'Dữ liệu nhận từ' });
    await drawer.getByRole('tab', { name: /Hồ sơ/u }).waitFor();
    const firstFile = drawer.locator('.ant-table-row button.ant-btn-link').first();
    await firstFile.waitFor();
    // The registration as the commune sent it: its UBND plan, and why a unit the law leaves out is in.
    const rowOf = (name: string) =>
      drawer.locator('.ant-table-row').filter({ has: tinh.getByRole('cell', { name, exact: true }) });
    await expect
      .poll(() => rowOf('Xã Đông Sơn').textContent())
      .toMatch(
        /Ngày 15\/02\/2025.*Nghị quyết số 05-NQ\/ĐU ngày 20\/01\/2025.*Kế hoạch UBND số 18\/KH-UBND ngày 28\/01\/2025/u,
      );
    await expect
      .poll(() => rowOf(FIRM).textContent())
      .toMatch(
        new RegExp(`Doanh nghiệp nhỏ, siêu nhỏ: ngoài phạm vi công nhận.*Lý do vẫn đăng ký: ${FIRM_REASON}`, 'u'),
      );
    await settledShot(tinh, '53-exchange-received-dossiers');
    await rowOf(FIRM).scrollIntoViewIfNeeded();
    await shot(tinh, '53b-exchange-received-registration');
    await firstFile.click();
    await expect.poll(() => above.opened.length).toBe(1);
    expect(fs.existsSync(above.opened[0]!)).toBe(true);
    await drawer.getByRole('tab', { name: /Quyết định/u }).click();
    // The office above sees the number as issued, with its leading zero.
    await drawer.getByRole('cell', { name: '01/QĐ-UBND', exact: true }).first().waitFor();
    await settledShot(tinh, '54-exchange-received-decisions');
    expect(tinh.appErrors).toEqual([]);
    await tinh.close();
    await xa.close();
  });

  it('a later package: a unit edited on both sides is listed, and the user takes it from the package', async () => {
    const uids = commune.context.store.sqlite
      .prepare("SELECT uid FROM units WHERE kind = 'khu_dan_cu' ORDER BY id LIMIT 2")
      .pluck()
      .all() as string[];
    commune.context.store.sqlite.prepare('UPDATE units SET households = 777 WHERE uid IN (?, ?)').run(...uids);
    above.context.store.sqlite.prepare("UPDATE units SET notes = 'sửa ở tỉnh' WHERE uid IN (?, ?)").run(...uids);
    const names = above.context.store.sqlite
      .prepare('SELECT name FROM units WHERE uid IN (?, ?) ORDER BY id')
      .pluck()
      .all(...uids) as string[];

    const xa = await exchangePage(commune);
    await (await exportFrom(xa, at('Gửi tỉnh lần 2.anttpkg'))).getByRole('button', { name: 'OK' }).click();
    await xa.close();

    const tinh = await exchangePage(above);
    const dialog = await previewOf(tinh, at('Gửi tỉnh lần 2.anttpkg'));
    await dialog.getByText(/2 bản ghi xung đột/u).waitFor();
    const row = dialog.getByRole('row').filter({ hasText: names[1]! });
    // What differs on each side is named before the choice.
    await expect.poll(() => row.textContent()).toMatch(/Số hộ: ở đây .+, trong gói 777/u);
    await expect.poll(() => row.textContent()).toMatch(/Ghi chú: ở đây sửa ở tỉnh/u);
    await row.getByText('Lấy theo gói').click();
    await expect.poll(() => dialog.textContent()).toMatch(/Sẽ ghi 1 bản ghi/u);
    await shot(tinh, '55-exchange-conflicts');
    await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
    await tinh.getByText(/Đã nhập: 1 đơn vị/u).waitFor();
    const households = (uid: string) =>
      above.context.store.sqlite.prepare('SELECT households FROM units WHERE uid = ?').pluck().get(uid);
    expect(households(uids[1]!)).toBe(777);
    expect(households(uids[0]!)).not.toBe(777);
    expect(tinh.appErrors).toEqual([]);
    await tinh.close();
  });

  it('the office above sends its criteria; the commune sees the sets and the template before taking them', async () => {
    const ctx = { store: above.context.store, actor: 'setup', now: () => new Date() };
    await addProvincialVersion(ctx, 1);
    await saveDecisionTemplate(ctx, provinceTemplate());
    const tinh = await exchangePage(above);
    above.nextSave.push(at('Tiêu chí của tỉnh'));
    await tinh.getByRole('button', { name: 'Xuất gói tiêu chí cho cấp dưới...' }).click();
    const done = tinh.getByRole('dialog').filter({ hasText: 'Đã xuất gói tiêu chí' });
    await done.waitFor();
    await done.getByRole('button', { name: 'OK' }).click();
    await tinh.close();

    const xa = await exchangePage(commune);
    commune.nextOpen.push(at('Tiêu chí của tỉnh.anttpkg'));
    await xa.getByRole('button', { name: 'Nhập gói từ tệp...' }).click();
    const dialog = xa.getByRole('dialog').filter({ hasText: 'Nhập gói dữ liệu' });
    await dialog.getByText('Gói nguyên vẹn').waitFor();
    await dialog.getByText('Tiêu chí và mẫu văn bản từ cấp trên').waitFor();
    const cells = (kind: string) => dialog.locator(`tr[data-row-key="${kind}"] td`).allTextContents();
    // Unchanged: the shipped set and its verbatim version, which every installation holds.
    await expect.poll(() => cells('criteriaSets')).toEqual(['Bộ tiêu chí', '1', '0', '0', '2']);
    // The commune still uses the shipped wording: the province's replaces it.
    await expect.poll(() => cells('templates')).toEqual(['Mẫu văn bản', '0', '1', '0', '0']);
    await settledShot(xa, '56-exchange-criteria-preview');
    await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
    await xa.getByText(/Đã nhập: 1 bộ tiêu chí/u).waitFor();
    const province = xa
      .locator('.ant-card')
      .filter({ hasText: 'Dữ liệu nhận từ các cơ quan' })
      .getByRole('row')
      .filter({ hasText: 'TỈNH THANH HÓA' });
    await province.getByText('1 bộ tiêu chí, mẫu quyết định đang dùng').waitFor();
    expect(await province.getByRole('button', { name: 'Xem dữ liệu' }).count()).toBe(0);
    // A commune sends its year up; it hands no criteria down.
    expect(await xa.getByRole('button', { name: 'Xuất gói tiêu chí cho cấp dưới...' }).count()).toBe(0);
    const template = commune.context.store.sqlite
      .prepare('SELECT decision_template FROM office_settings')
      .pluck()
      .get();
    expect(String(template)).toContain(PROVINCE_BASIS);
    expect(xa.appErrors).toEqual([]);
    await xa.close();
  });
});
