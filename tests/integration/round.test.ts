import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapSqliteError } from '../../electron/core/db/sqliteErrors.ts';
import {
  createCriteriaSetVersion,
  ensureCampaign,
  listCriteriaSets,
} from '../../electron/core/features/campaigns/service.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { acceptedAssignments, attachFiles, previewFolder } from '../../electron/core/features/dossiers/attach.ts';
import { createIncident } from '../../electron/core/features/incidents/service.ts';
import { dossierDetail, saveAppraisal } from '../../electron/core/features/appraisal/service.ts';
import { roundOverview } from '../../electron/core/features/round/overview.ts';
import {
  bulkRegister,
  receiveDossier,
  roundRows,
  saveRegistration,
  setDossierStatus,
} from '../../electron/core/features/round/service.ts';
import { createUnit, queryUnits } from '../../electron/core/features/units/service.ts';
import type { ServiceContext } from '../../electron/core/context.ts';
import { testStore } from '../support/services.ts';
import { USB_FILES, fingerprint, makeUsbFolder } from '../support/usbFolder.ts';

let t: ReturnType<typeof testStore>;
afterEach(async () => t.close());

const blank = {
  subtype: null,
  parentId: null,
  address: null,
  headName: null,
  headPhone: null,
  households: 100,
  population: 400,
  notes: null,
  activeFrom: null,
  activeUntil: null,
  mergedIntoId: null,
};

async function unitId(ctx: ServiceContext, name: string): Promise<number> {
  const unit = (await queryUnits(ctx.store.db)).find((u) => u.name === name);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit.id;
}

async function appraiseAll(ctx: ServiceContext, dossierId: number, verdict: 'dat' | 'khong_dat' = 'dat') {
  const d = await dossierDetail(ctx.store.db, dossierId, '2025-11-10');
  return saveAppraisal(ctx, {
    dossierId,
    version: d.version,
    // What the screen shows is saved: entered verdicts and suggestions; the rest gets the given verdict.
    items: d.items.map((i) => ({
      criterionId: i.criterion.id,
      verdict: i.verdict === 'chua_danh_gia' ? verdict : i.verdict,
      // "Không đạt" is always saved with why.
      note: (i.verdict === 'chua_danh_gia' ? verdict : i.verdict) === 'khong_dat' ? 'Không đạt theo dữ liệu.' : null,
    })),
    resultOverride: null,
    overrideReason: null,
    reviewMethod: 'hop',
    reviewDate: '2025-11-10',
    reviewDetail: 'Họp Ban Chỉ đạo',
  });
}

