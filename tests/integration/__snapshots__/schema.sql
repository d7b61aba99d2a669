-- index audit_log_entity
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- index criteria_sets_uid
CREATE UNIQUE INDEX criteria_sets_uid ON criteria_sets (uid);

-- index decision_units_unit
CREATE INDEX decision_units_unit ON decision_units (unit_id);

-- index dossier_files_attachment
CREATE INDEX dossier_files_attachment ON dossier_files (attachment_id);

-- index dossier_status_history_dossier
CREATE INDEX dossier_status_history_dossier ON dossier_status_history (dossier_id, id);

-- index dossiers_campaign_status
CREATE INDEX dossiers_campaign_status ON dossiers (campaign_id, status, unit_id);

-- index dossiers_unit
CREATE INDEX dossiers_unit ON dossiers (unit_id);

-- index exemplars_model
CREATE INDEX exemplars_model ON exemplars (model_id);

-- index incidents_unit_date
CREATE INDEX incidents_unit_date ON incidents (unit_id, occurred_on);

-- index model_events_model
CREATE INDEX model_events_model ON model_events (model_id, on_date);

-- index model_files_model
CREATE INDEX model_files_model ON model_files (model_id);

-- index model_points_unit
CREATE INDEX model_points_unit ON model_points (unit_id);

-- index model_team_members_team
CREATE INDEX model_team_members_team ON model_team_members (team_id);

-- index model_teams_point
CREATE INDEX model_teams_point ON model_teams (point_id);

-- index model_units_unit
CREATE INDEX model_units_unit ON model_units (unit_id);

-- index models_name_key
CREATE INDEX models_name_key ON models (name_key);

-- index models_type
CREATE INDEX models_type ON models (type_code);

-- index received_dossier_files_attachment
CREATE INDEX received_dossier_files_attachment ON received_dossier_files (attachment_id);

-- index received_dossiers_office_year
CREATE INDEX received_dossiers_office_year ON received_dossiers (office_id, year, status);

-- index registrations_unit
CREATE INDEX registrations_unit ON registrations (unit_id);

-- index removed_dossier_files_attachment
CREATE INDEX removed_dossier_files_attachment ON removed_dossier_files (attachment_id);

-- index removed_dossier_files_dossier
CREATE INDEX removed_dossier_files_dossier ON removed_dossier_files (dossier_id);

-- index security_team_members_team
CREATE INDEX security_team_members_team ON security_team_members (team_id);

-- index security_teams_unit
CREATE INDEX security_teams_unit ON security_teams (unit_id);

-- index signers_single_default
CREATE UNIQUE INDEX signers_single_default ON signers (is_default) WHERE is_default = 1;

-- index unit_name_history_unit
CREATE INDEX unit_name_history_unit ON unit_name_history (unit_id, valid_until);

-- index units_excluded
CREATE INDEX units_excluded ON units (excluded_kind) WHERE excluded_kind IS NOT NULL;

-- index units_import_batch
CREATE INDEX units_import_batch ON units (import_batch_id);

-- index units_kind_activity
CREATE INDEX units_kind_activity ON units (kind, active_until, active_from);

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

-- index units_source_office
CREATE INDEX units_source_office ON units (source_office_id);

-- table appraisal_items
CREATE TABLE appraisal_items (
        dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE RESTRICT,
        verdict TEXT NOT NULL CHECK (verdict IN ('dat', 'khong_dat', 'chua_danh_gia')),
        note TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (dossier_id, criterion_id)
      ) STRICT, WITHOUT ROWID;

-- table attachments
CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        extension TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

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

-- table campaign_windows
CREATE TABLE "campaign_windows" (
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('khu_dan_cu', 'xa_phuong', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc')),
        window_from TEXT NOT NULL,
        window_to TEXT NOT NULL CHECK (window_to > window_from),
        registration_deadline TEXT NOT NULL,
        dossier_deadline TEXT,
        decision_deadline TEXT,
        PRIMARY KEY (campaign_id, kind)
      ) STRICT;

-- table campaigns
CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
        criteria_set_id INTEGER NOT NULL REFERENCES criteria_sets (id) ON DELETE RESTRICT,
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      , decision_bases TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(decision_bases) AND json_type(decision_bases) = 'array')) STRICT;

