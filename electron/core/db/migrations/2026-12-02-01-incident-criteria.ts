// Incidents by criterion: each criterion lists the incident categories that breach it, and how (fail, or review
// against last year's counts); new categories for agencies, enterprises and schools. Existing sets get the mapping
// by kind and code, so a version made from them later copies it. Frozen once shipped: lists are written out here.
import type { Migration } from './types.ts';

type Link = [category: string, effect: 'khong_dat' | 'xem_xet', confirmed: 0 | 1];
const CLOSED_LIST = [
  'chong_dang',
  'pha_hoai',
  'dao_trai_phap_luat',
  'loi_dung_ton_giao',
  'ly_khai',
  'khieu_kien',
  'tu_tap',
];
const WORKPLACE = ['dinh_cong', 'chay_no', 'tai_nan_lao_dong', 'lo_bi_mat', 'can_bo_vi_pham'];
const CATEGORIES = [...CLOSED_LIST, 'toi_pham', 'bao_luc_hoc_duong', ...WORKPLACE, 'khac'];
const IN_LIST = CATEGORIES.map((c) => `'${c}'`).join(', ');
const SCHOOL_SECURITY = ['chong_dang', 'dao_trai_phap_luat', 'loi_dung_ton_giao', 'tu_tap'];
const fails = (list: string[], confirmed: 0 | 1): Link[] => list.map((c) => [c, 'khong_dat', confirmed]);
const review = (list: string[]): Link[] => list.map((c) => [c, 'xem_xet', 0]);

const MAPPING: Record<string, Link[]> = {
  'khu_dan_cu:3': fails(CLOSED_LIST, 1),
  'khu_dan_cu:4': review(['toi_pham', 'khac']),
  'xa_phuong:2': [...fails(CLOSED_LIST, 1), ...review(['toi_pham', 'khac'])],
  'co_quan:3': fails(WORKPLACE, 0),
  'doanh_nghiep:3': fails(WORKPLACE, 0),
  'co_so_giao_duc:4': fails(SCHOOL_SECURITY, 0),
  'co_so_giao_duc:5': fails(['bao_luc_hoc_duong'], 0),
};

export const incidentCriteria: Migration = {
  name: '2026-12-02-01-incident-criteria',
  up: (db) => {
    db.exec(`
      -- The category list is a CHECK: the table is rebuilt with the longer list (nothing references incidents).
      CREATE TABLE incidents_next (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        occurred_on TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN (${IN_LIST})),
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      INSERT INTO incidents_next (id, unit_id, occurred_on, category, note, created_at, created_by)
        SELECT id, unit_id, occurred_on, category, note, created_at, created_by FROM incidents;
      DROP TABLE incidents;
      ALTER TABLE incidents_next RENAME TO incidents;
      CREATE INDEX incidents_unit_date ON incidents (unit_id, occurred_on);

      CREATE TABLE criterion_incident_categories (
        criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE RESTRICT,
        category TEXT NOT NULL CHECK (category IN (${IN_LIST})),
        effect TEXT NOT NULL CHECK (effect IN ('khong_dat', 'xem_xet')),
        confirmed INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
        PRIMARY KEY (criterion_id, category)
      ) STRICT, WITHOUT ROWID;
      -- Part of the criterion, which past appraisals point at: fixed once written, like the criterion.
      CREATE TRIGGER criterion_incident_categories_immutable_update BEFORE UPDATE ON criterion_incident_categories
        BEGIN SELECT RAISE(ABORT, 'criteria are immutable; create a new criteria set version'); END;
      CREATE TRIGGER criterion_incident_categories_immutable_delete BEFORE DELETE ON criterion_incident_categories
        BEGIN SELECT RAISE(ABORT, 'criteria are immutable; create a new criteria set version'); END;
    `);
    const insert = db.prepare(
      'INSERT INTO criterion_incident_categories (criterion_id, category, effect, confirmed) VALUES (?, ?, ?, ?)',
    );
    const criteria = db
      .prepare('SELECT id, kind, code FROM criteria WHERE incident_sensitive = 1 ORDER BY id')
      .all() as {
      id: number;
      kind: string;
      code: string;
    }[];
    for (const c of criteria) {
      // A criterion the shipped texts do not name keeps what incident-sensitive meant so far: every category.
      const links = MAPPING[`${c.kind}:${c.code}`] ?? fails(CATEGORIES, 0);
      for (const [category, effect, confirmed] of links) insert.run(c.id, category, effect, confirmed);
    }
  },
};
