// Incidents by criterion in Chromium: religion exploited in a residential area shows on that area's criterion 3
// and on the commune's criterion 2, not on criterion 4, which shows the year's counts beside last year's.
import { describe, expect, it } from 'vitest';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { createIncident } from '../../electron/core/features/incidents/service.ts';
import { receiveDossier, saveRegistration } from '../../electron/core/features/round/service.ts';
import { chooseYear, openApp, openDossier, shot, signIn, type AppPage } from '../support/e2eApp.ts';
import { e2eRig } from '../support/e2eRig.ts';

const RELIGION = 'Lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp gây mất ANTT';

const rig = e2eRig('antt-e2e-incidents-', async (ctx) => {
  await seedDemoUnits(ctx);
  const idOf = (name: string) =>
    (ctx.store.sqlite.prepare('SELECT id FROM units WHERE name = ?').get(name) as { id: number }).id;
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
  const area = idOf('Thôn Tân Lập');
  await createIncident(ctx, { unitId: area, occurredOn: '2025-06-14', category: 'toi_pham', note: 'Trộm cắp xe máy' });
  await createIncident(ctx, {
    unitId: area,
    occurredOn: '2025-07-02',
    category: 'loi_dung_ton_giao',
    note: 'Lợi dụng tôn giáo kích động người dân',
  });
});

/** The text of a criterion's row in the appraisal table. */
async function criterionRow(page: AppPage, code: string): Promise<string> {
  const row = page.locator('tr').filter({ has: page.getByText(`Tiêu chí ${code}.`, { exact: true }) });
  return (await row.first().innerText()).replace(/\s+/g, ' ');
}

describe('incidents by criterion', () => {
  it('shows the incident on the area criterion 3 and the commune criterion 2, not on criterion 4', async () => {
    const page = await openApp(rig.browser, rig.bridge);
    await signIn(page, 'canbo', 'mat-khau-1');
    await chooseYear(page, 2025);
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
});