-- table criteria
CREATE TABLE criteria (
        id INTEGER PRIMARY KEY,
        set_id INTEGER NOT NULL REFERENCES criteria_sets (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('khu_dan_cu', 'xa_phuong', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc')),
        code TEXT NOT NULL,
        sort_order INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(text) > 0),
        origin TEXT NOT NULL CHECK (origin IN ('quoc_gia', 'dia_phuong')),
        confirmed INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
        auto_rule TEXT CHECK (auto_rule IS NULL OR auto_rule IN ('registration', 'commune_70')),
        incident_sensitive INTEGER NOT NULL CHECK (incident_sensitive IN (0, 1)),
        UNIQUE (set_id, kind, code)
      ) STRICT;

-- table criteria_sets
CREATE TABLE criteria_sets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        version INTEGER NOT NULL CHECK (version >= 1),
        based_on_id INTEGER REFERENCES criteria_sets (id) ON DELETE RESTRICT,
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL, uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 1 AND 100), source_office_id INTEGER REFERENCES exchange_offices (id) ON DELETE RESTRICT, import_hash TEXT CHECK (import_hash IS NULL OR length(import_hash) = 64),
        UNIQUE (name, version)
      ) STRICT;

-- table criterion_incident_categories
CREATE TABLE criterion_incident_categories (
        criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE RESTRICT,
        category TEXT NOT NULL CHECK (category IN ('chong_dang', 'pha_hoai', 'dao_trai_phap_luat', 'loi_dung_ton_giao', 'ly_khai', 'khieu_kien', 'tu_tap', 'toi_pham', 'bao_luc_hoc_duong', 'dinh_cong', 'chay_no', 'tai_nan_lao_dong', 'lo_bi_mat', 'can_bo_vi_pham', 'khac')),
        effect TEXT NOT NULL CHECK (effect IN ('khong_dat', 'xem_xet')),
        confirmed INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
        PRIMARY KEY (criterion_id, category)
      ) STRICT, WITHOUT ROWID;

-- table decision_lines
CREATE TABLE decision_lines (
        decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
        section TEXT NOT NULL CHECK (section IN ('basis', 'article', 'recipient')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(text) > 0),
        PRIMARY KEY (decision_id, section, position)
      ) STRICT;

-- table decision_scans
CREATE TABLE decision_scans (
        id INTEGER PRIMARY KEY,
        decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE RESTRICT,
        attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
        file_name TEXT NOT NULL CHECK (length(file_name) > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (decision_id, attachment_id)
      ) STRICT;

-- table decision_units
CREATE TABLE decision_units (
        decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        unit_name TEXT NOT NULL,
        parent_name TEXT,
        previous_status TEXT NOT NULL,
        PRIMARY KEY (decision_id, unit_id)
      ) STRICT;

-- table decisions
CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE RESTRICT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'signed', 'issued')),
        code TEXT NOT NULL,
        number INTEGER CHECK (number IS NULL OR number >= 1),
        number_year INTEGER,
        signed_on TEXT,
        subject TEXT NOT NULL CHECK (length(subject) > 0),
        list_title TEXT NOT NULL,
        signer_name TEXT,
        signer_title TEXT,
        signing_authority TEXT,
        on_behalf_of TEXT,
        revokes_id INTEGER REFERENCES decisions (id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        CHECK ((status IN ('signed', 'issued')) = (number IS NOT NULL AND number_year IS NOT NULL AND signed_on IS NOT NULL
               AND signer_name IS NOT NULL AND signer_title IS NOT NULL)),
        UNIQUE (number_year, code, number)
      ) STRICT;

