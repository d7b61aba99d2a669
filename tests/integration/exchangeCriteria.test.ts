// Criteria packages: the office above hands its criteria sets and decision wording down; a commune previews,
// chooses on conflicts and applies once. Sets are only ever added (campaigns and appraisals point at them).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../electron/core/context.ts';
import { migrate } from '../../electron/core/db/migrate.ts';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.ts';
import { SHIPPED_CRITERIA_SET_UID } from '../../electron/core/db/migrations/2026-11-22-07-criteria-exchange.ts';
import { VERBATIM_CRITERIA_SET_UID } from '../../electron/core/db/migrations/2026-12-02-02-rules-docs.ts';
import { DATABASE_FILE, openSqlite, type DataStore } from '../../electron/core/db/open.ts';
import {
  criteriaOfSet,
  ensureCampaign,
  findCampaign,
  listCriteriaSets,
} from '../../electron/core/features/campaigns/service.ts';
import { getDecisionTemplate, saveDecisionTemplate } from '../../electron/core/features/decisions/template.ts';
import { openPackage } from '../../electron/core/features/exchange/container.ts';
import { exportCriteriaPackage } from '../../electron/core/features/exchange/criteriaPackage.ts';
import { importExchangePackage, previewExchangePackage } from '../../electron/core/features/exchange/service.ts';
import { DEFAULT_DECISION_TEMPLATE } from '#shared/documents/decisionTemplate.ts';
import { cli } from '../support/cli.ts';
import {
  PROVINCE_BASIS,
  PROVINCE_CRITERION,
  addProvincialVersion,
  communeOffice,
  provinceTemplate,
  provinceWithCriteria,
  rewritePackage,
  type PackageRecords,
} from '../support/criteriaFixtures.ts';
import { rowsFingerprint } from '../support/exchangeFixtures.ts';
import { FIXED_NOW } from '../support/services.ts';
import { tempDir } from '../support/tempData.ts';

let root: ReturnType<typeof tempDir>;
const open: DataStore[] = [];
beforeEach(() => {
  root = tempDir('antt-criteria-');
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  root.cleanup();
});
const at = (name: string) => path.join(root.dir, name);
const SETS = 'records/criteria-sets.json';
type SetJson = Record<string, unknown> & { criteria: Record<string, unknown>[] };
const sets = (r: PackageRecords) => r[SETS] as SetJson[];
const TEMPLATES = 'records/templates.json';

async function setupIn(dir: string) {
  const pkg = path.join(dir, 'tieu-chi.anttpkg');
  const province = await provinceWithCriteria(path.join(dir, 'tinh'), pkg);
  const commune = await communeOffice(path.join(dir, 'xa'));
  return { province, commune, pkg };
}

async function setup() {
  const s = await setupIn(root.dir);
  open.push(s.province.store, s.commune.store);
  return s;
}

const setsOf = (store: DataStore) =>
  store.sqlite
    .prepare('SELECT id, uid, name, version, based_on_id, source_office_id FROM criteria_sets ORDER BY id')
    .all() as {
    id: number;
    uid: string;
    name: string;
    version: number;
    based_on_id: number | null;
    source_office_id: number | null;
  }[];

describe('criteria set uids (migration 2026-11-22-07)', () => {
  it('gives existing sets a uid (the shipped set the same everywhere), new sets one by trigger, and freezes it', () => {
    const dir = at('cu');
    fs.mkdirSync(dir);
    const sqlite = openSqlite(path.join(dir, DATABASE_FILE));
    try {
      const before = MIGRATIONS.findIndex((m) => m.name === '2026-11-22-07-criteria-exchange');
      migrate(sqlite, MIGRATIONS.slice(0, before));
      sqlite
        .prepare(
          "INSERT INTO criteria_sets (name, version, based_on_id, created_at, created_by) VALUES (?, 2, 1, ?, 'tester')",
        )
        .run('Thông tư 124/2021/TT-BCA (sửa đổi bởi Thông tư 48/2025/TT-BCA)', FIXED_NOW.toISOString());
      migrate(sqlite, MIGRATIONS);
      sqlite
        .prepare("INSERT INTO criteria_sets (name, version, created_at, created_by) VALUES ('Tỉnh', 1, ?, 't')")
        .run(FIXED_NOW.toISOString());
      const uids = sqlite.prepare('SELECT uid FROM criteria_sets ORDER BY id').pluck().all() as string[];
      expect(uids[0]).toBe(SHIPPED_CRITERIA_SET_UID);
      for (const uid of uids)
        expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // The tester's version, the verbatim version shipped by 2026-12-02-02 and the province's.
      expect(new Set(uids).size).toBe(4);
      expect(() => sqlite.prepare("UPDATE criteria_sets SET uid = 'khac' WHERE id = 1").run()).toThrow(/keeps its uid/);
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      sqlite.close();
    }
  });
});

