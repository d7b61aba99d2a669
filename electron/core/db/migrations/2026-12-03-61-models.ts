// Movement models with their points and teams, yearly reviews and exemplars; the grassroots security teams with
// their members and yearly ratings. Type and rating lists are office-editable rows; frozen lists are written here.
import type { Migration } from './types.ts';

const STATUSES = ['de_xuat', 'thanh_lap', 'hoat_dong', 'nhan_rong', 'thanh_loai'];
const ACTIONS = ['de_xuat', 'thanh_lap', 'ra_mat', 'so_ket', 'tong_ket', 'nhan_rong', 'thanh_loai'];
const FIELDS = ['an_ninh_trat_tu', 'ma_tuy', 'giao_thong', 'phong_chay', 'bien_gioi', 'ton_giao', 'hoa_giai', 'khac'];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

const TYPES: [code: string, label: string][] = [
  ['tu_phong', 'Tự phòng'],
  ['tu_quan', 'Tự quản'],
  ['tu_bao_ve', 'Tự bảo vệ'],
  ['tu_hoa_giai', 'Tự hòa giải'],
  ['khac', 'Khác'],
];
const RATINGS: [code: string, label: string, effective: 0 | 1][] = [
  ['hieu_qua', 'Hoạt động hiệu quả', 1],
  ['chua_hieu_qua', 'Hoạt động chưa hiệu quả', 0],
  ['khong_hoat_dong', 'Không hoạt động', 0],
];