-- table document_register
CREATE TABLE document_register (
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        code TEXT NOT NULL,
        last_number INTEGER NOT NULL CHECK (last_number >= 0),
        PRIMARY KEY (year, code)
      ) STRICT;

-- table dossier_component_kinds
CREATE TABLE dossier_component_kinds (
        code TEXT NOT NULL REFERENCES dossier_components (code) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('khu_dan_cu', 'xa_phuong', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc')),
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        PRIMARY KEY (code, kind)
      ) STRICT, WITHOUT ROWID;

-- table dossier_components
CREATE TABLE dossier_components (
        code TEXT PRIMARY KEY,
        label TEXT NOT NULL CHECK (length(label) > 0),
        sort_order INTEGER NOT NULL,
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      , party_organisation_only INTEGER NOT NULL DEFAULT 0
        CHECK (party_organisation_only IN (0, 1))) STRICT;

-- table dossier_files
CREATE TABLE dossier_files (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        component_code TEXT REFERENCES dossier_components (code) ON DELETE RESTRICT,
        attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
        original_name TEXT NOT NULL,
        source_path TEXT,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        UNIQUE (dossier_id, attachment_id)
      ) STRICT;

-- table dossier_status_history
CREATE TABLE dossier_status_history (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        from_status TEXT,
        to_status TEXT NOT NULL,
        reason TEXT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL
      ) STRICT;

-- table dossiers
CREATE TABLE dossiers (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE RESTRICT,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        status TEXT NOT NULL CHECK (status IN ('chua_nop', 'da_nhan', 'da_tham_dinh', 'de_nghi', 'khong_de_nghi', 'da_cong_nhan')),
        received_on TEXT,
        received_by TEXT,
        computed_result TEXT CHECK (computed_result IS NULL OR computed_result IN ('dat', 'chua_dat')),
        result_override TEXT CHECK (result_override IS NULL OR result_override IN ('dat', 'chua_dat')),
        override_reason TEXT,
        review_method TEXT CHECK (review_method IS NULL OR review_method IN ('hop', 'lay_y_kien')),
        review_date TEXT,
        review_detail TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (campaign_id, unit_id),
        CHECK (result_override IS NULL OR length(trim(coalesce(override_reason, ''))) > 0),
        CHECK (received_on IS NULL OR received_by IS NOT NULL)
      ) STRICT;

-- table exchange_imports
CREATE TABLE exchange_imports (
        id INTEGER PRIMARY KEY,
        package_id TEXT NOT NULL UNIQUE,
        office_id INTEGER NOT NULL REFERENCES exchange_offices (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL,
        year INTEGER,
        package_created_at TEXT NOT NULL,
        app_version TEXT NOT NULL,
        file_name TEXT NOT NULL,
        summary TEXT NOT NULL CHECK (json_valid(summary)),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
      ) STRICT;

-- table exchange_offices
CREATE TABLE exchange_offices (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 100),
        name TEXT NOT NULL,
        level TEXT NOT NULL,
        province TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      ) STRICT;

-- table exemplars
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

-- table incidents
CREATE TABLE "incidents" (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        occurred_on TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('chong_dang', 'pha_hoai', 'dao_trai_phap_luat', 'loi_dung_ton_giao', 'ly_khai', 'khieu_kien', 'tu_tap', 'toi_pham', 'bao_luc_hoc_duong', 'dinh_cong', 'chay_no', 'tai_nan_lao_dong', 'lo_bi_mat', 'can_bo_vi_pham', 'khac')),
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

-- table issued_files
CREATE TABLE issued_files (
        id INTEGER PRIMARY KEY,
        decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE RESTRICT,
        file_kind TEXT NOT NULL CHECK (file_kind IN ('decision', 'certificates')),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

-- table model_events
CREATE TABLE model_events (
        id INTEGER PRIMARY KEY,
        model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        action TEXT NOT NULL CHECK (action IN ('de_xuat', 'thanh_lap', 'ra_mat', 'so_ket', 'tong_ket', 'nhan_rong', 'thanh_loai')),
        from_status TEXT CHECK (from_status IN ('de_xuat', 'thanh_lap', 'hoat_dong', 'nhan_rong', 'thanh_loai')),
        to_status TEXT NOT NULL CHECK (to_status IN ('de_xuat', 'thanh_lap', 'hoat_dong', 'nhan_rong', 'thanh_loai')),
        on_date TEXT NOT NULL,
        note TEXT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL
      ) STRICT;

-- table model_files
CREATE TABLE model_files (
        id INTEGER PRIMARY KEY,
        model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
        original_name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL
      ) STRICT;

-- table model_points
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

-- table model_ratings
CREATE TABLE model_ratings (
        code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 40),
        label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
        effective INTEGER NOT NULL CHECK (effective IN (0, 1)),
        sort_order INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;

-- table model_reviews
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

-- table model_settings
CREATE TABLE model_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        review_min_months INTEGER NOT NULL CHECK (review_min_months BETWEEN 0 AND 60),
        review_min_months_source TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

-- table model_team_members
CREATE TABLE model_team_members (
        id INTEGER PRIMARY KEY,
        team_id INTEGER NOT NULL REFERENCES model_teams (id) ON DELETE CASCADE,
        full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 100),
        role TEXT,
        phone TEXT,
        joined_on TEXT
      ) STRICT;

-- table model_teams
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

-- table model_types
CREATE TABLE model_types (
        code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 40),
        label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
        sort_order INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;

-- table model_units
CREATE TABLE model_units (
        model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        PRIMARY KEY (model_id, unit_id)
      ) STRICT, WITHOUT ROWID;

-- table models
CREATE TABLE models (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        name_key TEXT NOT NULL,
        type_code TEXT NOT NULL REFERENCES model_types (code) ON DELETE RESTRICT ON UPDATE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('an_ninh_trat_tu', 'ma_tuy', 'giao_thong', 'phong_chay', 'bien_gioi', 'ton_giao', 'hoa_giai', 'khac')),
        status TEXT NOT NULL CHECK (status IN ('de_xuat', 'thanh_lap', 'hoat_dong', 'nhan_rong', 'thanh_loai')),
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
      , decision_template TEXT
        CHECK (decision_template IS NULL OR json_valid(decision_template)), office_uid TEXT, decision_template_source_office_id INTEGER
        REFERENCES exchange_offices (id) ON DELETE RESTRICT, decision_template_import_hash TEXT
        CHECK (decision_template_import_hash IS NULL OR length(decision_template_import_hash) = 64), proposal_addressee TEXT, commune_recogniser TEXT, tt48_date TEXT, sample_data INTEGER NOT NULL DEFAULT 0 CHECK (sample_data IN (0, 1))) STRICT;

