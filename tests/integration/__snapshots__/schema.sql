-- index audit_log_entity
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- index signers_single_default
CREATE UNIQUE INDEX signers_single_default ON signers (is_default) WHERE is_default = 1;

-- index unit_name_history_unit
CREATE INDEX unit_name_history_unit ON unit_name_history (unit_id, valid_until);

-- index units_import_batch
CREATE INDEX units_import_batch ON units (import_batch_id);

-- index units_kind_name_key
CREATE INDEX units_kind_name_key ON units (kind, name_key);

-- index units_kind_sort
CREATE INDEX units_kind_sort ON units (kind, sort_key);

-- index units_merged_into
CREATE INDEX units_merged_into ON units (merged_into_id);

-- index units_parent
CREATE INDEX units_parent ON units (parent_id);

-- index units_sort
CREATE INDEX units_sort ON units (sort_key);

-- table audit_log
CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        summary TEXT NOT NULL
      ) STRICT;

-- table import_batches
CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sheet TEXT NOT NULL,
        kind TEXT CHECK (kind IS NULL OR kind IN ('khu_dan_cu', 'xa_phuong', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc')),
        unit_count INTEGER NOT NULL CHECK (unit_count >= 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        undone_at TEXT,
        undone_by TEXT
      ) STRICT;

-- table office_settings
CREATE TABLE office_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        level TEXT NOT NULL CHECK (level IN ('xa', 'phuong', 'dac_khu', 'cap_tren')),
        issuing_body_upper TEXT NOT NULL CHECK (length(issuing_body_upper) > 0),
        locality_upper TEXT NOT NULL CHECK (length(locality_upper) > 0),
        place_name TEXT NOT NULL CHECK (length(place_name) > 0),
        province_name TEXT NOT NULL,
        committee_name TEXT NOT NULL,
        standing_office_name TEXT NOT NULL,
        decision_code TEXT NOT NULL,
        proposal_code TEXT NOT NULL,
        archive_code TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

-- table schema_migrations
CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT;

-- table signers
CREATE TABLE signers (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL CHECK (length(full_name) > 0),
        title TEXT NOT NULL CHECK (length(title) > 0),
        authority TEXT NOT NULL CHECK (authority IN ('TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', '')),
        is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

-- table unit_name_history
CREATE TABLE unit_name_history (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        valid_until TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;

-- table units
CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('khu_dan_cu', 'xa_phuong', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc')),
        subtype TEXT CHECK (subtype IS NULL OR subtype IN ('thon', 'lang', 'ban', 'ap', 'buon', 'phum', 'soc', 'khom', 'to_dan_pho', 'khu_pho', 'khac', 'xa', 'phuong', 'dac_khu', 'thi_tran', 'co_quan_nha_nuoc', 'don_vi_su_nghiep', 'to_chuc_khac', 'doanh_nghiep_nha_nuoc', 'doanh_nghiep_tu_nhan', 'doanh_nghiep_fdi', 'hop_tac_xa', 'thcs', 'thpt', 'lien_cap', 'trung_cap_nghe', 'cao_dang_dai_hoc', 'khac_gd')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_key TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        search_text TEXT NOT NULL,
        parent_id INTEGER REFERENCES units (id) ON DELETE RESTRICT,
        address TEXT,
        head_name TEXT,
        head_phone TEXT,
        households INTEGER CHECK (households IS NULL OR households >= 0),
        population INTEGER CHECK (population IS NULL OR population >= 0),
        notes TEXT,
        active_from TEXT,
        active_until TEXT CHECK (active_until IS NULL OR active_from IS NULL OR active_until >= active_from),
        merged_into_id INTEGER REFERENCES units (id) ON DELETE RESTRICT CHECK (merged_into_id IS NULL OR merged_into_id <> id),
        import_batch_id INTEGER REFERENCES import_batches (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        CHECK (parent_id IS NULL OR parent_id <> id)
      ) STRICT;

-- table users
CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) BETWEEN 3 AND 32),
        full_name TEXT NOT NULL CHECK (length(full_name) > 0),
        role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'leader')),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        locked_until TEXT,
        last_login_at TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