describe('campaigns and criteria sets', () => {
  beforeEach(() => {
    t = testStore();
  });

  it('opens a year with the Thông tư 124 windows and the shipped criteria set', async () => {
    const c = await ensureCampaign(t.store.db, t.ctx, 2025);
    expect(c.criteriaSetName).toBe('Thông tư 124/2021/TT-BCA (sửa đổi bởi Thông tư 48/2025/TT-BCA)');
    expect(c.windows.find((w) => w.kind === 'khu_dan_cu')).toMatchObject({
      windowFrom: '2024-11-01',
      windowTo: '2025-10-31',
    });
    expect(c.windows.find((w) => w.kind === 'co_quan')).toMatchObject({
      windowFrom: '2024-11-16',
      windowTo: '2025-11-15',
    });
    const [set] = await listCriteriaSets(t.store.db);
    expect(set!.criteria.filter((x) => x.kind === 'khu_dan_cu')).toHaveLength(5);
    expect(set!.criteria.filter((x) => x.kind === 'xa_phuong')).toHaveLength(4);
    // Items the brief marks [verify] ship flagged for the office to confirm, never as settled rules.
    expect(set!.criteria.find((x) => x.kind === 'khu_dan_cu' && x.code === '4')!.confirmed).toBe(false);
    expect(set!.criteria.find((x) => x.kind === 'xa_phuong' && x.code === '4')!.autoRule).toBe('commune_70');
  });

  it('never changes a set in place: the database refuses, and a new version leaves past appraisals as they were', async () => {
    await seedDemo(t.ctx, 2025);
    const [v1] = await listCriteriaSets(t.store.db);
    const update = () => t.store.sqlite.prepare('UPDATE criteria SET text = ? WHERE set_id = ?').run('sửa', v1!.id);
    expect(update).toThrow();
    let caught: unknown;
    try {
      update();
    } catch (e) {
      caught = mapSqliteError(e);
    }
    expect(caught).toMatchObject({ kind: 'conflict' });

    const appraised = (await roundRows(t.store.db, 2025)).find((r) => r.result !== null)!;
    const before = await dossierDetail(t.store.db, appraised.dossierId!, '2025-11-10');
    const v2 = await createCriteriaSetVersion(t.ctx, v1!.id, 'Bổ sung tiêu chí của tỉnh', [
      ...v1!.criteria.map((c) => ({
        ...c,
        text: c.code === '4' ? `${c.text} (đã đối chiếu)` : c.text,
        confirmed: true,
      })),
      {
        kind: 'khu_dan_cu' as const,
        code: '6',
        text: 'Tiêu chí bổ sung của tỉnh.',
        origin: 'dia_phuong' as const,
        confirmed: true,
        autoRule: null,
        incidentSensitive: false,
      },
    ]);
    // Version 2 is the shipped set's verbatim version.
    expect(v2.version).toBe(3);
    const after = await dossierDetail(t.store.db, appraised.dossierId!, '2025-11-10');
    expect(after.items.map((i) => [i.criterion.id, i.criterion.text, i.verdict])).toEqual(
      before.items.map((i) => [i.criterion.id, i.criterion.text, i.verdict]),
    );
    const next = await ensureCampaign(t.store.db, t.ctx, 2026);
    expect(next.criteriaSetVersion).toBe(3);
  });
});

