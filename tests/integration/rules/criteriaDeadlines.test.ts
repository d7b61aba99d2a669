// The verbatim criteria set for new years while open years keep theirs; deadlines with their sources (Thông tư 124,
// Quyết định 510, the province); the commune never in its own decision; the demo's commune and its own dossier.
import path from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate.ts';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index.ts';
import { VERBATIM_CRITERIA_SET_UID } from '../../../electron/core/db/migrations/2026-12-02-02-rules-docs.ts';
import { DATABASE_FILE, openSqlite } from '../../../electron/core/db/open.ts';
import type { Database } from '../../../electron/core/db/schema.ts';
import { ensureCampaign, findCampaign, listCriteriaSets } from '../../../electron/core/features/campaigns/service.ts';
import { createDecision } from '../../../electron/core/features/decisions/service.ts';
import { seedDemo } from '../../../electron/core/features/demo/service.ts';
import { roundOverview } from '../../../electron/core/features/round/overview.ts';
import { roundRows } from '../../../electron/core/features/round/service.ts';
import { dossierDetail } from '../../../electron/core/features/appraisal/service.ts';
import { officeSettingsInputSchema } from '#shared/api/schemas.ts';
import { communeRecogniser } from '#shared/domain/competence.ts';
import { DEMO_OFFICE } from '#shared/domain/demoOffice.ts';
import { criterionSource } from '#shared/domain/sources.ts';
import { getSettings, saveSettings } from '../../../electron/core/features/settings/service.ts';
import { FIXED_NOW, testStore } from '../../support/services.ts';
import { tempDir } from '../../support/tempData.ts';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function store() {
  const t = testStore();
  cleanups.push(t.close);
  return t;
}

describe('the verbatim criteria set', () => {
  it('is picked by new years while a year opened before keeps the set it pinned', async () => {
    const { dir, cleanup } = tempDir();
    const sqlite = openSqlite(path.join(dir, DATABASE_FILE));
    cleanups.push(cleanup, () => void sqlite.close());
    // A folder of an app from before the verbatim set: every migration before it.
    migrate(
      sqlite,
      MIGRATIONS.slice(
        0,
        MIGRATIONS.findIndex((m) => m.name === '2026-12-02-02-rules-docs'),
      ),
    );
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    const at = FIXED_NOW.toISOString();
    sqlite
      .prepare(
        "INSERT INTO campaigns (year, criteria_set_id, created_at, created_by, updated_at, updated_by) VALUES (2025, (SELECT min(id) FROM criteria_sets), ?, 't', ?, 't')",
      )
      .run(at, at);
    migrate(sqlite, MIGRATIONS);
    const sets = await listCriteriaSets(db);
    const verbatim = sets.find((s) => s.version === 2)!;
    expect(sqlite.prepare('SELECT uid FROM criteria_sets WHERE id = ?').get(verbatim.id)).toEqual({
      uid: VERBATIM_CRITERIA_SET_UID,
    });
    expect(verbatim.basedOnId).toBe(sets[0]!.id);
    expect((await findCampaign(db, 2025))!.criteriaSetVersion).toBe(1);
    const ctx = { store: { db } as never, actor: 't', now: () => FIXED_NOW };
    expect((await ensureCampaign(db, ctx, 2026)).criteriaSetVersion).toBe(2);

    const text = (kind: string, code: string) => verbatim.criteria.find((c) => c.kind === kind && c.code === code)!;
    expect(text('xa_phuong', '1').text).toContain('xây dựng, củng cố hoặc duy trì ít nhất 01 mô hình');
    expect(text('xa_phuong', '3').text).toContain('không có cá nhân vi phạm bị xử lý kỷ luật');
    expect(text('khu_dan_cu', '1').text).toMatch(/^Quý I hằng năm, chi bộ có nghị quyết, khu dân cư có đăng ký/u);
    expect(text('khu_dan_cu', '3').text).toContain('mâu thuẫn, tranh chấp phức tạp, kéo dài trong Nhân dân');
    expect(text('khu_dan_cu', '3').confirmed).toBe(false);
    expect(text('co_quan', '1').text).toContain('cấp ủy (đối với nơi có tổ chức Đảng)');
    expect(text('co_so_giao_duc', '6').text).toContain('hoàn thành nhiệm vụ được giao');
    expect(criterionSource(text('xa_phuong', '3'))).toEqual({
      text: 'Thông tư 124/2021/TT-BCA, Điều 5 khoản 3',
      confirmed: true,
    });
    await db.destroy();
  });
});

