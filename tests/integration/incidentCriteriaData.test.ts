// The incident mapping as data: added to existing sets by the migration, carried to new versions, and carried in
// criteria packages (format version 2; version 1 still read).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate.ts';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.ts';
import { DATABASE_FILE, openDataStore, openSqlite, type DataStore } from '../../electron/core/db/open.ts';
import { criteriaOfSet, listCriteriaSets } from '../../electron/core/features/campaigns/service.ts';
import { openPackage } from '../../electron/core/features/exchange/container.ts';
import { importExchangePackage, previewExchangePackage } from '../../electron/core/features/exchange/service.ts';
import { communeOffice, provinceWithCriteria } from '../support/criteriaFixtures.ts';
import { rawPackage } from '../support/packageMutations.ts';
import { tempDir } from '../support/tempData.ts';

let root: ReturnType<typeof tempDir>;
const open: DataStore[] = [];
beforeEach(() => {
  root = tempDir('antt-incident-criteria-');
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  root.cleanup();
});
const at = (name: string) => path.join(root.dir, name);
const CLOSED_LIST = [
  'chong_dang',
  'pha_hoai',
  'dao_trai_phap_luat',
  'loi_dung_ton_giao',
  'ly_khai',
  'khieu_kien',
  'tu_tap',
];

