// Criterion 1 of communes, agencies, enterprises and schools suggested from the models registry: a model rated
// effective (or in operation, not yet rated) in the window passes that part and is named; only ineffective ones
// fail it; none recorded asks the reviewer, and an office not using the registry sees what it saw before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDetail } from '#shared/api/roundTypes.ts';
import { modelApp, modelFields } from '../support/modelFixtures.ts';

let t: Awaited<ReturnType<typeof modelApp>>;
let commune: number;
let thon: number;
let factory: number;
let school: number;

beforeEach(async () => {
  t = await modelApp();
  commune = await t.unit('Xã Đông Sơn', 'xa_phuong');
  thon = await t.unit('Thôn Đông', 'khu_dan_cu', commune);
  factory = await t.unit('Công ty TNHH May Đông Sơn', 'doanh_nghiep');
  school = await t.unit('Trường THCS Đông Sơn', 'co_so_giao_duc');
  await t.call('campaigns.open', { year: 2025 });
});
afterEach(async () => t.close());

async function criterion1(unitId: number): Promise<DossierDetail['items'][number]> {
  await t.call('registrations.save', {
    year: 2025,
    unitId,
    registeredOn: '2025-02-10',
    resolutionNumber: '01/NQ',
    resolutionDate: '2025-02-05',
  });
  const d = await t.call('dossiers.receive', { year: 2025, unitId, receivedOn: '2025-10-20' });
  return d.items.find((i) => i.criterion.code === '1')!;
}

async function working(name: string, unitIds: number[], pointAt: number) {
  const m = await t.call('models.create', modelFields(name, unitIds, 'tu_bao_ve'));
  const step = { id: m.id };
  await t.call('models.act', {
    ...step,
    step: { action: 'thanh_lap', onDate: '2024-02-01', decisionNumber: '3/QĐ', decisionSigner: 'Nguyễn Văn An' },
  });
  await t.call('models.act', { ...step, step: { action: 'ra_mat', onDate: '2024-03-01' } });
  await t.call('models.addPoint', { modelId: m.id, unitId: pointAt, startedOn: '2024-03-01' });
  return m.id;
}

describe('criterion 1 from the models registry', () => {
  it('leaves an office that does not use the registry as it was', async () => {
    const c1 = await criterion1(factory);
    expect(c1.suggestedVerdict).toBe('dat');
    expect(c1.reasons.join(' ')).not.toContain('mô hình');
  });

  it('names the effective model, or the one in operation, and refuses only ineffective ones', async () => {
    const id = await working('Doanh nghiệp tự bảo vệ', [factory], factory);
    let c1 = await criterion1(factory);
    expect(c1.suggestedVerdict).toBe('dat');
    expect(c1.reasons).toContain(
      'Có mô hình đang hoạt động trong thời gian đánh giá (chưa đánh giá hiệu quả năm 2025): "Doanh nghiệp tự bảo vệ".',
    );
    await t.call('models.review', { modelId: id, year: 2025, ratingCode: 'hieu_qua', reviewedOn: '2025-11-01' });
    c1 = (await t.call('dossiers.receive', { year: 2025, unitId: factory, receivedOn: '2025-10-20' })).items.find(
      (i) => i.criterion.code === '1',
    )!;
    expect(c1.suggestedVerdict).toBe('dat');
    expect(c1.reasons).toContain('Có mô hình hoạt động hiệu quả năm 2025: "Doanh nghiệp tự bảo vệ".');

    await t.call('models.review', {
      modelId: id,
      year: 2025,
      ratingCode: 'khong_hoat_dong',
      reviewedOn: '2025-11-02',
    });
    c1 = (await t.call('dossiers.receive', { year: 2025, unitId: factory, receivedOn: '2025-10-20' })).items.find(
      (i) => i.criterion.code === '1',
    )!;
    expect(c1.suggestedVerdict).toBe('khong_dat');
    expect(c1.reasons).toContain('Không có mô hình hoạt động hiệu quả: "Doanh nghiệp tự bảo vệ" (Không hoạt động).');

    // The registry is in use: a school with no model recorded is left to the reviewer.
    const s1 = await criterion1(school);
    expect(s1.suggestedVerdict).toBeNull();
    expect(s1.reasons.at(-1)).toBe(
      'Sổ mô hình chưa ghi mô hình nào của đơn vị hoạt động trong thời gian đánh giá 16/11/2024 – 15/11/2025: cần xem xét hồ sơ.',
    );
  });

  it('counts for the commune a model applied at one of its residential areas', async () => {
    await working('Tổ tự quản an ninh trật tự', [], thon);
    const c1 = await criterion1(commune);
    expect(c1.reasons).toContain(
      'Có mô hình đang hoạt động trong thời gian đánh giá (chưa đánh giá hiệu quả năm 2025): "Tổ tự quản an ninh trật tự".',
    );
  });
});
