// Incidents by criterion in Chromium: religion exploited in a residential area shows on that area's criterion 3
// and on the commune's criterion 2, not on criterion 4, which shows the year's counts beside last year's. The
// mapping edited in a new criteria set version; a unit of an excluded kind registered only with a reason; the
// commune's UBND plan entered at registration and checked in its criterion 1.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { createIncident } from '../../electron/core/features/incidents/service.ts';
import { receiveDossier, saveRegistration } from '../../electron/core/features/round/service.ts';
import { createUnit } from '../../electron/core/features/units/service.ts';
import { startBridge, type Bridge } from '../support/bridge.ts';
import { launchChromium } from '../support/browser.ts';
import { RENDERER, assertBuilt, openApp, shot, signIn, type AppPage, addAccounts } from '../support/e2eApp.ts';
import { tempDir } from '../support/tempData.ts';

let browser: Browser;
let bridge: Bridge;
let data: ReturnType<typeof tempDir>;

const RELIGION = 'Lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp gây mất ANTT';

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-incidents-');
  bridge = await startBridge(path.join(data.dir, 'data'), RENDERER);
  const ctx = { store: bridge.context.store, actor: 'setup', now: () => new Date() };
  await seedDemoUnits(ctx);
  await bridge.context.store.db.transaction().execute((trx) => addAccounts(trx, ctx));
  const idOf = (name: string) =>
    (bridge.context.store.sqlite.prepare('SELECT id FROM units WHERE name = ?').get(name) as { id: number }).id;
  for (const name of ['Thôn Tân Lập', 'Xã Đông Sơn']) {
    const id = idOf(name);
    await saveRegistration(ctx, 2025, id, {
      registeredOn: '2025-02-10',
      resolutionNumber: '01/NQ',
      resolutionDate: '2025-02-05',
      householdsRegistered: name.startsWith('Thôn') ? 180 : null,
      householdsTotal: name.startsWith('Thôn') ? 180 : null,
      note: null,
    });
    await receiveDossier(ctx, 2025, id, '2025-10-25');
  }
  await createUnit(ctx, {
    kind: 'co_so_giao_duc',
    subtype: null,
    name: 'Trường Mầm non Hoa Sen',
    parentId: null,
    address: null,
    headName: null,
    headPhone: null,
    households: null,
    population: null,
    notes: null,
    activeFrom: null,
    activeUntil: null,
    mergedIntoId: null,
    hasPartyOrganisation: false,
    excludedKind: 'mam_non',
    excludedReason: 'Có trong danh sách của xã từ trước',
  });
  const area = idOf('Thôn Tân Lập');
  await createIncident(ctx, { unitId: area, occurredOn: '2025-06-14', category: 'toi_pham', note: 'Trộm cắp xe máy' });
  await createIncident(ctx, {
    unitId: area,
    occurredOn: '2025-07-02',
    category: 'loi_dung_ton_giao',
    note: 'Lợi dụng tôn giáo kích động người dân',
  });
});
afterAll(async () => {
  await browser?.close();
  await bridge?.close();
  data?.cleanup();
});

const SLOW = { timeout: 15_000 };
const sql = <T>(query: string, ...params: unknown[]) =>
  bridge.context.store.sqlite.prepare(query).all(...params) as T[];

/** Signed in as the given user at 1366x768 on year 2025; the bridge keeps one session, so whoever was in leaves. */
async function openRound(page: AppPage, user: string, password: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  const signOut = page.getByRole('button', { name: 'Đăng xuất' });
  const login = page.getByLabel('Tên đăng nhập');
  await expect.poll(async () => (await signOut.isVisible()) || (await login.isVisible()), SLOW).toBe(true);
  if (await signOut.isVisible()) await signOut.click();
  await signIn(page, user, password);
  const year = page.getByLabel('Năm đánh giá');
  await year.fill('2025');
  await year.press('Enter');
}

async function openDossier(page: AppPage, unitName: string, search: string) {
  await page.getByLabel('Tìm kiếm').fill(search);
  const cell = page.getByRole('gridcell', { name: unitName, exact: true }).first();
  const title = page.getByText(`Hồ sơ ${unitName} — năm 2025`);
  await expect.poll(() => cell.isVisible(), SLOW).toBe(true);
  // The grid may still replace the row for the search: a double click on the old row opens nothing, so retry.
  await expect
    .poll(async () => {
      if (!(await title.isVisible())) await cell.dblclick({ timeout: 5_000 }).catch(() => undefined);
      await page.waitForTimeout(500);
      return title.isVisible();
    }, SLOW)
    .toBe(true);
}

/** The text of a criterion's row in the appraisal table. */
async function criterionRow(page: AppPage, code: string): Promise<string> {
  const row = page.locator('tr').filter({ has: page.getByText(`Tiêu chí ${code}.`, { exact: true }) });
  return (await row.first().innerText()).replace(/\s+/g, ' ');
}