describe('deadlines and their sources', () => {
  it('a new year: registration 31/03 from Thông tư 124, dossier and decision left to the province, classification from Quyết định 510', async () => {
    const t = store();
    await seedDemo(t.ctx, 2025);
    const y = await t.store.db.transaction().execute((trx) => ensureCampaign(trx, t.ctx, 2026));
    const residential = y.windows.find((w) => w.kind === 'khu_dan_cu')!;
    expect(residential).toMatchObject({
      windowFrom: '2025-11-01',
      windowTo: '2026-10-31',
      registrationDeadline: '2026-03-31',
      dossierDeadline: null,
      decisionDeadline: null,
    });
    const o = await roundOverview(t.store.db, 2026, '2026-01-10');
    const of = (stage: string, kind: string) => o.deadlines.find((d) => d.stage === stage && d.kind === kind);
    expect(of('registration', 'khu_dan_cu')!.source).toEqual({
      text: 'Thông tư 124/2021/TT-BCA: "Quý I hằng năm" (tiêu chí 1)',
      confirmed: true,
    });
    expect(of('dossier', 'khu_dan_cu')).toBeUndefined();
    expect(of('decision', 'khu_dan_cu')).toBeUndefined();
    expect(of('classification', 'khu_dan_cu')).toMatchObject({
      date: '2026-11-20',
      label: 'Hạn phân loại phong trào',
      source: { text: 'Quyết định 510/QĐ-BCA-V05, Điều 11 khoản 3 (phân loại phong trào)', confirmed: false },
    });
    expect(of('classification', 'co_quan')!.date).toBe('2026-11-30');
    // The demo's own year carries the deadlines its province set, labelled as such.
    const demo = await roundOverview(t.store.db, 2025, '2025-11-01');
    expect(demo.deadlines.find((d) => d.stage === 'decision' && d.kind === 'khu_dan_cu')).toMatchObject({
      date: '2025-11-25',
      source: { text: 'Do tỉnh hướng dẫn (Thường trực nhập)', confirmed: true },
    });
  });
});

describe('the commune itself', () => {
  it('is registered in the demo with its own dossier and self-appraisal, and never enters its own decision', async () => {
    const t = store();
    await seedDemo(t.ctx, 2025);
    const commune = (await roundRows(t.store.db, 2025)).find((r) => r.kind === 'xa_phuong')!;
    expect(commune.registration).toMatchObject({
      registeredOn: '2025-02-15',
      resolutionDate: '2025-01-20',
      planNumber: '18/KH-UBND',
      planDate: '2025-01-28',
    });
    expect(commune.status).toBe('da_tham_dinh');
    const detail = await dossierDetail(t.store.db, commune.dossierId!, '2025-11-20');
    expect(detail.components.every((c) => c.files.length > 0)).toBe(true);
    expect(detail.items.every((i) => i.saved)).toBe(true);
    expect(detail.reviewDetail).toContain('tự đánh giá');

    t.store.sqlite.prepare("UPDATE dossiers SET status = 'de_nghi' WHERE id = ?").run(commune.dossierId);
    await expect(createDecision(t.ctx, 2025, [commune.unitId])).rejects.toMatchObject({
      kind: 'validation',
      message:
        '"Xã Đông Sơn" là chính xã, phường này: Ủy ban nhân dân không tự công nhận mình. Hồ sơ của xã gửi lên Ủy ban nhân dân tỉnh Thanh Hóa để xét công nhận.',
    });
    // Who recognises communes is the office's setting; the province is only the unconfirmed default.
    expect(communeRecogniser(await getSettings(t.store.db))).toEqual({
      name: 'Ủy ban nhân dân tỉnh Thanh Hóa',
      confirmed: false,
    });
    const current = await getSettings(t.store.db);
    const input = officeSettingsInputSchema.parse({
      ...DEMO_OFFICE,
      signers: current.signers,
      communeRecogniser: 'Ban Chỉ đạo tỉnh Thanh Hóa',
    });
    await t.store.db.transaction().execute((trx) => saveSettings(trx, t.ctx, input));
    expect(communeRecogniser(await getSettings(t.store.db))).toEqual({
      name: 'Ban Chỉ đạo tỉnh Thanh Hóa',
      confirmed: true,
    });
    await expect(createDecision(t.ctx, 2025, [commune.unitId])).rejects.toMatchObject({
      message: expect.stringContaining('Hồ sơ của xã gửi lên Ban Chỉ đạo tỉnh Thanh Hóa để xét công nhận.'),
    });
  });
});
