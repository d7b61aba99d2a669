// The models registry on a real SQLite file through the contract: lifecycle with history, points and teams, the
// counting rule, the yearly review after the minimum time, retire-and-replace, exemplars and the office's lists.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modelApp, modelFields } from '../support/modelFixtures.ts';

let t: Awaited<ReturnType<typeof modelApp>>;
let pickedFile: string | null = null;
let opened: string[] = [];
let thon1: number;
let thon2: number;
let commune: number;

beforeEach(async () => {
  opened = [];
  t = await modelApp({
    pickOpenFile: async () => pickedFile,
    openPath: async (p) => {
      opened.push(p);
    },
  });
  commune = await t.unit('Xã Đông Sơn', 'xa_phuong');
  thon1 = await t.unit('Thôn Đông', 'khu_dan_cu', commune);
  thon2 = await t.unit('Thôn Tây', 'khu_dan_cu', commune);
});
afterEach(async () => t.close());

/** A model taken to "đang hoạt động" with one point: the usual starting place. */
async function launched(name: string, launchedOn = '2024-03-01', typeCode = 'tu_quan') {
  const m = await t.call('models.create', modelFields(name, [commune], typeCode));
  await t.call('models.act', {
    id: m.id,
    step: {
      action: 'thanh_lap',
      onDate: launchedOn,
      decisionNumber: '12/QĐ-UBND',
      decisionSigner: 'Nguyễn Văn An',
      steeringBoard: 'Trưởng ban: Chủ tịch UBND xã',
    },
  });
  await t.call('models.act', { id: m.id, step: { action: 'ra_mat', onDate: launchedOn } });
  return t.call('models.addPoint', { modelId: m.id, unitId: thon1, startedOn: launchedOn });
}

