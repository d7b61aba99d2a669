// Models, points and teams in Chromium: register a model, establish and launch it, replicate it to a second point
// with two teams, review it, retire another and replace it, rate the security teams with the 20% rule refusing one
// too many, and see criterion 1 of the enterprise suggested from the model.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../electron/core/context.ts';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { applyModelAction, insertModel, insertPoint } from '../../electron/core/features/models/index.ts';
import { receiveDossier, saveRegistration } from '../../electron/core/features/round/service.ts';
import { insertSecurityTeam } from '../../electron/core/features/securityTeams/index.ts';
import { startBridge, type Bridge } from '../support/bridge.ts';
import { launchChromium } from '../support/browser.ts';
import {
  RENDERER,
  addAccounts,
  assertBuilt,
  chooseOption,
  openApp,
  shot,
  signIn,
  type AppPage,
} from '../support/e2eApp.ts';
import { tempDir } from '../support/tempData.ts';

let browser: Browser;
let bridge: Bridge;
let data: ReturnType<typeof tempDir>;

const FACTORY = 'Công ty TNHH May mặc Đông Sơn';
const MODEL = 'Doanh nghiệp tự bảo vệ an ninh, trật tự';
const AREAS = [
  'Thôn Đông 1',
  'Thôn Đông 2',
  'Thôn Đông 3',
  'Thôn Tây Sơn',
  'Thôn Nam Sơn',
  'Thôn Bắc Sơn',
  'Thôn Trung Hòa',
];
const SLOW = { timeout: 15_000 };

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
  data = tempDir('antt-e2e-models-');
  bridge = await startBridge(path.join(data.dir, 'data'), RENDERER);
  // The office works on a fixed day of the 2025 season.
  bridge.context.now = () => new Date('2025-11-20T09:00:00+07:00');
  const ctx: ServiceContext = { store: bridge.context.store, actor: 'setup', now: bridge.context.now };
  await seedDemoUnits(ctx);
  const idOf = (name: string) =>
    (bridge.context.store.sqlite.prepare('SELECT id FROM units WHERE name = ?').get(name) as { id: number }).id;
  await bridge.context.store.db.transaction().execute(async (trx) => {
    await addAccounts(trx, ctx);
    for (const area of AREAS) {
      await insertSecurityTeam(trx, ctx, {
        unitId: idOf(area),
        name: `Tổ bảo vệ ANTT ${area}`,
        foundedOn: '2024-01-15',
        dissolvedOn: null,
        members: [
          { fullName: `Tổ trưởng ${area}`, role: 'to_truong', phone: null, joinedOn: '2024-01-15', leftOn: null },
        ],
      });
    }
    const old = await insertModel(trx, ctx, {
      name: 'Tổ hòa giải ở cơ sở',
      typeCode: 'tu_hoa_giai',
      field: 'hoa_giai',
      unitIds: [idOf('Xã Đông Sơn')],
      proposer: null,
      proposedOn: '2021-02-01',
      survey: null,
      proposal: null,
      approvedBy: null,
      notes: null,
    });
    await applyModelAction(trx, ctx, old, {
      action: 'thanh_lap',
      onDate: '2021-03-01',
      decisionNumber: '05/QĐ-UBND',
      decisionSigner: 'Nguyễn Văn An',
      steeringBoard: null,
      note: null,
    });
    await applyModelAction(trx, ctx, old, { action: 'ra_mat', onDate: '2021-04-01', note: null });
    await insertPoint(trx, ctx, {
      modelId: old,
      unitId: idOf('Thôn Đông 3'),
      startedOn: '2021-04-01',
      decisionNumber: null,
      decisionDate: null,
    });
  });
  const factory = idOf(FACTORY);
  await saveRegistration(ctx, 2025, factory, {
    registeredOn: '2025-02-10',
    resolutionNumber: '01/NQ',
    resolutionDate: '2025-02-05',
    householdsRegistered: null,
    householdsTotal: null,
    note: null,
  });
  await receiveDossier(ctx, 2025, factory, '2025-10-25');
});
afterAll(async () => {
  await browser?.close();
  await bridge?.close();
  data?.cleanup();
});

const sql = <T>(query: string, ...params: unknown[]) =>
  bridge.context.store.sqlite.prepare(query).all(...params) as T[];