export const models: Migration = {
  name: '2026-12-03-61-models',
  up: (db) => {
    db.exec(`
      CREATE TABLE model_types (
        code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 40),
        label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
        sort_order INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;
      CREATE TABLE model_ratings (
        code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 40),
        label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
        effective INTEGER NOT NULL CHECK (effective IN (0, 1)),
        sort_order INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;
      -- No source names the minimum time in operation before a yearly review: an editable default.
      CREATE TABLE model_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        review_min_months INTEGER NOT NULL CHECK (review_min_months BETWEEN 0 AND 60),
        review_min_months_source TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE models (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        name_key TEXT NOT NULL,
        type_code TEXT NOT NULL REFERENCES model_types (code) ON DELETE RESTRICT ON UPDATE CASCADE,
        field TEXT NOT NULL CHECK (field IN (${list(FIELDS)})),
        status TEXT NOT NULL CHECK (status IN (${list(STATUSES)})),
        proposer TEXT,
        proposed_on TEXT,
        survey TEXT,
        proposal TEXT,
        approved_by TEXT,
        decision_number TEXT,
        decision_date TEXT,
        decision_signer TEXT,
        steering_board TEXT,
        launched_on TEXT,
        retired_on TEXT,
        retire_reason TEXT,
        replaced_by_id INTEGER REFERENCES models (id) ON DELETE RESTRICT,
        notes TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (replaced_by_id IS NULL OR replaced_by_id <> id),
        CHECK ((status = 'thanh_loai') = (retired_on IS NOT NULL)),
        CHECK (status IN ('de_xuat') OR decision_number IS NOT NULL),
        CHECK (status NOT IN ('hoat_dong', 'nhan_rong') OR launched_on IS NOT NULL)
      ) STRICT;
      CREATE INDEX models_name_key ON models (name_key);
      CREATE INDEX models_type ON models (type_code);

      CREATE TABLE model_units (
        model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        PRIMARY KEY (model_id, unit_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX model_units_unit ON model_units (unit_id);

      -- The history: one row per action, with who, when and why; the status before and after.
      CREATE TABLE model_events (
        id INTEGER PRIMARY KEY,
        model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        action TEXT NOT NULL CHECK (action IN (${list(ACTIONS)})),
        from_status TEXT CHECK (from_status IN (${list(STATUSES)})),
        to_status TEXT NOT NULL CHECK (to_status IN (${list(STATUSES)})),
        on_date TEXT NOT NULL,
        note TEXT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL
      ) STRICT;
      CREATE INDEX model_events_model ON model_events (model_id, on_date);

      CREATE TABLE model_files (
        id INTEGER PRIMARY KEY,
        model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
        original_name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX model_files_model ON model_files (model_id);

      CREATE TABLE model_points (
        id INTEGER PRIMARY KEY,
        model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        started_on TEXT NOT NULL,
        decision_number TEXT,
        decision_date TEXT,
        ended_on TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (model_id, unit_id),
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      ) STRICT;
      CREATE INDEX model_points_unit ON model_points (unit_id);

      CREATE TABLE model_teams (
        id INTEGER PRIMARY KEY,
        point_id INTEGER NOT NULL REFERENCES model_points (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        leader_name TEXT,
        member_count INTEGER NOT NULL CHECK (member_count BETWEEN 0 AND 100000),
        founded_on TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX model_teams_point ON model_teams (point_id);

      CREATE TABLE model_team_members (
        id INTEGER PRIMARY KEY,
        team_id INTEGER NOT NULL REFERENCES model_teams (id) ON DELETE CASCADE,
        full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 100),
        role TEXT,
        phone TEXT,
        joined_on TEXT
      ) STRICT;
      CREATE INDEX model_team_members_team ON model_team_members (team_id);

      CREATE TABLE model_reviews (
        model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        rating_code TEXT NOT NULL REFERENCES model_ratings (code) ON DELETE RESTRICT ON UPDATE CASCADE,
        reviewed_on TEXT NOT NULL,
        note TEXT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        PRIMARY KEY (model_id, year)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE exemplars (
        id INTEGER PRIMARY KEY,
        model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        subject TEXT NOT NULL CHECK (subject IN ('mo_hinh', 'ca_nhan', 'tap_the')),
        subject_name TEXT NOT NULL CHECK (length(subject_name) BETWEEN 1 AND 300),
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        decision_number TEXT NOT NULL,
        decision_date TEXT NOT NULL,
        decision_signer TEXT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exemplars_model ON exemplars (model_id);

      CREATE TABLE security_teams (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        founded_on TEXT NOT NULL,
        dissolved_on TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        CHECK (dissolved_on IS NULL OR dissolved_on >= founded_on)
      ) STRICT;
      CREATE INDEX security_teams_unit ON security_teams (unit_id);

      CREATE TABLE security_team_members (
        id INTEGER PRIMARY KEY,
        team_id INTEGER NOT NULL REFERENCES security_teams (id) ON DELETE CASCADE,
        full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 100),
        role TEXT NOT NULL CHECK (role IN ('to_truong', 'to_pho', 'to_vien')),
        phone TEXT,
        joined_on TEXT NOT NULL,
        left_on TEXT,
        CHECK (left_on IS NULL OR left_on >= joined_on)
      ) STRICT;
      CREATE INDEX security_team_members_team ON security_team_members (team_id);

      CREATE TABLE security_team_ratings (
        team_id INTEGER NOT NULL REFERENCES security_teams (id) ON DELETE CASCADE,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        rating TEXT NOT NULL CHECK (rating IN ('xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh')),
        note TEXT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        PRIMARY KEY (team_id, year)
      ) STRICT, WITHOUT ROWID;
    `);
    // Deterministic: the same schema and rows on every installation.
    const at = '2026-12-03T00:00:00.000Z';
    const type = db.prepare('INSERT INTO model_types (code, label, sort_order) VALUES (?, ?, ?)');
    TYPES.forEach(([code, label], i) => type.run(code, label, i + 1));
    const rating = db.prepare('INSERT INTO model_ratings (code, label, effective, sort_order) VALUES (?, ?, ?, ?)');
    RATINGS.forEach(([code, label, effective], i) => rating.run(code, label, effective, i + 1));
    db.prepare(
      'INSERT INTO model_settings (id, review_min_months, review_min_months_source, updated_at, updated_by) VALUES (1, 6, ?, ?, ?)',
    ).run(
      'Cần xác nhận: Hướng dẫn 22/HD-BCA-V05 ngày 18/11/2022 không nêu thời gian hoạt động tối thiểu trước khi đánh giá; 6 tháng là mặc định của phần mềm.',
      at,
      'he-thong',
    );
  },
};