describe('migration 2026-12-02-01-incident-criteria', () => {
  it('maps existing sets by kind and code, keeps incidents, and freezes the mapping with the criteria', async () => {
    const dir = at('old');
    fs.mkdirSync(dir);
    const sqlite = openSqlite(path.join(dir, DATABASE_FILE));
    const step = MIGRATIONS.findIndex((m) => m.name === '2026-12-02-01-incident-criteria');
    migrate(sqlite, MIGRATIONS.slice(0, step));
    const stamp = "'2025-01-01T00:00:00.000Z', 'x'";
    sqlite.exec(`
      INSERT INTO units (uid, kind, name, name_key, sort_key, search_text, created_at, created_by, updated_at, updated_by)
        VALUES ('u1', 'khu_dan_cu', 'Thôn Một', 'thonmot', 'thon mot', 'thon mot', ${stamp}, ${stamp});
      INSERT INTO incidents (unit_id, occurred_on, category, note, created_at, created_by)
        VALUES (1, '2025-03-03', 'khieu_kien', 'Khiếu kiện đất đai', ${stamp});
      INSERT INTO criteria_sets (name, version, based_on_id, created_at, created_by)
        SELECT name, 2, id, ${stamp} FROM criteria_sets WHERE id = 1;
      INSERT INTO criteria (set_id, kind, code, sort_order, text, origin, confirmed, auto_rule, incident_sensitive)
        SELECT 2, kind, code, sort_order, text, origin, confirmed, auto_rule, incident_sensitive FROM criteria WHERE set_id = 1;
      INSERT INTO criteria (set_id, kind, code, sort_order, text, origin, confirmed, auto_rule, incident_sensitive)
        VALUES (2, 'khu_dan_cu', 'T1', 99, 'Tiêu chí của tỉnh về vụ việc.', 'dia_phuong', 1, NULL, 1);
    `);
    sqlite.close();

    const store = openDataStore(dir);
    open.push(store);
    const [v1, v2] = await listCriteriaSets(store.db);
    for (const set of [v1!, v2!]) {
      const map = (kind: string, code: string) =>
        set.criteria.find((c) => c.kind === kind && c.code === code)!.incidentCategories;
      expect(map('khu_dan_cu', '3').map((m) => m.category)).toEqual(CLOSED_LIST);
      expect(new Set(map('khu_dan_cu', '4').map((m) => m.effect))).toEqual(new Set(['xem_xet']));
      expect(map('xa_phuong', '2')).toHaveLength(9);
      expect(map('khu_dan_cu', '1')).toEqual([]);
    }
    // A criterion the shipped texts do not name keeps what it meant: every category, to confirm.
    const t1 = v2!.criteria.find((c) => c.code === 'T1')!;
    expect(t1.incidentCategories).toHaveLength(15);
    expect(t1.incidentCategories.every((m) => m.effect === 'khong_dat' && !m.confirmed)).toBe(true);
    expect(store.sqlite.prepare('SELECT category, note FROM incidents').all()).toEqual([
      { category: 'khieu_kien', note: 'Khiếu kiện đất đai' },
    ]);
    expect(() => store.sqlite.prepare('DELETE FROM criterion_incident_categories').run()).toThrow(/immutable/);
    expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('criteria packages carry the mapping', () => {
  it('format 2: every criterion with its categories; the receiving office stores them as sent', async () => {
    const pkg = at('tieu-chi.anttpkg');
    const province = await provinceWithCriteria(at('tinh'), pkg);
    open.push(province.store);
    const reader = await openPackage(pkg);
    let records: { id: string; criteria: { code: string; kind: string; incidentCategories: unknown[] }[] }[];
    try {
      expect(reader.manifest).toMatchObject({ kind: 'criteria', formatVersion: 2 });
      records = (await reader.readJson('records/criteria-sets.json')) as typeof records;
    } finally {
      await reader.close();
    }
    expect(records.every((s) => s.criteria.every((c) => Array.isArray(c.incidentCategories)))).toBe(true);

    const commune = await communeOffice(at('xa'));
    open.push(commune.store);
    await importExchangePackage(commune.ctx, pkg, {});
    const received = (await listCriteriaSets(commune.store.db)).at(-1)!;
    const sent = await criteriaOfSet(province.store.db, province.set.id);
    expect(received.criteria.map((c) => [c.kind, c.code, c.incidentCategories])).toEqual(
      sent.map((c) => [c.kind, c.code, c.incidentCategories]),
    );
  });

  it('format 1 is still read: criteria get the shipped mapping for their code, the shipped set stays unchanged', async () => {
    const pkg = at('tieu-chi.anttpkg');
    const province = await provinceWithCriteria(at('tinh'), pkg);
    open.push(province.store);
    const reader = await openPackage(pkg);
    const files: { path: string; data: string }[] = [];
    const { kind, packageId, office, year, createdAt, appVersion } = reader.manifest;
    try {
      for (const e of reader.manifest.entries) {
        const value = (await reader.readJson(e.path)) as unknown;
        if (e.path === 'records/criteria-sets.json') {
          for (const s of value as { criteria: Record<string, unknown>[] }[])
            for (const c of s.criteria) delete c.incidentCategories;
        }
        files.push({ path: e.path, data: JSON.stringify(value) });
      }
    } finally {
      await reader.close();
    }
    const old = at('tieu-chi-v1.anttpkg');
    fs.writeFileSync(old, rawPackage(files, { header: { kind, packageId, office, year, createdAt, appVersion } }));

    const commune = await communeOffice(at('xa'));
    open.push(commune.store);
    const preview = await previewExchangePackage(commune.ctx, old);
    // Unchanged: the shipped set and its verbatim version, which every installation holds.
    expect(preview.counts.criteriaSets).toMatchObject({ new: 1, unchanged: 2, conflicting: 0 });
    await importExchangePackage(commune.ctx, old, {});
    const received = (await listCriteriaSets(commune.store.db)).at(-1)!;
    const map = (code: string) => received.criteria.find((c) => c.kind === 'khu_dan_cu' && c.code === code)!;
    expect(map('3').incidentCategories.map((m) => m.category)).toEqual(CLOSED_LIST);
    expect(map('T1').incidentCategories).toEqual([]);

    // A format-2 package whose criteria lack the list, or a newer criteria format, is refused.
    const broken = at('tieu-chi-hong.anttpkg');
    fs.writeFileSync(
      broken,
      rawPackage(files, {
        header: { kind, packageId: '3f2c1a52-5f7e-4d3b-9a51-2f4f1c0e9a11', office, year, createdAt, appVersion },
        manifest: (m) => ({ ...m, formatVersion: 2 }),
      }),
    );
    await expect(previewExchangePackage(commune.ctx, broken)).rejects.toThrow(/thiếu danh sách loại vụ việc/);
    const newer = at('tieu-chi-moi.anttpkg');
    fs.writeFileSync(
      newer,
      rawPackage(files, {
        header: { kind, packageId, office, year, createdAt, appVersion },
        manifest: (m) => ({ ...m, formatVersion: 3 }),
      }),
    );
    await expect(previewExchangePackage(commune.ctx, newer)).rejects.toThrow(/đến phiên bản 2/);
  });
});