describe('model lifecycle', () => {
  it('goes from proposal to replication with each step in its history (who, when, why)', async () => {
    const created = await t.call('models.create', modelFields('Camera an ninh', [commune]));
    expect(created).toMatchObject({ status: 'de_xuat', units: [{ id: commune, name: 'Xã Đông Sơn' }] });
    const m = await launched('Tổ tự quản an ninh trật tự');
    expect(m.status).toBe('hoat_dong');
    expect(m.decisionNumber).toBe('12/QĐ-UBND');
    expect(m.steeringBoard).toBe('Trưởng ban: Chủ tịch UBND xã');
    expect(m.points).toHaveLength(1);

    const point2 = await t.call('models.addPoint', { modelId: m.id, unitId: thon2, startedOn: '2025-01-05' });
    expect(point2.status).toBe('nhan_rong');
    const pointId = point2.points.find((p) => p.unitId === thon2)!.id;
    await t.call('models.addTeam', { pointId, name: 'Tổ 1', leaderName: 'Lê Văn Bình', memberCount: 7 });
    const withTeams = await t.call('models.addTeam', {
      pointId,
      name: 'Tổ 2',
      leaderName: 'Trần Thị Cúc',
      memberCount: 0,
      members: [
        { fullName: 'Trần Thị Cúc', role: 'Tổ trưởng', phone: '0912345678', joinedOn: '2025-01-05' },
        { fullName: 'Phạm Văn Dũng', role: 'Tổ viên' },
      ],
    });
    expect(withTeams.points[1]!.teams.map((k) => [k.name, k.memberCount, k.members.length])).toEqual([
      ['Tổ 1', 7, 0],
      ['Tổ 2', 2, 2],
    ]);
    expect(withTeams).toMatchObject({ pointCount: 2, teamCount: 2, memberCount: 9 });

    const reviewed = await t.call('models.act', {
      id: m.id,
      step: { action: 'so_ket', onDate: '2025-06-30', note: 'Sơ kết 6 tháng: duy trì tốt' },
    });
    expect(reviewed.status).toBe('nhan_rong');
    expect(reviewed.events.map((e) => [e.action, e.fromStatus, e.toStatus, e.onDate, e.actor])).toEqual([
      ['de_xuat', null, 'de_xuat', '2024-01-10', 'canbo'],
      ['thanh_lap', 'de_xuat', 'thanh_lap', '2024-03-01', 'canbo'],
      ['ra_mat', 'thanh_lap', 'hoat_dong', '2024-03-01', 'canbo'],
      ['nhan_rong', 'hoat_dong', 'nhan_rong', '2025-01-05', 'canbo'],
      ['so_ket', 'nhan_rong', 'nhan_rong', '2025-06-30', 'canbo'],
    ]);
    expect(reviewed.events.at(-1)!.note).toBe('Sơ kết 6 tháng: duy trì tốt');
  });

  it('refuses a step the transition table does not allow, writing nothing', async () => {
    const m = await t.call('models.create', modelFields('Camera an ninh', [commune]));
    const before = t.rowCount('model_events');
    const error = await t.refused('models.act', { id: m.id, step: { action: 'ra_mat', onDate: '2024-03-01' } });
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('đang ở bước "Đề xuất"');
    expect(t.rowCount('model_events')).toBe(before);
    expect((await t.call('models.get', { id: m.id })).status).toBe('de_xuat');
    const point = await t.refused('models.addPoint', { modelId: m.id, unitId: thon1, startedOn: '2024-03-01' });
    expect(point.message).toContain('chỉ thêm điểm cho mô hình đã thành lập');
    const future = await t.refused('models.act', {
      id: m.id,
      step: { action: 'thanh_lap', onDate: '2030-01-01', decisionNumber: '1/QĐ', decisionSigner: 'A' },
    });
    expect(future.message).toContain('đến hôm nay (05/11/2025)');
  });

  it('retires a model and registers its replacement in one step', async () => {
    const old = await launched('Tổ hòa giải cũ', '2024-03-01', 'tu_hoa_giai');
    const { retired, replacement } = await t.call('models.retireAndReplace', {
      id: old.id,
      onDate: '2025-09-01',
      reason: 'Không hoạt động hai năm liền',
      replacement: modelFields('Tổ hòa giải mới', [commune], 'tu_hoa_giai'),
    });
    expect(retired).toMatchObject({
      status: 'thanh_loai',
      retiredOn: '2025-09-01',
      retireReason: 'Không hoạt động hai năm liền',
      replacedBy: { id: replacement.id, name: 'Tổ hòa giải mới' },
    });
    expect(replacement).toMatchObject({ status: 'de_xuat', replaces: [{ id: old.id, name: 'Tổ hòa giải cũ' }] });
    expect(retired.events.at(-1)).toMatchObject({ action: 'thanh_loai', note: 'Không hoạt động hai năm liền' });

    // A replacement that cannot be registered leaves the old model as it was.
    const other = await launched('Mô hình thứ ba');
    const before = t.rowCount('models');
    const error = await t.refused('models.retireAndReplace', {
      id: other.id,
      onDate: '2025-09-01',
      reason: 'Thay thế',
      replacement: modelFields('Mô hình thay thế', [commune], 'khong_co_loai_nay'),
    });
    expect(error.message).toContain('Loại mô hình không có trong danh mục');
    expect(t.rowCount('models')).toBe(before);
    expect((await t.call('models.get', { id: other.id })).status).toBe('hoat_dong');
  });

  it('keeps documents in the attachment store and opens a copy under the original name', async () => {
    const m = await t.call('models.create', modelFields('Camera an ninh', [commune]));
    const file = path.join(t.dir, 'Khảo sát.pdf');
    fs.writeFileSync(file, '%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    pickedFile = file;
    const withFile = await t.call('models.attachFile', { id: m.id });
    expect(withFile?.files.map((f) => f.name)).toEqual(['Khảo sát.pdf']);
    expect(t.rowCount('attachments')).toBe(1);
    await t.call('models.openFile', { fileId: withFile!.files[0]!.id });
    expect(path.basename(opened[0]!)).toBe('Khảo sát.pdf');
    expect(fs.readFileSync(opened[0]!, 'utf8')).toContain('%PDF-1.4');
    pickedFile = path.join(t.dir, 'macro.pdf');
    fs.writeFileSync(pickedFile, 'MZ not a pdf');
    expect((await t.refused('models.attachFile', { id: m.id })).message).toContain('nội dung không phải tệp .pdf');
  });
});

describe('counting rule and yearly review', () => {
  it('counts models by name with their live points and teams, effective and retired ones, by type', async () => {
    const a = await launched('Tổ tự quản an ninh trật tự');
    await t.call('models.addPoint', { modelId: a.id, unitId: thon2, startedOn: '2025-01-05' });
    const detail = await t.call('models.get', { id: a.id });
    for (const p of detail.points) {
      await t.call('models.addTeam', { pointId: p.id, name: 'Tổ A', memberCount: 5, foundedOn: '2025-01-10' });
      await t.call('models.addTeam', { pointId: p.id, name: 'Tổ B', memberCount: 5, foundedOn: '2025-01-10' });
    }
    const b = await launched('Camera an ninh', '2024-05-01', 'tu_bao_ve');
    await launched('Dòng họ tự quản', '2025-10-01', 'tu_quan');
    await t.call('models.create', modelFields('Chỉ mới đề xuất', [commune]));
    await t.call('models.review', { modelId: a.id, year: 2025, ratingCode: 'hieu_qua', reviewedOn: '2025-11-01' });
    await t.call('models.act', { id: b.id, step: { action: 'thanh_loai', onDate: '2025-08-01', note: 'Hư hỏng' } });

    expect(await t.call('models.counts', { year: 2025 })).toEqual({
      year: 2025,
      models: 2,
      points: 3,
      teams: 4,
      effective: 1,
      retired: 1,
      byType: { tu_quan: 2 },
    });
    // The year before: only what existed by 15/11/2024; nothing rated or retired then.
    expect(await t.call('models.counts', { year: 2024 })).toEqual({
      year: 2024,
      models: 2,
      points: 2,
      teams: 0,
      effective: 0,
      retired: 0,
      byType: { tu_bao_ve: 1, tu_quan: 1 },
    });
  });

  it('rates only models in operation for the minimum time (an editable setting flagged "Cần xác nhận")', async () => {
    const lists = await t.call('models.lists', {});
    expect(lists.settings.reviewMinMonths).toBe(6);
    expect(lists.settings.reviewMinMonthsSource).toMatch(/^Cần xác nhận/);
    const old = await launched('Tổ tự quản', '2024-03-01');
    const fresh = await launched('Camera an ninh', '2025-10-01');
    const sheet = await t.call('models.reviewSheet', { year: 2025 });
    expect(sheet.rows.map((r) => [r.model.name, r.state, r.monthsInOperation])).toEqual([
      ['Camera an ninh', 'too_new', 1],
      ['Tổ tự quản', 'due', 20],
    ]);
    const error = await t.refused('models.review', {
      modelId: fresh.id,
      year: 2025,
      ratingCode: 'hieu_qua',
      reviewedOn: '2025-11-01',
    });
    expect(error.message).toContain('mới hoạt động 1 tháng');
    expect(error.message).toContain('từ 6 tháng trở lên (Cần xác nhận');
    expect(t.rowCount('model_reviews')).toBe(0);

    await t.call('models.review', {
      modelId: old.id,
      year: 2025,
      ratingCode: 'khong_hoat_dong',
      reviewedOn: '2025-11-01',
      note: 'Tổ không họp từ quý II',
    });
    const after = await t.call('models.reviewSheet', { year: 2025 });
    expect(after.rows.find((r) => r.model.id === old.id)).toMatchObject({
      state: 'reviewed',
      weak: true,
      review: { ratingLabel: 'Không hoạt động', effective: false },
    });
    // Past the window's end an unreviewed model is overdue.
    t.setNow(new Date('2025-12-01T08:00:00Z'));
    await t.call('models.review', { modelId: old.id, year: 2025, ratingCode: 'hieu_qua', reviewedOn: '2025-11-20' });
    const other = await launched('Tổ hòa giải', '2024-01-15');
    const late = await t.call('models.reviewSheet', { year: 2025 });
    expect(late.rows.find((r) => r.model.id === other.id)?.state).toBe('overdue');
  });

  it('marks exemplars with their decision, and lets the office extend its lists', async () => {
    const m = await launched('Tổ tự quản');
    const marked = await t.call('models.addExemplar', {
      modelId: m.id,
      subject: 'ca_nhan',
      subjectName: 'Lê Văn Bình',
      year: 2025,
      decisionNumber: '45/QĐ-UBND',
      decisionDate: '2025-10-20',
    });
    expect(marked.exemplar).toBe(true);
    expect(marked.exemplars).toMatchObject([{ subject: 'ca_nhan', subjectName: 'Lê Văn Bình' }]);

    const lists = await t.call('models.lists', {});
    expect((await t.refused('models.saveLists', lists)).kind).toBe('unauthorized');
    t.app.session.user = { ...t.app.session.user!, role: 'admin' };
    const saved = await t.call('models.saveLists', {
      types: [
        ...lists.types.filter((x) => x.code !== 'khac'),
        { code: 'tu_giam_sat', label: 'Tự giám sát', active: true },
      ],
      ratings: lists.ratings,
      settings: { reviewMinMonths: 12, reviewMinMonthsSource: 'Kế hoạch số 10/KH-UBND tỉnh' },
    });
    expect(saved.types.find((x) => x.code === 'tu_giam_sat')).toMatchObject({ label: 'Tự giám sát', active: true });
    expect(saved.types.find((x) => x.code === 'khac')?.active).toBe(false);
    expect(saved.settings).toEqual({ reviewMinMonths: 12, reviewMinMonthsSource: 'Kế hoạch số 10/KH-UBND tỉnh' });
    const created = await t.call('models.create', modelFields('Tổ tự giám sát', [commune], 'tu_giam_sat'));
    expect(created.typeLabel).toBe('Tự giám sát');
  });
});