describe('registration, appraisal and statuses', () => {
  beforeEach(async () => {
    t = testStore();
    await seedDemo(t.ctx, 2024);
  });

  it('computes the commune criterion 4 live: 25 units need 18 recognised', async () => {
    t.close();
    t = testStore();
    for (let i = 1; i <= 25; i++) await createUnit(t.ctx, { ...blank, kind: 'khu_dan_cu', name: `Thôn ${i}` });
    const ids = (await queryUnits(t.store.db)).map((u) => u.id);
    await bulkRegister(t.ctx, 2025, ids.slice(0, 24), '2025-02-01', true);
    let c = (await roundOverview(t.store.db, 2025, '2025-11-01')).communeCriterion4;
    expect(c).toMatchObject({ total: 25, registered: 24, required: 18, allRegistered: false, meets: false });
    await bulkRegister(t.ctx, 2025, ids, '2025-02-01', true);
    for (const id of ids.slice(0, 18)) {
      const dossierId = await receiveDossier(t.ctx, 2025, id, '2025-10-20');
      await appraiseAll(t.ctx, dossierId);
      await setDossierStatus(t.ctx, dossierId, 'de_nghi', null);
    }
    c = (await roundOverview(t.store.db, 2025, '2025-11-01')).communeCriterion4;
    expect(c).toMatchObject({
      total: 25,
      registered: 25,
      proposed: 18,
      recognized: 0,
      meets: false,
      meetsIfProposedRecognized: true,
    });
  });

  it('pre-marks incident-sensitive criteria as not met for an incident inside the window only', async () => {
    const id = await unitId(t.ctx, 'Thôn Tân Lập');
    await saveRegistration(t.ctx, 2025, id, {
      registeredOn: '2025-02-10',
      resolutionNumber: '01/NQ-CB',
      resolutionDate: '2025-02-05',
      householdsRegistered: 200,
      householdsTotal: 200,
      note: null,
    });
    const dossierId = await receiveDossier(t.ctx, 2025, id, '2025-10-25');
    await createIncident(t.ctx, { unitId: id, occurredOn: '2024-10-15', category: 'khieu_kien', note: 'trước kỳ' });
    let d = await dossierDetail(t.store.db, dossierId, '2025-11-01');
    expect(d.items.find((i) => i.criterion.code === '3')!.verdict).toBe('chua_danh_gia');
    expect(d.items.find((i) => i.criterion.code === '1')).toMatchObject({ verdict: 'dat', saved: false });

    await createIncident(t.ctx, { unitId: id, occurredOn: '2025-06-14', category: 'tu_tap', note: 'trong kỳ' });
    d = await dossierDetail(t.store.db, dossierId, '2025-11-01');
    const c3 = d.items.find((i) => i.criterion.code === '3')!;
    expect(c3).toMatchObject({ verdict: 'khong_dat', saved: false });
    expect(c3.suggestion).toContain('14/06/2025');
    const saved = await appraiseAll(t.ctx, dossierId);
    expect(saved.result).toBe('chua_dat');
    expect(saved.status).toBe('da_tham_dinh');
  });

  it('derives the result, requires a reason to override it, and keeps who changed each status', async () => {
    const id = await unitId(t.ctx, 'Thôn Hòa Lạc');
    await bulkRegister(t.ctx, 2025, [id], '2025-02-01', true);
    const dossierId = await receiveDossier(t.ctx, 2025, id, '2025-10-20');
    const passed = await appraiseAll(t.ctx, dossierId);
    expect(passed).toMatchObject({ computedResult: 'dat', result: 'dat', resultOverride: null });

    const overrideWithout = saveAppraisal(t.ctx, {
      dossierId,
      version: passed.version,
      items: [],
      resultOverride: 'chua_dat',
      overrideReason: ' ',
      reviewMethod: null,
      reviewDate: null,
      reviewDetail: null,
    });
    await expect(overrideWithout).rejects.toMatchObject({ kind: 'validation' });
    // The database holds the rule too, not only the service.
    expect(() =>
      t.store.sqlite
        .prepare("UPDATE dossiers SET result_override = 'chua_dat', override_reason = NULL WHERE id = ?")
        .run(dossierId),
    ).toThrow();

    t.setNow(new Date('2025-11-12T09:00:00Z'));
    const overridden = await saveAppraisal(t.ctx, {
      dossierId,
      version: passed.version,
      items: [],
      resultOverride: 'chua_dat',
      overrideReason: 'Chi bộ chưa có nghị quyết trong quý I.',
      reviewMethod: 'lay_y_kien',
      reviewDate: '2025-11-12',
      reviewDetail: '7/9 thành viên đồng ý',
    });
    expect(overridden).toMatchObject({
      computedResult: 'dat',
      result: 'chua_dat',
      overrideReason: 'Chi bộ chưa có nghị quyết trong quý I.',
    });
    await expect(setDossierStatus(t.ctx, dossierId, 'de_nghi', null)).rejects.toMatchObject({ kind: 'validation' });
    await setDossierStatus(t.ctx, dossierId, 'khong_de_nghi', 'Không đạt theo ý kiến Ban Chỉ đạo');
    const d = await dossierDetail(t.store.db, dossierId, '2025-11-12');
    expect(d.status).toBe('khong_de_nghi');
    expect(d.history.map((h) => [h.fromStatus, h.toStatus, h.actor])).toEqual([
      [null, 'chua_nop', 'tester'],
      ['chua_nop', 'da_nhan', 'tester'],
      ['da_nhan', 'da_tham_dinh', 'tester'],
      ['da_tham_dinh', 'khong_de_nghi', 'tester'],
    ]);
    expect(d.history.at(-1)!.reason).toBe('Không đạt theo ý kiến Ban Chỉ đạo');
  });

  it('reports the year by status and kind, and flags overdue deadlines', async () => {
    const rows = await roundRows(t.store.db, 2024);
    const o = await roundOverview(t.store.db, 2024, '2024-11-25');
    expect(o.total).toBe(rows.length);
    expect(Object.values(o.byStatus).reduce((a, b) => a + b, 0)).toBe(o.total);
    expect(o.registered).toBe(rows.filter((r) => r.status !== 'chua_dang_ky').length);
    expect(o.byStatus.khong_de_nghi).toBeGreaterThan(0);
    expect(o.byStatus.de_nghi).toBeGreaterThan(0);
    const overdue = o.deadlines.find((d) => d.kind === 'khu_dan_cu' && d.label === 'Hạn nộp hồ sơ')!;
    expect(overdue).toMatchObject({ date: '2024-11-05', daysLeft: -20, overdue: true });
    // A merged village (until 30/06/2025) is still in 2025's round but not in 2026's.
    expect((await roundOverview(t.store.db, 2026, '2026-01-10')).total).toBe(o.total - 1);
  });
});

