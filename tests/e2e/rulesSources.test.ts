// Recognition rules on screen (1366x768): every window, deadline and criterion with its source; dossier components
// per kind of unit; where the dossier goes and who recognises communes in the settings; an excluded unit warned.
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { chooseOption, chooseYear, openApp, shot, signIn } from '../support/e2eApp.ts';
import { e2eRig } from '../support/e2eRig.ts';

const rig = e2eRig('antt-e2e-rules-', (ctx) => seedDemo(ctx, 2025));

describe('rules with their sources', () => {
  it('shows where each deadline and criterion comes from, components per kind, the settings, an excluded unit', async () => {
    const page = await openApp(rig.browser, rig.bridge);
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, 'quantri', 'mat-khau-0');
    await chooseYear(page, 2025);

    await page.getByRole('menuitem', { name: 'Tiêu chí, mốc thời gian' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/Quyết định 510\/QĐ-BCA-V05/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await page.getByText('Nguồn: Thông tư 124/2021/TT-BCA, Điều 8 khoản 2').count()).toBeGreaterThan(0);
    expect(await page.getByText('Nguồn: Do tỉnh hướng dẫn (Thường trực nhập)').count()).toBeGreaterThan(0);
    await shot(page, '70-moc-thoi-gian-co-nguon');

    await page.getByRole('tab', { name: 'Bộ tiêu chí' }).click();
    await expect
      .poll(() => page.getByText('Nguồn: Thông tư 124/2021/TT-BCA, Điều 5 khoản 3').first().isVisible())
      .toBe(true);
    await page.getByText('Xã, phường, đặc khu (4 tiêu chí)').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await shot(page, '71-tieu-chi-co-nguon');

    await page.getByRole('tab', { name: 'Thành phần hồ sơ' }).click();
    await expect
      .poll(() => page.getByLabel('Nghị quyết (quý I) chỉ bắt buộc nơi có tổ chức Đảng').isChecked())
      .toBe(true);
    await shot(page, '72-thanh-phan-theo-loai-don-vi');

    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await expect.poll(() => page.getByText('Hạn phân loại phong trào').first().isVisible()).toBe(true);
    await page.getByText('Hạn phân loại phong trào').first().scrollIntoViewIfNeeded();
    await shot(page, '73-tong-quan-moc-co-nguon');

    await page.getByRole('menuitem', { name: 'Thông tin cơ quan' }).click();
    await page.getByText('Nơi gửi hồ sơ, thẩm quyền và văn bản áp dụng').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByPlaceholder('Ủy ban nhân dân tỉnh Thanh Hóa').isVisible()).toBe(true);
    await shot(page, '74-cai-dat-noi-gui-tham-quyen');

    await page.getByRole('menuitem', { name: 'Danh sách đơn vị' }).click();
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await chooseOption(page, 'Loại đơn vị', 'Cơ sở giáo dục');
    await page.getByLabel('Tên đơn vị').fill('Trường Mầm non Đông Sơn');
    await chooseOption(page, 'Loại không thuộc phạm vi công nhận', 'Trường mầm non');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByText('Cần ghi lý do vẫn đưa vào.').isVisible()).toBe(true);
    await shot(page, '75-don-vi-ngoai-pham-vi');
    expect(page.appErrors).toEqual([]);
  });
});