/** A form field by its label, which antd follows with "(tùy chọn)" on optional fields. */
const field = (page: AppPage, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\(.*\\))?$`));

async function fillDate(page: AppPage, label: string, value: string) {
  const input = field(page, label);
  await input.fill(value);
  await input.press('Tab');
}

async function pickUnit(page: AppPage, label: string, search: string, name: string) {
  await field(page, label).click();
  await field(page, label).fill(search);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name });
  await expect.poll(() => option.first().isVisible(), SLOW).toBe(true);
  await option.first().click();
}

async function save(page: AppPage, text: RegExp | string) {
  await page
    .locator('.ant-modal:visible')
    .getByRole('button', { name: /^Lưu$|^L ưu$/ })
    .click();
  await expect.poll(() => page.getByText(text).first().isVisible(), SLOW).toBe(true);
}

describe('models, points and teams', () => {
  it('registers, replicates, reviews, retires and replaces, rates teams and suggests criterion 1', async () => {
    const page = await openApp(browser, bridge);
    await signIn(page, 'canbo', 'mat-khau-1');
    const year = page.getByLabel('Năm đánh giá');
    await year.fill('2025');
    await year.press('Enter');
    await page.getByRole('menuitem', { name: 'Mô hình, điểm, tổ' }).click();

    // Register the model from its proposal, then establish, launch and place it.
    await page.getByRole('button', { name: 'Đăng ký mô hình' }).click();
    await field(page, 'Tên mô hình').fill(MODEL);
    await chooseOption(page, 'Loại mô hình', 'Tự bảo vệ');
    await pickUnit(page, 'Đơn vị xây dựng mô hình', 'may mac', FACTORY);
    await field(page, 'Người, đơn vị đề xuất').fill('Công an xã Đông Sơn');
    await fillDate(page, 'Ngày đề xuất', '10/01/2024');
    await save(page, `Đã đăng ký mô hình ${MODEL}.`);
    const drawer = page.getByTestId('model-detail');
    await expect.poll(() => drawer.isVisible(), SLOW).toBe(true);

    await drawer.getByRole('button', { name: 'Thành lập' }).click();
    await fillDate(page, 'Ngày', '01/03/2024');
    await field(page, 'Số quyết định thành lập').fill('15/QĐ-UBND');
    await field(page, 'Người ký quyết định').fill('Nguyễn Văn An');
    await field(page, 'Ban chỉ đạo, ban điều hành').fill('Trưởng ban: Giám đốc công ty');
    await save(page, /Đã ghi bước "Thành lập"/);
    await drawer.getByRole('button', { name: 'Ra mắt, đi vào hoạt động' }).click();
    await fillDate(page, 'Ngày', '01/04/2024');
    await save(page, /Đã ghi bước "Ra mắt/);
    await drawer.getByRole('button', { name: 'Thêm điểm' }).click();
    await pickUnit(page, 'Nơi áp dụng', 'may mac', FACTORY);
    await fillDate(page, 'Ngày bắt đầu', '01/04/2024');
    await save(page, 'Đã thêm điểm.');

    // Replicate to a residential area, with two teams there.
    await drawer.getByRole('button', { name: 'Nhân rộng (thêm điểm)' }).click();
    await pickUnit(page, 'Nơi áp dụng', 'dong 1', 'Thôn Đông 1');
    await fillDate(page, 'Ngày bắt đầu', '01/03/2025');
    await save(page, 'Đã nhân rộng mô hình tới điểm mới.');
    for (const [name, leader, count] of [
      ['Tổ 1', 'Lê Văn Bình', '8'],
      ['Tổ 2', 'Trần Thị Cúc', '6'],
    ] as const) {
      await page
        .getByTestId('model-points')
        .getByRole('row')
        .filter({ hasText: 'Thôn Đông 1' })
        .getByRole('button', { name: 'Thêm tổ' })
        .click();
      await field(page, 'Tên tổ').fill(name);
      await field(page, 'Tổ trưởng').fill(leader);
      await field(page, 'Số thành viên').fill(count);
      await save(page, `Đã thêm tổ ${name}.`);
    }
    await expect.poll(() => drawer.getByText('Điểm và tổ (2 điểm, 2 tổ, 14 thành viên)').isVisible(), SLOW).toBe(true);
    await expect.poll(() => drawer.getByText('Đã nhân rộng').first().isVisible()).toBe(true);
    await shot(page, '80-mo-hinh-chi-tiet');
    await page.locator('.ant-drawer-close').click();

    // The yearly review: rate the new model; retire the old mediation team and replace it in one step.
    await page.getByRole('tab', { name: 'Đánh giá hằng năm' }).click();
    await chooseOption(page, `Mức đánh giá ${MODEL}`, 'Hoạt động hiệu quả');
    await page
      .getByTestId('review-grid')
      .getByRole('row')
      .filter({ hasText: MODEL })
      .getByRole('button', { name: 'Lưu' })
      .click();
    await expect.poll(() => page.getByText(`Đã lưu đánh giá "${MODEL}".`).isVisible(), SLOW).toBe(true);
    await page
      .getByTestId('review-grid')
      .getByRole('row')
      .filter({ hasText: 'Tổ hòa giải ở cơ sở' })
      .getByRole('button', { name: 'Thanh loại, thay thế' })
      .click();
    await fillDate(page, 'Ngày thanh loại', '15/11/2025');
    await field(page, 'Lý do thanh loại').fill('Không hoạt động từ năm 2024');
    await field(page, 'Tên mô hình').fill('Tổ hòa giải kết hợp tuần tra');
    await shot(page, '81-thanh-loai-thay-the');
    await page.getByRole('button', { name: 'Thanh loại và đăng ký mô hình mới' }).click();
    await expect
      .poll(
        () =>
          page
            .getByText('Đã thanh loại "Tổ hòa giải ở cơ sở" và đăng ký "Tổ hòa giải kết hợp tuần tra" thay thế.')
            .isVisible(),
        SLOW,
      )
      .toBe(true);
    expect(
      sql('SELECT status, replaced_by_id IS NOT NULL AS replaced FROM models WHERE name = ?', 'Tổ hòa giải ở cơ sở'),
    ).toEqual([{ status: 'thanh_loai', replaced: 1 }]);
    await shot(page, '82-danh-gia-hang-nam');
    // Counts on screen: 1 model live by 15/11/2025 (the new one), 2 points, 2 teams, 1 effective, 1 retired.
    const counts = (await page.getByTestId('model-counts').innerText()).replace(/\s+/g, ' ');
    expect(counts).toContain('Mô hình (theo tên) 1 Điểm 2 Tổ 2 Hoạt động hiệu quả 1 Thanh loại trong năm 1');

    // Security teams: five "tốt" allow one "xuất sắc"; a second is refused with the numbers, nothing written.
    await page.getByRole('menuitem', { name: 'Tổ bảo vệ ANTT' }).click();
    for (const area of AREAS.slice(0, 5))
      await chooseOption(page, `Xếp loại Tổ bảo vệ ANTT ${area}`, 'Hoàn thành tốt nhiệm vụ');
    await chooseOption(page, `Xếp loại Tổ bảo vệ ANTT ${AREAS[5]}`, 'Hoàn thành xuất sắc nhiệm vụ');
    await page.getByRole('button', { name: 'Lưu xếp loại' }).click();
    await expect.poll(() => page.getByText('Đã lưu xếp loại tổ năm 2025.').isVisible(), SLOW).toBe(true);
    await chooseOption(page, `Xếp loại Tổ bảo vệ ANTT ${AREAS[6]}`, 'Hoàn thành xuất sắc nhiệm vụ');
    await page.getByRole('button', { name: 'Lưu xếp loại' }).click();
    const refusal =
      'Số tổ "Hoàn thành xuất sắc nhiệm vụ" không được quá 20% số tổ "Hoàn thành tốt nhiệm vụ": 5 tổ hoàn thành tốt cho phép tối đa 1 tổ xuất sắc, đang xếp 2 tổ. Chưa ghi gì.';
    await expect.poll(() => page.getByText(refusal).isVisible(), SLOW).toBe(true);
    expect(sql("SELECT count(*) AS n FROM security_team_ratings WHERE rating = 'xuat_sac'")).toEqual([{ n: 1 }]);
    await shot(page, '83-xep-loai-to-tu-choi');
    await page.keyboard.press('Escape');

    // Criterion 1 of the enterprise names its effective model.
    await page.getByRole('menuitem', { name: 'Đăng ký, hồ sơ' }).click();
    await page.getByLabel('Tìm kiếm').fill('may mac');
    const cell = page.getByRole('gridcell', { name: FACTORY, exact: true }).first();
    const title = page.getByText(`Hồ sơ ${FACTORY} — năm 2025`);
    await expect.poll(() => cell.isVisible(), SLOW).toBe(true);
    await expect
      .poll(async () => {
        if (!(await title.isVisible())) await cell.dblclick({ timeout: 5_000 }).catch(() => undefined);
        await page.waitForTimeout(500);
        return title.isVisible();
      }, SLOW)
      .toBe(true);
    const row = page.locator('tr').filter({ has: page.getByText('Tiêu chí 1.', { exact: true }) });
    await expect
      .poll(async () => (await row.first().innerText()).replace(/\s+/g, ' '), SLOW)
      .toContain(`Có mô hình hoạt động hiệu quả năm 2025: "${MODEL}".`);
    await page.getByText('Tiêu chí 1.', { exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '84-tieu-chi-1-mo-hinh');
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