describe('criteria packages', () => {
  it('carry every set, oldest first, and a customised template; year is null', async () => {
    const { province, pkg } = await setup();
    expect(province.result.counts).toEqual({ criteriaSets: 3, templates: 1 });
    const reader = await openPackage(pkg);
    try {
      expect(reader.manifest).toMatchObject({
        kind: 'criteria',
        year: null,
        office: { name: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA' },
      });
      expect(reader.manifest.entries.map((e) => e.path).sort()).toEqual([
        'records/criteria-sets.json',
        'records/office.json',
        'records/templates.json',
      ]);
      const sets = (await reader.readJson(SETS)) as { id: string; basedOnId: string | null; version: number }[];
      expect(sets.map((s) => [s.id, s.basedOnId, s.version])).toEqual([
        [SHIPPED_CRITERIA_SET_UID, null, 1],
        [VERBATIM_CRITERIA_SET_UID, SHIPPED_CRITERIA_SET_UID, 2],
        [province.uid, SHIPPED_CRITERIA_SET_UID, 3],
      ]);
      expect(await reader.readJson(TEMPLATES)).toEqual([{ id: 'decision-template', ...provinceTemplate() }]);
    } finally {
      await reader.close();
    }
  });

  it('an office on the shipped template sends none', async () => {
    const { province } = await setup();
    await saveDecisionTemplate(province.ctx, null);
    const again = await exportCriteriaPackage(province.ctx, at('lai.anttpkg'));
    expect(again.counts).toEqual({ criteriaSets: 3, templates: 0 });
  });

  it('round trip: previewed, applied once with provenance; the set opens the next year, the template is used', async () => {
    const { province, commune, pkg } = await setup();
    const before = rowsFingerprint(commune.store);
    const preview = await previewExchangePackage(commune.ctx, pkg);
    expect(rowsFingerprint(commune.store)).toEqual(before);
    expect(preview).toMatchObject({ packageKind: 'criteria', year: null, alreadyImported: false, conflicts: [] });
    expect(preview.counts.criteriaSets).toEqual({ new: 1, changed: 0, conflicting: 0, unchanged: 2 });
    expect(preview.counts.templates).toEqual({ new: 0, changed: 1, conflicting: 0, unchanged: 0 });
    expect(preview.counts.units).toEqual({ new: 0, changed: 0, conflicting: 0, unchanged: 0 });

    const result = await importExchangePackage(commune.ctx, pkg);
    expect(result).toMatchObject({ applied: true, written: { criteriaSets: 1, templates: 1, units: 0 } });
    const sets = setsOf(commune.store);
    const received = sets.find((s) => s.uid === province.uid)!;
    expect(received).toMatchObject({ version: 3, based_on_id: sets[0]!.id });
    const office = commune.store.sqlite.prepare('SELECT id, name, level FROM exchange_offices').get() as {
      id: number;
      name: string;
      level: string;
    };
    expect(office).toMatchObject({ name: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA', level: 'cap_tren' });
    expect(received.source_office_id).toBe(office.id);
    expect(
      commune.store.sqlite.prepare('SELECT kind, year, office_id, package_id FROM exchange_imports').all(),
    ).toEqual([{ kind: 'criteria', year: null, office_id: office.id, package_id: preview.packageId }]);

    // The year under way keeps its set; the next year opens with the received one.
    expect((await findCampaign(commune.store.db, 2025))!.criteriaSetId).toBe(sets[1]!.id);
    const next = await ensureCampaign(commune.store.db, commune.ctx, 2026);
    expect(next).toMatchObject({ criteriaSetId: received.id, criteriaSetVersion: 3 });
    const areaCriteria = await criteriaOfSet(commune.store.db, received.id, 'khu_dan_cu');
    expect(areaCriteria.at(-1)).toMatchObject({ code: 'T1', text: PROVINCE_CRITERION, origin: 'dia_phuong' });
    expect(await criteriaOfSet(commune.store.db, received.id)).toEqual(
      (await criteriaOfSet(province.store.db, province.set.id)).map((c) => ({
        ...c,
        id: expect.any(Number),
        setId: received.id,
      })),
    );
    // The commune can build on it like on any set.
    const own = await addProvincialVersion(commune.ctx, received.id, 'Tiêu chí riêng của xã', 'X1');
    expect(own).toMatchObject({ version: 4, basedOnId: received.id });

    const template = await getDecisionTemplate(commune.store.db);
    expect(template).toEqual({ template: provinceTemplate(), isDefault: false });
    expect(template.template.bases).toContain(PROVINCE_BASIS);
    expect(
      commune.store.sqlite.prepare('SELECT decision_template_source_office_id FROM office_settings').pluck().get(),
    ).toBe(office.id);
  });

  it('importing the same package twice, or a new package with the same content, changes nothing', async () => {
    const { province, commune, pkg } = await setup();
    await importExchangePackage(commune.ctx, pkg);
    const once = rowsFingerprint(commune.store);
    const twice = await importExchangePackage(commune.ctx, pkg);
    expect(twice).toMatchObject({ applied: false, preview: { alreadyImported: true } });
    expect(twice.preview.counts.criteriaSets).toEqual({ new: 0, changed: 0, conflicting: 0, unchanged: 3 });
    expect(twice.preview.counts.templates).toEqual({ new: 0, changed: 0, conflicting: 0, unchanged: 1 });
    expect(rowsFingerprint(commune.store)).toEqual(once);

    // Exported again: a new package id, the same records. Only its provenance row is new.
    await exportCriteriaPackage(province.ctx, at('lai.anttpkg'));
    const again = await importExchangePackage(commune.ctx, at('lai.anttpkg'));
    expect(again.written).toMatchObject({ criteriaSets: 0, templates: 0 });
    const after = rowsFingerprint(commune.store);
    for (const table of Object.keys(once)) {
      if (!['exchange_imports', 'exchange_offices', 'audit_log'].includes(table))
        expect(after[table], table).toBe(once[table]);
    }
  });

  it('template conflict: a wording adapted here is kept unless the user takes the package’s', async () => {
    const { commune, pkg } = await setup();
    const mine = { ...DEFAULT_DECISION_TEMPLATE, recipients: ['Như Điều 3', 'Đảng ủy xã', 'Lưu: {luu}'] };
    await saveDecisionTemplate(commune.ctx, mine);
    const preview = await previewExchangePackage(commune.ctx, pkg);
    expect(preview.counts.templates).toEqual({ new: 0, changed: 0, conflicting: 1, unchanged: 0 });
    expect(preview.conflicts).toEqual([
      {
        kind: 'templates',
        id: 'decision-template',
        label: 'Mẫu quyết định công nhận',
        reason: expect.stringMatching(/sửa riêng/),
      },
    ]);

    const kept = await importExchangePackage(commune.ctx, pkg);
    expect(kept.written).toMatchObject({ criteriaSets: 1, templates: 0 });
    expect((await getDecisionTemplate(commune.store.db)).template).toEqual(mine);

    const taken = await importExchangePackage(commune.ctx, pkg, { choices: { 'templates:decision-template': 'take' } });
    expect(taken).toMatchObject({ applied: true, written: { criteriaSets: 0, templates: 1 } });
    expect((await getDecisionTemplate(commune.store.db)).template).toEqual(provinceTemplate());
    const done = rowsFingerprint(commune.store);
    expect((await importExchangePackage(commune.ctx, pkg, { onConflict: 'take' })).applied).toBe(false);
    expect(rowsFingerprint(commune.store)).toEqual(done);
  });

  it('a template received and not edited here follows the next package; the shipped one is stored as shipped', async () => {
    const { province, commune, pkg } = await setup();
    await importExchangePackage(commune.ctx, pkg);
    await saveDecisionTemplate(province.ctx, {
      ...provinceTemplate(),
      listTitle: 'Danh sách đơn vị đạt tiêu chuẩn {tieu_chuan} năm {nam}',
    });
    await exportCriteriaPackage(province.ctx, at('moi.anttpkg'));
    const next = await importExchangePackage(commune.ctx, at('moi.anttpkg'));
    expect(next.preview.counts.templates.changed).toBe(1);
    expect((await getDecisionTemplate(commune.store.db)).template.listTitle).toMatch(/^Danh sách đơn vị/);

    await rewritePackage(pkg, at('goc.anttpkg'), (records) => {
      records[TEMPLATES] = [{ id: 'decision-template', ...DEFAULT_DECISION_TEMPLATE }];
    });
    await importExchangePackage(commune.ctx, at('goc.anttpkg'));
    expect(await getDecisionTemplate(commune.store.db)).toEqual({
      template: DEFAULT_DECISION_TEMPLATE,
      isDefault: true,
    });
  });

  it('set conflict: the same id with other content is kept, or taken as a new version; never altered in place', async () => {
    const { commune, pkg } = await setup();
    const altered = at('khac.anttpkg');
    await rewritePackage(pkg, altered, (records) => {
      const sets = records[SETS] as { criteria: { text: string }[] }[];
      sets[0]!.criteria[0]!.text = 'Nội dung tiêu chí 1 theo cách viết khác';
    });
    const shipped = await criteriaOfSet(commune.store.db, 1);
    const preview = await previewExchangePackage(commune.ctx, altered);
    expect(preview.counts.criteriaSets).toEqual({ new: 1, changed: 0, conflicting: 1, unchanged: 1 });
    expect(preview.conflicts[0]).toMatchObject({
      kind: 'criteriaSets',
      id: SHIPPED_CRITERIA_SET_UID,
      label: 'Bộ tiêu chí "Thông tư 124/2021/TT-BCA (sửa đổi bởi Thông tư 48/2025/TT-BCA)" phiên bản 1',
    });

    const kept = await importExchangePackage(commune.ctx, altered);
    expect(kept.written.criteriaSets).toBe(1);
    expect(setsOf(commune.store).map((s) => s.version)).toEqual([1, 2, 3]);

    const taken = await importExchangePackage(commune.ctx, altered, { onConflict: 'take' });
    expect(taken.written.criteriaSets).toBe(1);
    const sets = setsOf(commune.store);
    expect(sets.map((s) => s.version)).toEqual([1, 2, 3, 4]);
    expect(sets[3]).toMatchObject({ based_on_id: sets[0]!.id, source_office_id: expect.any(Number) });
    expect(sets[3]!.uid).not.toBe(SHIPPED_CRITERIA_SET_UID);
    expect((await criteriaOfSet(commune.store.db, sets[3]!.id))[0]!.text).toBe(
      'Nội dung tiêu chí 1 theo cách viết khác',
    );
    expect(await criteriaOfSet(commune.store.db, 1)).toEqual(shipped);

    const done = rowsFingerprint(commune.store);
    const again = await importExchangePackage(commune.ctx, altered, { onConflict: 'take' });
    expect(again.applied).toBe(false);
    expect(again.preview.counts.criteriaSets).toEqual({ new: 0, changed: 0, conflicting: 0, unchanged: 3 });
    expect(rowsFingerprint(commune.store)).toEqual(done);
  });

  it('a received set whose name and version are used here by another set becomes the next version, under its own id', async () => {
    const { province, commune, pkg } = await setup();
    await addProvincialVersion(commune.ctx, 1, 'Tiêu chí riêng của xã');
    await importExchangePackage(commune.ctx, pkg);
    // The sender's id names the sender's version 2: a renumbered copy is another set, never sent on under it.
    expect(setsOf(commune.store).some((s) => s.uid === province.uid)).toBe(false);
    const received = setsOf(commune.store).find((s) => s.source_office_id !== null)!;
    expect(received.version).toBe(4);
    const done = rowsFingerprint(commune.store);
    await exportCriteriaPackage(province.ctx, at('lai.anttpkg'));
    expect((await importExchangePackage(commune.ctx, at('lai.anttpkg'))).preview.counts.criteriaSets.unchanged).toBe(3);
    expect(rowsFingerprint(commune.store).criteria_sets).toBe(done.criteria_sets);
  });

  it('set ids written in upper case name the same sets', async () => {
    const { commune, pkg } = await setup();
    await rewritePackage(pkg, at('hoa.anttpkg'), (r) => {
      for (const set of sets(r)) {
        set.id = String(set.id).toUpperCase();
        if (set.basedOnId) set.basedOnId = String(set.basedOnId).toUpperCase();
      }
    });
    const first = await importExchangePackage(commune.ctx, at('hoa.anttpkg'));
    // The shipped set is recognised; only the province's own version is new.
    expect(first.preview.counts.criteriaSets).toMatchObject({ new: 1, unchanged: 2 });
    const again = await importExchangePackage(commune.ctx, pkg);
    expect(again.preview.counts.criteriaSets).toMatchObject({ new: 0, unchanged: 3 });
  });

  it('a package from the importing office itself is refused, nothing written', async () => {
    const { province, pkg } = await setup();
    const before = rowsFingerprint(province.store);
    await expect(importExchangePackage(province.ctx, pkg)).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(/chính cơ quan này/),
    });
    expect(rowsFingerprint(province.store)).toEqual(before);
  });

  it('unknown fields in records are ignored, as the versioning rules say', async () => {
    const { province, commune, pkg } = await setup();
    await rewritePackage(pkg, at('moi.anttpkg'), (r) => {
      for (const s of sets(r)) Object.assign(s, { effectiveFrom: '2026-01-01' });
      for (const c of sets(r)[1]!.criteria) Object.assign(c, { weight: 1 });
    });
    const result = await importExchangePackage(commune.ctx, at('moi.anttpkg'));
    expect(result.written.criteriaSets).toBe(1);
    expect(setsOf(commune.store).some((s) => s.uid === province.uid)).toBe(true);
  });
});

describe('hostile criteria packages', () => {
  const hostile: [string, (r: PackageRecords, h: { year: number | null }) => void, RegExp][] = [
    ['a criterion of an unknown unit kind', (r) => void (sets(r)[1]!.criteria[0]!.kind = 'thi_tran'), /không hợp lệ/],
    ['two sets with one id', (r) => void (sets(r)[1]!.id = sets(r)[0]!.id), /cùng mã/],
    ['the same name and version twice', (r) => void (sets(r)[1]!.version = 1), /hai lần/],
    [
      'a criterion code twice in one kind',
      (r) => void (sets(r)[1]!.criteria[1]!.code = sets(r)[1]!.criteria[0]!.code),
      /bị trùng/,
    ],
    [
      'a unit kind without criteria',
      (r) => void (sets(r)[1]!.criteria = sets(r)[1]!.criteria.filter((c) => c.kind !== 'co_quan')),
      /không có tiêu chí nào/,
    ],
    ['a base that is not earlier in the file', (r) => void (sets(r)[0]!.basedOnId = sets(r)[1]!.id), /không có trước/],
    ['a text too long', (r) => void (sets(r)[1]!.criteria[0]!.text = 'x'.repeat(3001)), /không hợp lệ/],
    ['a control character in a text', (r) => void (sets(r)[1]!.name = 'Bộ\u0007'), /không hợp lệ/],
    ['a set id that is not a UUID', (r) => void (sets(r)[1]!.id = '../../x'), /không hợp lệ/],
    ['a records file that is not a list', (r) => void (r[SETS] = { sets: [] }), /không phải danh sách/],
    ['an unknown entry', (r) => void (r['records/units.json'] = []), /tệp lạ/],
    ['a missing records file', (r) => void delete r['records/templates.json'], /thiếu tệp/],
    [
      'two templates',
      (r) => void (r[TEMPLATES] = [...(r[TEMPLATES] as unknown[]), ...(r[TEMPLATES] as unknown[])]),
      /hai mẫu/,
    ],
    [
      'a template with an unknown placeholder',
      (r) => void ((r[TEMPLATES] as { subject: string }[])[0]!.subject = 'Về {bi_mat}'),
      /chưa dùng được/,
    ],
    [
      'a template of another id',
      (r) => void ((r[TEMPLATES] as { id: string }[])[0]!.id = 'certificate'),
      /không hợp lệ/,
    ],
    [
      'an office record not matching the header',
      (r) => void ((r['records/office.json'] as { id: string }).id = '7d3f0c2e-1b4a-4c5d-8e6f-9a0b1c2d3e4f'),
      /không khớp/,
    ],
    ['a year', (_r, h) => void (h.year = 2025), /năm/],
  ];

  // Nothing is written by any of these, so one pair of offices serves them all.
  const sharedDir = tempDir('antt-criteria-hostile-');
  let shared: Awaited<ReturnType<typeof setupIn>>;
  beforeAll(async () => {
    shared = await setupIn(sharedDir.dir);
  });
  afterAll(async () => {
    await shared.province.store.close();
    await shared.commune.store.close();
    sharedDir.cleanup();
  });

  it.each(hostile)('refuses %s with a Vietnamese message, nothing written', async (_what, mutate, message) => {
    const { commune, pkg } = shared;
    const bad = at('hong.anttpkg');
    await rewritePackage(pkg, bad, mutate);
    const before = rowsFingerprint(commune.store);
    await expect(importExchangePackage(commune.ctx, bad)).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(message),
    });
    await expect(importExchangePackage(commune.ctx, bad, { dryRun: true })).rejects.toMatchObject({
      kind: 'validation',
    });
    expect(rowsFingerprint(commune.store)).toEqual(before);
  });
});

