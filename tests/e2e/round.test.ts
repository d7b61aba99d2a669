// The year's round in Chromium: register units, take a folder of hand-named scans from a "USB stick",
// appraise one dossier to đạt (proposed) and one to chưa đạt with a reason (not proposed).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { chooseOption, chooseYear, openApp, openDossier, shot, signIn, type AppPage } from '../support/e2eApp.ts';
import { e2eRig } from '../support/e2eRig.ts';
import { fingerprint, makeUsbFolder } from '../support/usbFolder.ts';

const rig = e2eRig('antt-e2e-round-', seedDemoUnits);
const { sql } = rig;

async function markAll(page: AppPage, verdict: 'Đạt' | 'Không đạt') {
  const groups = page.getByRole('radiogroup', { name: /^Đánh giá tiêu chí / });
  const count = await groups.count();
  expect(count).toBe(5);
  for (let i = 0; i < count; i++) await groups.nth(i).getByText(verdict, { exact: true }).click();
}

describe('the yearly round', () => {
  it('registers, takes files from a USB folder, and appraises to đạt and chưa đạt', async () => {
    const page = await openApp(rig.browser, rig.bridge);
    await signIn(page, 'canbo', 'mat-khau-1');
    await chooseYear(page, 2025);
    await page.getByRole('menuitem', { name: 'Đăng ký, hồ sơ' }).click();
    await page.getByRole('button', { name: 'Mở đợt xét năm 2025' }).click();

    // Register every unit the (empty) filter matches, loaded into the grid or not.
    await page.getByRole('button', { name: /^Đăng ký tất cả [\d.]+ đơn vị đang lọc$/ }).click();
    await page.getByText('100% hộ gia đình đã đăng ký').click();
    await expect.poll(() => page.getByLabel('100% hộ gia đình đã đăng ký').isChecked()).toBe(true);
    const date = page.getByLabel('Ngày đăng ký');
    await date.fill('15/02/2025');
    await shot(page, '20-dang-ky-hang-loat');
    // Enter in the date field confirms the date and submits the form, as a secretary would expect.
    await date.press('Enter');
    await expect.poll(() => page.getByText(/^Đã ghi đăng ký \d+ đơn vị/).isVisible()).toBe(true);
    const registered = sql<{ n: number }>('SELECT count(*) AS n FROM registrations')[0]!.n;
    expect(registered).toBeGreaterThanOrEqual(35);
    await shot(page, '21-danh-sach-dot-xet');

    // Files from a USB stick: proposals, then copy in; the stick stays as it was.
    const usb = makeUsbFolder(path.join(rig.dir, 'usb'));
    const before = fingerprint(usb);
    rig.bridge.nextFolder.push(usb);
    await page.getByRole('button', { name: 'Nhận tệp từ USB...' }).click();
    await page.getByRole('button', { name: 'Chọn thư mục...' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/tệp đã khớp/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await shot(page, '22-nhan-tep-usb');
    await page.getByRole('button', { name: /^Nhận \d+ tệp vào hồ sơ$/ }).click();
    await expect.poll(() => page.getByText(/^Đã nhận \d+ tệp vào hồ sơ năm 2025/).isVisible()).toBe(true);
    await shot(page, '23-nhan-tep-xong');
    await page.getByRole('button', { name: 'Xong' }).click();
    expect(fingerprint(usb)).toBe(before);
    const files = sql<{ n: number }>('SELECT count(*) AS n FROM dossier_files')[0]!.n;
    expect(files).toBeGreaterThanOrEqual(10);

    // Appraise Thôn Đông 1 to đạt and propose it.
    await openDossier(page, 'Thôn Đông 1', 'dong 1');
    await markAll(page, 'Đạt');
    await page.getByRole('button', { name: 'Lưu thẩm định' }).click();
    await expect.poll(() => page.getByText('Đã lưu thẩm định.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Đề nghị công nhận', exact: true }).click();
    // The stick did not hold every required part: proposing anyway asks why.
    const propose = page.getByRole('dialog', { name: 'Đề nghị công nhận Thôn Đông 1' });
    await expect.poll(() => propose.getByText(/^Hồ sơ còn thiếu \d+ thành phần bắt buộc/).isVisible()).toBe(true);
    await propose.getByLabel('Lý do vẫn đề nghị').fill('Thành phần còn thiếu nộp bổ sung trước khi trình ký.');
    await propose.getByRole('button', { name: 'Vẫn đề nghị công nhận' }).click();
    await expect.poll(() => page.getByText('Đã chuyển sang Đề nghị công nhận.').isVisible()).toBe(true);
    await shot(page, '24-tham-dinh-dat', true);
    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();

    // Appraise Thôn Đông 2: criteria met, but the committee decides chưa đạt, with its reason; not proposed.
    await openDossier(page, 'Thôn Đông 2', 'dong 2');
    await markAll(page, 'Đạt');
    await chooseOption(page, 'Kết quả khác', 'Chưa đạt');
    await page.getByLabel('Lý do', { exact: true }).fill('Chi bộ chưa ban hành nghị quyết trong quý I.');
    await page.getByRole('button', { name: 'Lưu thẩm định' }).click();
    await expect.poll(() => page.getByText('Đã lưu thẩm định.').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Không đề nghị' }).click();
    await page.getByLabel('Lý do không đề nghị').fill('Kết quả thẩm định chưa đạt.');
    await page.getByRole('button', { name: 'Ghi không đề nghị' }).click();
    await expect.poll(() => page.getByText('Đã ghi: không đề nghị công nhận.').isVisible()).toBe(true);
    await shot(page, '25-tham-dinh-chua-dat', true);

    const outcome = sql<{ name: string; status: string; result: string | null; reason: string | null; by: string }>(
      `SELECT u.name, d.status, coalesce(d.result_override, d.computed_result) AS result, d.override_reason AS reason,
              d.updated_by AS by
       FROM dossiers d JOIN units u ON u.id = d.unit_id WHERE u.name IN ('Thôn Đông 1', 'Thôn Đông 2') ORDER BY u.name`,
    );
    expect(outcome).toEqual([
      { name: 'Thôn Đông 1', status: 'de_nghi', result: 'dat', reason: null, by: 'canbo' },
      {
        name: 'Thôn Đông 2',
        status: 'khong_de_nghi',
        result: 'chua_dat',
        reason: 'Chi bộ chưa ban hành nghị quyết trong quý I.',
        by: 'canbo',
      },
    ]);

    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/Tổng quan năm 2025/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await shot(page, '26-tong-quan', true);
    expect(page.appErrors).toEqual([]);
    await page.close();
  });
});
