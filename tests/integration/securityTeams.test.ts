// Grassroots security teams on a real SQLite file through the contract: teams per residential area with members,
// and the yearly rating over 15/11 – 14/11 with the rules of Hướng dẫn 01/HD-BCA-V05 enforced on the server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modelApp } from '../support/modelFixtures.ts';

let t: Awaited<ReturnType<typeof modelApp>>;
let areas: number[];

beforeEach(async () => {
  t = await modelApp();
  const commune = await t.unit('Xã Đông Sơn', 'xa_phuong');
  areas = [];
  for (let i = 1; i <= 7; i++) areas.push(await t.unit(`Thôn ${i}`, 'khu_dan_cu', commune));
});
afterEach(async () => t.close());

const team = (unitId: number, name: string, foundedOn = '2023-05-01') => ({
  unitId,
  name,
  foundedOn,
  members: [
    { fullName: `Tổ trưởng ${name}`, role: 'to_truong' as const, joinedOn: foundedOn },
    { fullName: `Tổ viên ${name}`, role: 'to_vien' as const, phone: '0987654321', joinedOn: foundedOn },
  ],
});

describe('security teams', () => {
  it('keeps teams per residential area with their members, and refuses a team outside one', async () => {
    const created = await t.call('securityTeams.create', team(areas[0]!, 'Tổ bảo vệ ANTT Thôn 1'));
    expect(created).toMatchObject({ unitName: 'Thôn 1', leaderName: 'Tổ trưởng Tổ bảo vệ ANTT Thôn 1' });
    expect(created.members.map((m) => m.role)).toEqual(['to_truong', 'to_vien']);
    const agency = await t.unit('Trường THCS Đông Sơn', 'co_so_giao_duc');
    const error = await t.refused('securityTeams.create', team(agency, 'Tổ sai'));
    expect(error.message).toContain('không phải khu dân cư');
    const moved = await t.call('securityTeams.update', {
      id: created.id,
      fields: { ...team(areas[0]!, 'Tổ bảo vệ ANTT Thôn 1'), dissolvedOn: '2025-10-01' },
    });
    expect(moved.dissolvedOn).toBe('2025-10-01');
  });

  it('does not rate a team active under 9 months in the period', async () => {
    const young = await t.call('securityTeams.create', team(areas[0]!, 'Tổ mới', '2025-03-01'));
    const sheet = await t.call('securityTeams.ratingSheet', { year: 2025 });
    expect(sheet).toMatchObject({ periodFrom: '2024-11-15', periodTo: '2025-11-14' });
    expect(sheet.rows[0]).toMatchObject({ monthsActive: 8 });
    expect(sheet.rows[0]!.notRatedReason).toContain('dưới 9 tháng');
    const error = await t.refused('securityTeams.rate', {
      year: 2025,
      ratings: [{ teamId: young.id, rating: 'tot' }],
    });
    expect(error.message).toContain('Tổ mới (Thôn 1): Hoạt động 8 tháng');
    expect(t.rowCount('security_team_ratings')).toBe(0);
  });

  it('refuses one "xuất sắc" too many with the numbers, writing nothing', async () => {
    const ids: number[] = [];
    for (const [i, area] of areas.entries())
      ids.push((await t.call('securityTeams.create', team(area, `Tổ ${i + 1}`))).id);
    // Five rated "tốt" allow one "xuất sắc" (20%).
    const rated = await t.call('securityTeams.rate', {
      year: 2025,
      ratings: [
        ...ids.slice(0, 5).map((teamId) => ({ teamId, rating: 'tot' as const })),
        { teamId: ids[5]!, rating: 'xuat_sac' as const, note: 'Phát hiện, tố giác 3 vụ việc' },
      ],
    });
    expect(rated.counts).toEqual({ xuat_sac: 1, tot: 5, hoan_thanh: 0, khong_hoan_thanh: 0 });
    expect(rated.maxExcellent).toBe(1);

    const before = t.store.sqlite.prepare('SELECT * FROM security_team_ratings ORDER BY team_id').all();
    const error = await t.refused('securityTeams.rate', {
      year: 2025,
      ratings: [{ teamId: ids[6]!, rating: 'xuat_sac' }],
    });
    expect(error.kind).toBe('validation');
    expect(error.message).toBe(
      'Số tổ "Hoàn thành xuất sắc nhiệm vụ" không được quá 20% số tổ "Hoàn thành tốt nhiệm vụ": 5 tổ hoàn thành tốt cho phép tối đa 1 tổ xuất sắc, đang xếp 2 tổ. Chưa ghi gì.',
    );
    expect(t.store.sqlite.prepare('SELECT * FROM security_team_ratings ORDER BY team_id').all()).toEqual(before);

    // Lowering a "tốt" to "hoàn thành" would leave 4 "tốt" for 1 "xuất sắc": refused as well.
    const lowered = await t.refused('securityTeams.rate', {
      year: 2025,
      ratings: [{ teamId: ids[0]!, rating: 'hoan_thanh' }],
    });
    expect(lowered.message).toContain('4 tổ hoàn thành tốt cho phép tối đa 0 tổ xuất sắc, đang xếp 1 tổ');
    expect(t.store.sqlite.prepare('SELECT * FROM security_team_ratings ORDER BY team_id').all()).toEqual(before);
  });
});