-- table received_decision_files
CREATE TABLE received_decision_files (
        received_decision_id INTEGER NOT NULL REFERENCES received_decisions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
        file_kind TEXT NOT NULL CHECK (file_kind IN ('decision', 'certificates', 'scan')),
        file_name TEXT NOT NULL,
        PRIMARY KEY (received_decision_id, position)
      ) STRICT;

-- table received_decisions
CREATE TABLE received_decisions (
        id INTEGER PRIMARY KEY,
        office_id INTEGER NOT NULL REFERENCES exchange_offices (id) ON DELETE RESTRICT,
        record_key TEXT NOT NULL,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        number INTEGER NOT NULL,
        code TEXT NOT NULL,
        signed_on TEXT NOT NULL,
        subject TEXT NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record)),
        record_hash TEXT NOT NULL CHECK (length(record_hash) = 64),
        import_id INTEGER NOT NULL REFERENCES exchange_imports (id) ON DELETE RESTRICT,
        UNIQUE (office_id, record_key)
      ) STRICT;

-- table received_dossier_files
CREATE TABLE received_dossier_files (
        received_dossier_id INTEGER NOT NULL REFERENCES received_dossiers (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
        component_code TEXT,
        original_name TEXT NOT NULL,
        PRIMARY KEY (received_dossier_id, position)
      ) STRICT;

-- table received_dossiers
CREATE TABLE received_dossiers (
        id INTEGER PRIMARY KEY,
        office_id INTEGER NOT NULL REFERENCES exchange_offices (id) ON DELETE RESTRICT,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        status TEXT NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record)),
        record_hash TEXT NOT NULL CHECK (length(record_hash) = 64),
        import_id INTEGER NOT NULL REFERENCES exchange_imports (id) ON DELETE RESTRICT,
        UNIQUE (unit_id, year)
      ) STRICT;

