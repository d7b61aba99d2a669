// Dossier files under the user's control, in Chromium at 1366×768: a file attached to the wrong residential area
// is moved to the right dossier and component and the exported package carries it there (the wrong-file case);
// a file dropped on a component lands in it, and a removed file is put back.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderPdf } from '../../electron/core/features/demo/round.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { importExchangePackage } from '../../electron/core/features/exchange/service.ts';
import { startBridge, type Bridge } from '../support/bridge.ts';
import { launchChromium } from '../support/browser.ts';
import { RENDERER, addAccounts, assertBuilt, openApp, shot, signIn, type AppPage } from '../support/e2eApp.ts';
import { officeAbove } from '../support/exchangeFixtures.ts';
import { tempDir } from '../support/tempData.ts';

let browser: Browser;
let bridge: Bridge;
let data: ReturnType<typeof tempDir>;

const sql = <T>(query: string, ...params: unknown[]) =>
  bridge.context.store.sqlite.prepare(query).all(...params) as T[];

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-dossier-files-');
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

/** Two residential areas whose 2025 dossiers are still open (not recognised). */
const openAreas = () =>
  sql<{ id: number; name: string }>(
    `SELECT u.id, u.name FROM units u JOIN dossiers d ON d.unit_id = u.id
     WHERE u.kind = 'khu_dan_cu' AND d.status <> 'da_cong_nhan' ORDER BY u.id LIMIT 2`,
  );

async function roundPage(): Promise<AppPage> {
  bridge.context.session.user = null;
  const page = await openApp(browser, bridge);
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'canbo', 'mat-khau-1');
  const year = page.getByLabel('Năm đánh giá');
  await year.fill('2025');
  await year.press('Enter');
  await page.getByRole('menuitem', { name: 'Đăng ký, hồ sơ' }).click();
  return page;
}

async function openDossier(page: AppPage, unitName: string) {
  await page.getByLabel('Tìm kiếm').fill(unitName);
  await page.getByRole('gridcell', { name: unitName, exact: true }).first().dblclick();
  await expect.poll(() => page.getByText(`Hồ sơ ${unitName} — năm 2025`).isVisible()).toBe(true);
}

async function settled(page: AppPage) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