describe('criteria packages on the command line', () => {
  const close = async (ctx: ServiceContext) => {
    await ctx.store.close();
    open.splice(open.indexOf(ctx.store), 1);
  };

  it('export-package --criteria, import-package with per-kind lines, exit 2 for bad usage and 3 for its own package', async () => {
    const { province, commune } = await setup();
    await close(province.ctx);
    await close(commune.ctx);
    const out = at('cli.anttpkg');
    const both = await cli('export-package', '--data', at('tinh'), '--criteria', '--year', '2025', '--out', out);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--criteria hoặc --year/);
    expect(fs.existsSync(out)).toBe(false);

    const exported = await cli('export-package', '--data', at('tinh'), '--criteria', '--out', out, '--json');
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ criteriaSets: 3, templates: 1 });
    expect(exported.stderr).toMatch(/3 bộ tiêu chí, 1 mẫu văn bản/);

    const own = await cli('import-package', out, '--data', at('tinh'));
    expect(own.code).toBe(3);
    expect(own.stderr).toMatch(/chính cơ quan này/);

    const dry = await cli('import-package', out, '--data', at('xa'), '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toMatch(/Bộ tiêu chí: 1 mới, 0 thay đổi, 0 xung đột, 2 không đổi/);
    expect(dry.stderr).toMatch(/Mẫu văn bản: 0 mới, 1 thay đổi/);
    expect(dry.stderr).not.toMatch(/Đơn vị:/);

    const done = await cli('import-package', out, '--data', at('xa'), '--on-conflict', 'take', '--json');
    expect(done.code, done.stderr).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ applied: true, written: { criteriaSets: 1, templates: 1 } });
    const again = await cli('import-package', out, '--data', at('xa'));
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/Không có gì thay đổi/);
  });
});

describe('the sets list after an import', () => {
  it('shows the received set beside the shipped one, used by no year yet', async () => {
    const { commune, pkg } = await setup();
    await importExchangePackage(commune.ctx, pkg);
    const sets = await listCriteriaSets(commune.store.db);
    expect(sets.map((s) => [s.version, s.usedByYears])).toEqual([
      [1, []],
      [2, [2025]],
      [3, []],
    ]);
  });
});