-- table registrations
CREATE TABLE registrations (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE RESTRICT,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        registered_on TEXT NOT NULL,
        resolution_number TEXT,
        resolution_date TEXT,
        households_registered INTEGER CHECK (households_registered IS NULL OR households_registered >= 0),
        households_total INTEGER CHECK (households_total IS NULL OR households_total >= 0),
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL, plan_number TEXT, plan_date TEXT, excluded_reason TEXT,
        UNIQUE (campaign_id, unit_id),
        CHECK (households_registered IS NULL OR households_total IS NULL OR households_registered <= households_total)
      ) STRICT;

-- table removed_dossier_files
CREATE TABLE removed_dossier_files (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        component_code TEXT REFERENCES dossier_components (code) ON DELETE SET NULL,
        attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
        original_name TEXT NOT NULL,
        source_path TEXT,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        reason TEXT,
        removed_at TEXT NOT NULL,
        removed_by TEXT NOT NULL
      ) STRICT;

-- table schema_migrations
CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT;

-- table security_team_members
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

-- table security_team_ratings
CREATE TABLE security_team_ratings (
        team_id INTEGER NOT NULL REFERENCES security_teams (id) ON DELETE CASCADE,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        rating TEXT NOT NULL CHECK (rating IN ('xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh')),
        note TEXT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        PRIMARY KEY (team_id, year)
      ) STRICT, WITHOUT ROWID;

-- table security_teams
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
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1), source_office_id INTEGER REFERENCES exchange_offices (id) ON DELETE RESTRICT, import_hash TEXT, has_party_organisation INTEGER NOT NULL DEFAULT 1
        CHECK (has_party_organisation IN (0, 1)), excluded_kind TEXT CHECK (excluded_kind IS NULL OR excluded_kind IN ('luc_luong_vu_trang', 'doanh_nghiep_nho', 'tieu_hoc', 'mam_non', 'nha_tre')), excluded_reason TEXT,
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

-- table voided_numbers
CREATE TABLE voided_numbers (
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        code TEXT NOT NULL,
        number INTEGER NOT NULL CHECK (number >= 1),
        decision_id INTEGER REFERENCES decisions (id) ON DELETE SET NULL,
        subject TEXT NOT NULL,
        signed_on TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        voided_at TEXT NOT NULL,
        voided_by TEXT NOT NULL,
        PRIMARY KEY (year, code, number)
      ) STRICT;

-- trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;

-- trigger audit_log_no_update
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;

-- trigger criteria_immutable_delete
CREATE TRIGGER criteria_immutable_delete BEFORE DELETE ON criteria
        BEGIN SELECT RAISE(ABORT, 'criteria are immutable; create a new criteria set version'); END;

-- trigger criteria_immutable_update
CREATE TRIGGER criteria_immutable_update BEFORE UPDATE ON criteria
        BEGIN SELECT RAISE(ABORT, 'criteria are immutable; create a new criteria set version'); END;

-- trigger criteria_sets_uid_default
CREATE TRIGGER criteria_sets_uid_default AFTER INSERT ON criteria_sets WHEN NEW.uid IS NULL
        BEGIN UPDATE criteria_sets SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id; END;

-- trigger criteria_sets_uid_frozen
CREATE TRIGGER criteria_sets_uid_frozen BEFORE UPDATE OF uid ON criteria_sets
        WHEN OLD.uid IS NOT NULL AND NEW.uid IS NOT OLD.uid
        BEGIN SELECT RAISE(ABORT, 'a criteria set keeps its uid'); END;