describe('incidents by criterion', () => {
  it('shows the incident on the area criterion 3 and the commune criterion 2, not on criterion 4', async () => {
    const page = await openApp(browser, bridge);
    await signIn(page, 'canbo', 'mat-khau-1');
    const year = page.getByLabel('Năm đánh giá');
    await year.fill('2025');
    await year.press('Enter');
    await page.getByRole('menuitem', { name: 'Đăng ký, hồ sơ' }).click();

    await openDossier(page, 'Thôn Tân Lập', 'tan lap');
    const c3 = await criterionRow(page, '3');
    expect(c3).toContain(`Vụ việc ngày 02/07/2025: ${RELIGION}`);
    expect(c3).not.toContain('14/06/2025');
    const c4 = await criterionRow(page, '4');
    expect(c4).not.toContain('02/07/2025');
    expect(c4).toContain('Cần xem xét');
    expect(c4).toMatch(/Tội phạm, tệ nạn xã hội, tai nạn nghiêm trọng\s*1\s*0/);
    // Criteria 3 and 4 together on screen.
    await page.getByText('Tiêu chí 3.', { exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '70-vu-viec-tieu-chi-khu-dan-cu', true);
    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();

    await openDossier(page, 'Xã Đông Sơn', 'xa dong son');
    const c2 = await criterionRow(page, '2');
    expect(c2).toContain(`Vụ việc ngày 02/07/2025 tại Thôn Tân Lập: ${RELIGION}`);
    expect(c2).toContain('Cần xem xét');
    await page.getByText('Tiêu chí 2.', { exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '71-vu-viec-tieu-chi-xa', true);
    expect(page.appErrors).toEqual([]);
    await page.close();
  });

  it('asks why a unit of an excluded kind is registered, and the commune for its UBND plan, checked in criterion 1', async () => {
    const page = await openApp(browser, bridge);
    await openRound(page, 'canbo', 'mat-khau-1');
    await page.getByRole('menuitem', { name: 'Đăng ký, hồ sơ' }).click();

    await page.getByLabel('Tìm kiếm').fill('mam non hoa sen');
    const registerSchool = page.getByRole('button', { name: 'Đăng ký của Trường Mầm non Hoa Sen' });
    await expect.poll(() => registerSchool.isVisible(), SLOW).toBe(true);
    await registerSchool.click();
    const registeredOn = page.getByLabel('Ngày đăng ký');
    await registeredOn.fill('10/02/2025');
    await registeredOn.press('Tab');
    await expect
      .poll(() =>
        page
          .getByText('Trường mầm non không thuộc đối tượng xét công nhận (Thông tư 124/2021/TT-BCA, Điều 1 khoản 2).')
          .isVisible(),
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Lưu đăng ký' }).click();
    await expect.poll(() => page.getByText('Cần ghi lý do vẫn đăng ký.').isVisible()).toBe(true);
    await shot(page, '76-dang-ky-don-vi-ngoai-pham-vi');
    expect(
      sql('SELECT 1 FROM registrations r JOIN units u ON u.id = r.unit_id WHERE u.name = ?', 'Trường Mầm non Hoa Sen'),
    ).toEqual([]);
    await page.getByLabel('Lý do vẫn đăng ký').fill('Đăng ký theo chỉ đạo của Công an tỉnh');
    await page.getByRole('button', { name: 'Lưu đăng ký' }).click();
    await expect
      .poll(() =>
        sql<{ excluded_reason: string }>(
          'SELECT r.excluded_reason FROM registrations r JOIN units u ON u.id = r.unit_id WHERE u.name = ?',
          'Trường Mầm non Hoa Sen',
        ),
      )
      .toEqual([{ excluded_reason: 'Đăng ký theo chỉ đạo của Công an tỉnh' }]);

    await page.getByLabel('Tìm kiếm').fill('xa dong son');
    const registerCommune = page.getByRole('button', { name: 'Đăng ký của Xã Đông Sơn' });
    await expect.poll(() => registerCommune.isVisible(), SLOW).toBe(true);
    await registerCommune.click();
    await page.getByLabel('Số kế hoạch của UBND').fill('18/KH-UBND');
    const planDate = page.getByLabel('Ngày kế hoạch');
    await planDate.fill('28/01/2025');
    await planDate.press('Tab');
    await shot(page, '77-dang-ky-xa-ke-hoach-ubnd');
    await page.getByRole('button', { name: 'Lưu đăng ký' }).click();
    await expect
      .poll(() =>
        sql(
          'SELECT r.plan_number, r.plan_date FROM registrations r JOIN units u ON u.id = r.unit_id WHERE u.name = ?',
          'Xã Đông Sơn',
        ),
      )
      .toEqual([{ plan_number: '18/KH-UBND', plan_date: '2025-01-28' }]);

    await openDossier(page, 'Xã Đông Sơn', 'xa dong son');
    const c1 = await criterionRow(page, '1');
    expect(c1).toContain('Kế hoạch của Ủy ban nhân dân số 18/KH-UBND ngày 28/01/2025, trong quý I.');
    expect(c1).toContain('sổ mô hình của ứng dụng chưa ghi mô hình nào');
    await page.getByText('Tiêu chí 1.', { exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '78-xa-tieu-chi-1-ke-hoach');
    expect(page.appErrors).toEqual([]);
    await page.close();
  });

  it('edits which incidents breach a criterion in a new criteria set version, refusing crime failing criterion 4', async () => {
    const page = await openApp(browser, bridge);
    await openRound(page, 'quantri', 'mat-khau-0');
    await page.getByRole('menuitem', { name: 'Tiêu chí, mốc thời gian' }).click();
    await page.getByRole('tab', { name: 'Bộ tiêu chí' }).click();
    await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
    const drawer = page.locator('.ant-drawer');
    const residential = drawer.locator('.ant-card').filter({ hasText: 'Khu dân cư (5 tiêu chí)' });
    const row = (n: number) => residential.locator('.criterion-edit').nth(n);
    await expect.poll(() => row(3).isVisible(), SLOW).toBe(true);
    // Criterion 4 weighs crime against last year: the editor shows it, and moving it to "fails" is refused.
    expect(await row(3).innerText()).toContain('Tội phạm, tệ nạn xã hội, tai nạn nghiêm trọng');
    await row(3).getByLabel('Vụ việc làm không đạt').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Tội phạm, tệ nạn xã hội, tai nạn nghiêm trọng' })
      .first()
      .click();
    await page.keyboard.press('Escape');
    const refusal = 'chỉ được đánh dấu cần xem xét (so với năm trước)';
    await expect.poll(() => row(3).getByText(refusal, { exact: false }).isVisible()).toBe(true);
    await row(3).scrollIntoViewIfNeeded();
    await shot(page, '79-sua-loai-vu-viec-tieu-chi');
    await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await expect.poll(() => page.getByText(/gắn loại vụ việc không hợp lệ/).isVisible()).toBe(true);
    expect(sql('SELECT 1 FROM criteria_sets WHERE version = 3')).toEqual([]);

    // Put it back to "review", and take the disputes category off criterion 3.
    await row(3).getByLabel('Vụ việc cần xem xét').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Tội phạm, tệ nạn xã hội, tai nạn nghiêm trọng' })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await expect.poll(() => row(3).getByText(refusal, { exact: false }).count()).toBe(0);
    await row(2)
      .locator('.ant-select-selection-item')
      .filter({ hasText: 'Tranh chấp, khiếu kiện phức tạp, kéo dài' })
      .locator('.ant-select-selection-item-remove')
      .click();
    await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await expect.poll(() => sql('SELECT 1 FROM criteria_sets WHERE version = 3').length, SLOW).toBe(1);
    const mapping = sql<{ code: string; category: string; effect: string }>(
      `SELECT c.code, m.category, m.effect FROM criterion_incident_categories m JOIN criteria c ON c.id = m.criterion_id
       JOIN criteria_sets s ON s.id = c.set_id WHERE s.version = 3 AND c.kind = 'khu_dan_cu' ORDER BY c.code, m.category`,
    );
    expect(mapping.filter((m) => m.code === '3').map((m) => m.category)).not.toContain('khieu_kien');
    expect(mapping.filter((m) => m.code === '3')).toHaveLength(6);
    expect(mapping.filter((m) => m.code === '4')).toEqual([
      { code: '4', category: 'khac', effect: 'xem_xet' },
      { code: '4', category: 'toi_pham', effect: 'xem_xet' },
    ]);
    // The set as read shows each criterion's incidents by effect.
    await expect
      .poll(
        () =>
          page
            .getByText(/Vụ việc làm không đạt: Hoạt động chống Đảng/)
            .first()
            .isVisible(),
        SLOW,
      )
      .toBe(true);
    const weighed = page.getByText(/Cần xem xét so với năm trước: Tội phạm/).first();
    await expect.poll(() => weighed.isVisible(), SLOW).toBe(true);
    // The list reloads once the new version is applied to the year: scroll until the line stays in view.
    await expect
      .poll(async () => {
        await weighed.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.waitForTimeout(300);
        const box = await weighed.boundingBox();
        return box !== null && box.y > 0 && box.y < 700;
      }, SLOW)
      .toBe(true);
    await shot(page, '80-bo-tieu-chi-loai-vu-viec');
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
