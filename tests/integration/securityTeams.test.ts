// Grassroots security teams on a real SQLite file through the contract: teams per residential area with members,
// and the yearly rating over 15/11 – 14/11 with the rules of Hướng dẫn 01/HD-BCA-V05 enforced on the server.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officeSettingsInputSchema } from '#shared/api/schemas.ts';
import { DEMO_OFFICE } from '#shared/domain/demoOffice.ts';
import { saveSettings } from '../../electron/core/features/settings/index.ts';
import { modelApp } from '../support/modelFixtures.ts';
import { findAll, readDocx, rowFlag, rowsOf, tables, textOf } from './documents/docxXml.ts';

let t: Awaited<ReturnType<typeof modelApp>>;
let areas: number[];
let savePath: string | null = null;

beforeEach(async () => {
  t = await modelApp({ pickSavePath: async () => savePath });
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

describe('rating decision of the commune chair', () => {
  it('is a .docx headed and signed by the chair personally, with the list of teams and ratings', async () => {
    await t.store.db
      .transaction()
      .execute((trx) => saveSettings(trx, t.ctx, officeSettingsInputSchema.parse(DEMO_OFFICE)));
    const refused = await t.refused('securityTeams.decisionDocx', { year: 2025 });
    expect(refused.message).toBe('Chưa có tổ bảo vệ an ninh, trật tự nào được xếp loại năm 2025.');
    const ids: number[] = [];
    for (const [i, area] of areas.slice(0, 6).entries())
      ids.push((await t.call('securityTeams.create', team(area, `Tổ ${i + 1}`))).id);
    await t.call('securityTeams.rate', {
      year: 2025,
      ratings: ids.map((teamId, i) => ({ teamId, rating: i === 0 ? ('xuat_sac' as const) : ('tot' as const) })),
    });
    savePath = path.join(t.dir, 'xep-loai.docx');
    expect(await t.call('securityTeams.decisionDocx', { year: 2025 })).toEqual({ fileName: 'xep-loai.docx' });
    const docx = readDocx(fs.readFileSync(savePath));
    const texts = findAll(docx.body, 'w:p').map(textOf);
    expect(texts).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
    expect(texts).toContain('QUYẾT ĐỊNH:');
    expect(texts).toContain('Về việc xếp loại tổ bảo vệ an ninh, trật tự ở cơ sở năm 2025');
    expect(
      texts.some((x) => x.includes('gồm: 01 tổ hoàn thành xuất sắc nhiệm vụ; 05 tổ hoàn thành tốt nhiệm vụ')),
    ).toBe(true);
    expect(texts).toContain('CHỦ TỊCH');
    expect(texts).toContain('Lê Văn Thành');
    expect(texts.join('\n')).not.toContain('TM.');
    const list = tables(docx).at(-1)!;
    const rows = rowsOf(list).map((r) => findAll(r, 'w:tc').map(textOf));
    expect(rows[0]).toEqual(['STT', 'Tên tổ', 'Khu dân cư', 'Tổ trưởng', 'Xếp loại']);
    expect(rowFlag(rowsOf(list)[0]!, 'w:tblHeader')).toBe(true);
    expect(rows.slice(1)).toHaveLength(6);
    expect(rows[1]).toEqual(['1', 'Tổ 1', 'Thôn 1', 'Tổ trưởng Tổ 1', 'Hoàn thành xuất sắc nhiệm vụ']);
    expect(rows[6]).toEqual(['6', 'Tổ 6', 'Thôn 6', 'Tổ trưởng Tổ 6', 'Hoàn thành tốt nhiệm vụ']);
  });
});