describe('files from a USB stick', () => {
  beforeEach(async () => {
    t = testStore();
    await seedDemo(t.ctx, 2024);
    await createUnit(t.ctx, { ...blank, kind: 'khu_dan_cu', name: 'Tổ dân phố số 30' });
  });

  it('puts at least 9 in 10 hand-named files in the right dossiers and leaves the stick untouched', async () => {
    const usb = makeUsbFolder(path.join(t.dir, 'usb'));
    const before = fingerprint(usb);
    const blobCount = () => (t.store.sqlite.prepare('SELECT count(*) AS n FROM attachments').get() as { n: number }).n;
    const blobsBefore = blobCount();
    const proposals = await previewFolder(t.store.db, usb, 2025);
    const assignments = acceptedAssignments(proposals);
    const names = new Map((await queryUnits(t.store.db)).map((u) => [u.id, u.name]));
    let right = 0;
    for (const [rel, unit, component] of USB_FILES) {
      const a = assignments.find((x) => x.relativePath === rel)!;
      if ((a.unitId === null ? null : names.get(a.unitId)) === unit && a.componentCode === component) right++;
    }
    expect(right / USB_FILES.length).toBeGreaterThanOrEqual(0.9);

    const result = await attachFiles(t.ctx, usb, 2025, assignments);
    expect(result.unmatched).toEqual(expect.arrayContaining(['Thon Khong Co/bb.pdf', 'Thon Dong 1/desktop.ini']));
    expect(fingerprint(usb)).toBe(before);
    // The duplicate scan is one stored blob, attached once to its dossier.
    expect(result.alreadyPresent).toBe(1);
    expect(blobCount() - blobsBefore).toBe(result.attached);
    const again = await attachFiles(t.ctx, usb, 2025, assignments);
    expect(again).toMatchObject({ attached: 0, dossiersCreated: 0 });

    const dong1 = (await roundRows(t.store.db, 2025)).find((r) => r.unitName === 'Thôn Đông 1')!;
    const d = await dossierDetail(t.store.db, dong1.dossierId!, '2025-11-01');
    // Two names, one content: kept once under the first name seen.
    expect(d.components.find((c) => c.code === 'bien_ban')!.files).toHaveLength(1);
    expect(d.components.find((c) => c.code === 'to_trinh')!.files).toHaveLength(1);
    expect(d.complete).toBe(false);
    // Handing files over is the dossier's receipt.
    expect(d).toMatchObject({ status: 'da_nhan', receivedOn: '2025-11-05', receivedBy: 'tester' });
    const file = d.components.find((c) => c.code === 'bien_ban')!.files[0]!;
    const blob = path.join(t.store.attachmentsDir, file.sha256.slice(0, 2), `${file.sha256}.pdf`);
    expect(fs.readFileSync(blob)).toEqual(fs.readFileSync(path.join(usb, 'Thon Dong 1', 'bien ban hop.pdf')));
  });
});