-- trigger criterion_incident_categories_immutable_delete
CREATE TRIGGER criterion_incident_categories_immutable_delete BEFORE DELETE ON criterion_incident_categories
        BEGIN SELECT RAISE(ABORT, 'criteria are immutable; create a new criteria set version'); END;

-- trigger criterion_incident_categories_immutable_update
CREATE TRIGGER criterion_incident_categories_immutable_update BEFORE UPDATE ON criterion_incident_categories
        BEGIN SELECT RAISE(ABORT, 'criteria are immutable; create a new criteria set version'); END;

-- trigger decision_lines_frozen_delete
CREATE TRIGGER decision_lines_frozen_delete BEFORE DELETE ON decision_lines
        WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) IN ('signed', 'issued')
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;

-- trigger decision_lines_frozen_insert
CREATE TRIGGER decision_lines_frozen_insert BEFORE INSERT ON decision_lines
        WHEN (SELECT status FROM decisions WHERE id = NEW.decision_id) IN ('signed', 'issued')
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;

-- trigger decision_lines_frozen_update
CREATE TRIGGER decision_lines_frozen_update BEFORE UPDATE ON decision_lines
        WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) IN ('signed', 'issued')
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;

-- trigger decision_scans_immutable
CREATE TRIGGER decision_scans_immutable BEFORE UPDATE ON decision_scans
        BEGIN SELECT RAISE(ABORT, 'signed scans are immutable'); END;

-- trigger decision_scans_signed_only
CREATE TRIGGER decision_scans_signed_only BEFORE INSERT ON decision_scans
        WHEN (SELECT status FROM decisions WHERE id = NEW.decision_id) NOT IN ('signed', 'issued')
        BEGIN SELECT RAISE(ABORT, 'only a signed decision has a signed scan'); END;

-- trigger decision_units_frozen_delete
CREATE TRIGGER decision_units_frozen_delete BEFORE DELETE ON decision_units
        WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) IN ('signed', 'issued')
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;

-- trigger decision_units_frozen_insert
CREATE TRIGGER decision_units_frozen_insert BEFORE INSERT ON decision_units
        WHEN (SELECT status FROM decisions WHERE id = NEW.decision_id) IN ('signed', 'issued')
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;

-- trigger decision_units_frozen_update
CREATE TRIGGER decision_units_frozen_update BEFORE UPDATE ON decision_units
        WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) IN ('signed', 'issued')
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;

-- trigger decisions_frozen_delete
CREATE TRIGGER decisions_frozen_delete BEFORE DELETE ON decisions WHEN OLD.status IN ('signed', 'issued')
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;

-- trigger decisions_frozen_update
CREATE TRIGGER decisions_frozen_update BEFORE UPDATE ON decisions
        WHEN OLD.status IN ('signed', 'issued') AND NOT (
          NEW.campaign_id IS OLD.campaign_id AND NEW.code IS OLD.code AND NEW.subject IS OLD.subject
          AND NEW.list_title IS OLD.list_title AND NEW.revokes_id IS OLD.revokes_id
          AND (
            (OLD.status = 'signed' AND NEW.status = 'issued'
              AND NEW.number IS OLD.number AND NEW.number_year IS OLD.number_year AND NEW.signed_on IS OLD.signed_on
              AND NEW.signer_name IS OLD.signer_name AND NEW.signer_title IS OLD.signer_title
              AND NEW.signing_authority IS OLD.signing_authority AND NEW.on_behalf_of IS OLD.on_behalf_of)
            OR (OLD.status = 'signed' AND NEW.status IN ('signed', 'submitted')
              AND ((NEW.number IS OLD.number AND NEW.number_year IS OLD.number_year)
                OR EXISTS (SELECT 1 FROM voided_numbers v
                           WHERE v.year = OLD.number_year AND v.code = OLD.code AND v.number = OLD.number)))
          ))
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;