describe('dossier files', () => {
  it('a file attached to the wrong unit is moved to the right dossier; the exported package carries it there', async () => {
    const [wrong, right] = openAreas() as [{ id: number; name: string }, { id: number; name: string }];
    const page = await roundPage();
    await openDossier(page, wrong.name);
    const file = path.join(data.dir, 'Bien ban hop dan.pdf');
    fs.writeFileSync(file, placeholderPdf('bien ban hop dan'));
    bridge.nextOpen.push(file);
    await page.getByRole('button', { name: 'Thêm tệp vào hồ sơ', exact: true }).click();
    await expect.poll(() => page.getByText('Bien ban hop dan.pdf').isVisible()).toBe(true);
    await settled(page);
    await shot(page, '70-tep-gan-nham-don-vi');

    await page.getByRole('button', { name: 'Chuyển tệp Bien ban hop dan.pdf sang hồ sơ khác' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Chuyển tệp sang hồ sơ khác' });
    await dialog.getByLabel('Đơn vị nhận tệp').click();
    await dialog.getByLabel('Đơn vị nhận tệp').fill(right.name);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: right.name })
      .first()
      .click();
    const component = sql<{ code: string; label: string }>(
      'SELECT code, label FROM dossier_components WHERE active = 1 ORDER BY sort_order LIMIT 1',
    )[0]!;
    await dialog.getByLabel('Thành phần hồ sơ').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: component.label })
      .first()
      .click();
    await shot(page, '71-chuyen-tep-sang-ho-so-dung');
    await dialog.getByRole('button', { name: 'Chuyển', exact: true }).click();
    await expect.poll(() => page.getByText('Đã chuyển tệp "Bien ban hop dan.pdf".').isVisible()).toBe(true);
    expect(await page.getByText('Bien ban hop dan.pdf', { exact: true }).count()).toBe(0);
    expect(
      sql(
        `SELECT u.name, f.component_code FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id
         JOIN units u ON u.id = d.unit_id WHERE f.original_name = 'Bien ban hop dan.pdf'`,
      ),
    ).toEqual([{ name: right.name, component_code: component.code }]);
    expect(
      sql("SELECT action, actor FROM audit_log WHERE entity = 'dossier_file' ORDER BY id").map(
        (a) => (a as { action: string }).action,
      ),
    ).toEqual(['add-file', 'move-file']);

    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();
    await openDossier(page, right.name);
    await expect.poll(() => page.getByText('Bien ban hop dan.pdf').isVisible()).toBe(true);
    await settled(page);
    await shot(page, '72-tep-o-ho-so-dung');

    // The package the commune sends up carries the file in its new place.
    await page.getByRole('menuitem', { name: 'Trao đổi dữ liệu' }).click();
    const pkg = path.join(data.dir, 'Gui tinh 2025');
    bridge.nextSave.push(pkg);
    await page.getByRole('button', { name: /Xuất gói dữ liệu năm 2025/u }).click();
    await page.getByRole('dialog').filter({ hasText: 'Đã xuất gói dữ liệu' }).waitFor();
    const above = await officeAbove(path.join(data.dir, 'tinh'));
    try {
      await importExchangePackage(above.ctx, `${pkg}.anttpkg`);
      expect(
        above.store.sqlite
          .prepare(
            `SELECT u.name, f.component_code FROM received_dossier_files f
             JOIN received_dossiers r ON r.id = f.received_dossier_id JOIN units u ON u.id = r.unit_id
             WHERE f.original_name = 'Bien ban hop dan.pdf'`,
          )
          .all(),
      ).toEqual([{ name: right.name, component_code: component.code }]);
    } finally {
      await above.store.close();
    }
    expect(page.appErrors).toEqual([]);
    await page.close();
  });

  it('a file dropped on a component lands in it; a removed file shows as removed and is put back', async () => {
    const area = openAreas()[0]!;
    const page = await roundPage();
    await openDossier(page, area.name);
    const component = sql<{ code: string; label: string }>(
      'SELECT code, label FROM dossier_components WHERE active = 1 ORDER BY sort_order LIMIT 1 OFFSET 1',
    )[0]!;
    const bytes = [...placeholderPdf('ke hoach')];
    const transfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(content)], 'Ke hoach.pdf', { type: 'application/pdf' }));
      return dt;
    }, bytes);
    await page.locator(`[data-component="${component.code}"]`).dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => page.getByText('Đã thêm 1 tệp vào hồ sơ.').isVisible()).toBe(true);
    await expect
      .poll(() => page.locator(`[data-component="${component.code}"]`).getByText('Ke hoach.pdf').isVisible())
      .toBe(true);

    await page.getByRole('button', { name: 'Gỡ tệp Ke hoach.pdf' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Gỡ' }).click();
    const removed = page.locator('[data-removed-files]');
    await expect.poll(() => removed.getByText('Ke hoach.pdf').isVisible()).toBe(true);
    await expect.poll(() => removed.textContent()).toMatch(/bởi Trần Thị Hoa/u);
    await settled(page);
    await shot(page, '73-tep-da-go', true);
    await removed.getByRole('button', { name: 'Khôi phục tệp Ke hoach.pdf' }).click();
    await expect
      .poll(() => page.locator(`[data-component="${component.code}"]`).getByText('Ke hoach.pdf').isVisible())
      .toBe(true);
    expect(await removed.count()).toBe(0);
    expect(
      sql("SELECT action FROM audit_log WHERE entity = 'dossier_file' AND summary LIKE '%Ke hoach.pdf%' ORDER BY id"),
    ).toEqual([{ action: 'add-file' }, { action: 'remove-file' }, { action: 'restore-file' }]);
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
