// The yearly round: criteria sets (seeded with the Thông tư 124 default), campaigns with windows per kind,
// registrations, dossiers with components and content-addressed attachments, incidents, appraisals, status history.
// Frozen once shipped: texts and enum lists are written out here, not imported.
import type { Migration } from './types.ts';

const KINDS = "'khu_dan_cu', 'xa_phuong', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc'";
const STATUSES = "'chua_nop', 'da_nhan', 'da_tham_dinh', 'de_nghi', 'khong_de_nghi', 'da_cong_nhan'";

type Seed = [kind: string, code: string, text: string, confirmed: 0 | 1, auto: string | null, incident: 0 | 1];

const TT124: Seed[] = [
  [
    'khu_dan_cu',
    '1',
    'Trong quý I, chi bộ có nghị quyết, khu dân cư đăng ký và 100% hộ gia đình cư trú đăng ký phấn đấu đạt tiêu chuẩn "An toàn về an ninh, trật tự".',
    1,
    'registration',
    0,
  ],
  [
    'khu_dan_cu',
    '2',
    'Thực hiện đầy đủ chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương về bảo đảm an ninh, trật tự.',
    1,
    null,
    0,
  ],
  [
    'khu_dan_cu',
    '3',
    'Không để xảy ra: hoạt động chống Đảng, Nhà nước, phá hoại khối đại đoàn kết toàn dân tộc; phá hoại công trình kinh tế, văn hóa, an ninh, quốc phòng; tuyên truyền, phát triển đạo trái pháp luật; lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp để gây mất an ninh, trật tự; hoạt động ly khai, tự trị; tranh chấp, khiếu kiện phức tạp, kéo dài trong nhân dân; kích động, lôi kéo, mua chuộc người tham gia tụ tập trái pháp luật. (Các nội dung khác của tiêu chí: Thường trực đối chiếu văn bản và bổ sung.)',
    0,
    null,
    1,
  ],
  [
    'khu_dan_cu',
    '4',
    'Tiêu chí về kết quả phòng, chống tội phạm, tệ nạn xã hội, tai nạn trên địa bàn khu dân cư. (Nội dung cụ thể: Thường trực đối chiếu Điều 4 Thông tư 124/2021/TT-BCA và nhập lại.)',
    0,
    null,
    1,
  ],
  [
    'khu_dan_cu',
    '5',
    'Tiêu chí về tổ chức, lực lượng ở khu dân cư. (Nội dung cụ thể: Thường trực đối chiếu Điều 4 Thông tư 124/2021/TT-BCA và nhập lại.)',
    0,
    null,
    0,
  ],
  [
    'xa_phuong',
    '1',
    'Trong quý I, Đảng ủy có nghị quyết, Ủy ban nhân dân có kế hoạch, xã, phường, đặc khu đăng ký phấn đấu đạt tiêu chuẩn và xây dựng ít nhất một mô hình phong trào hoạt động hiệu quả.',
    1,
    null,
    0,
  ],
  ['xa_phuong', '2', 'Đạt các tiêu chí 2, 3 và 4 của khu dân cư trên phạm vi toàn xã, phường, đặc khu.', 1, null, 1],
  [
    'xa_phuong',
    '3',
    'Công an xã, phường, đặc khu hoạt động hiệu quả; không có cán bộ, chiến sĩ bị xử lý kỷ luật.',
    1,
    null,
    0,
  ],
  [
    'xa_phuong',
    '4',
    '100% khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc phạm vi quản lý đăng ký và ít nhất 70% trong số đó được công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự".',
    1,
    'commune_70',
    0,
  ],
  [
    'co_quan',
    '1',
    'Trong quý I, có nghị quyết (nơi có tổ chức đảng), kế hoạch bảo đảm an ninh, trật tự, đăng ký phấn đấu đạt tiêu chuẩn; có nội quy, quy chế về bảo vệ cơ quan, bảo vệ bí mật nhà nước, an toàn lao động, phòng cháy, chữa cháy, bảo vệ môi trường; 100% cán bộ, công nhân viên được phổ biến; có ít nhất một mô hình.',
    1,
    'registration',
    0,
  ],
  [
    'co_quan',
    '2',
    'Thực hiện đầy đủ chủ trương, chính sách, pháp luật và kế hoạch phối hợp với cơ quan Công an, chính quyền địa phương về bảo đảm an ninh, trật tự.',
    0,
    null,
    0,
  ],
  [
    'co_quan',
    '3',
    'Các tiêu chí khác theo Điều 6 Thông tư 124/2021/TT-BCA. (Nội dung cụ thể: Thường trực đối chiếu văn bản và nhập lại.)',
    0,
    null,
    1,
  ],
  [
    'doanh_nghiep',
    '1',
    'Trong quý I, có nghị quyết (nơi có tổ chức đảng), kế hoạch bảo đảm an ninh, trật tự, đăng ký phấn đấu đạt tiêu chuẩn; có nội quy, quy chế về bảo vệ, bảo vệ bí mật nhà nước, an toàn lao động, phòng cháy, chữa cháy, bảo vệ môi trường; 100% người lao động được phổ biến; có ít nhất một mô hình.',
    1,
    'registration',
    0,
  ],
  [
    'doanh_nghiep',
    '2',
    'Thực hiện đầy đủ chủ trương, chính sách, pháp luật và kế hoạch phối hợp với cơ quan Công an, chính quyền địa phương về bảo đảm an ninh, trật tự.',
    0,
    null,
    0,
  ],
  [
    'doanh_nghiep',
    '3',
    'Các tiêu chí khác theo Điều 6 Thông tư 124/2021/TT-BCA. (Nội dung cụ thể: Thường trực đối chiếu văn bản và nhập lại.)',
    0,
    null,
    1,
  ],
  [
    'co_so_giao_duc',
    '1',
    'Trong quý I, đăng ký phấn đấu đạt tiêu chuẩn, có kế hoạch bảo đảm an ninh, trật tự trường học.',
    0,
    'registration',
    0,
  ],
  ['co_so_giao_duc', '2', 'Có mô hình về an ninh, trật tự trường học hoạt động hiệu quả.', 0, null, 0],
  [
    'co_so_giao_duc',
    '3',
    'Phối hợp chặt chẽ với Ban đại diện cha mẹ học sinh và gia đình trong quản lý, giáo dục học sinh.',
    0,
    null,
    0,
  ],
  ['co_so_giao_duc', '4', 'Không để xảy ra vụ việc phức tạp về an ninh, trật tự trong nhà trường.', 0, null, 1],
  ['co_so_giao_duc', '5', 'Không để xảy ra bạo lực học đường.', 0, null, 1],
  [
    'co_so_giao_duc',
    '6',
    'Các tiêu chí khác theo Điều 7 Thông tư 124/2021/TT-BCA. (Nội dung cụ thể: Thường trực đối chiếu văn bản và nhập lại.)',
    0,
    null,
    0,
  ],
];

const COMPONENTS: [code: string, label: string, required: 0 | 1][] = [
  ['dang_ky', 'Bản đăng ký', 1],
  ['nghi_quyet', 'Nghị quyết (quý I)', 1],
  ['ke_hoach', 'Kế hoạch', 1],
  ['bao_cao', 'Báo cáo kết quả', 1],
  ['bien_ban', 'Biên bản họp', 1],
  ['to_trinh', 'Tờ trình đề nghị công nhận', 1],
  ['tu_danh_gia', 'Bảng tự đánh giá', 0],
];

export const round: Migration = {
  name: '2026-11-22-02-round',
  up: (db) => {
    db.exec(`
      CREATE TABLE criteria_sets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        version INTEGER NOT NULL CHECK (version >= 1),
        based_on_id INTEGER REFERENCES criteria_sets (id) ON DELETE RESTRICT,
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (name, version)
      ) STRICT;

      CREATE TABLE criteria (
        id INTEGER PRIMARY KEY,
        set_id INTEGER NOT NULL REFERENCES criteria_sets (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
        code TEXT NOT NULL,
        sort_order INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(text) > 0),
        origin TEXT NOT NULL CHECK (origin IN ('quoc_gia', 'dia_phuong')),
        confirmed INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
        auto_rule TEXT CHECK (auto_rule IS NULL OR auto_rule IN ('registration', 'commune_70')),
        incident_sensitive INTEGER NOT NULL CHECK (incident_sensitive IN (0, 1)),
        UNIQUE (set_id, kind, code)
      ) STRICT;
      -- A criteria set is data that past appraisals point at: its criteria never change; edits make a new version.
      CREATE TRIGGER criteria_immutable_update BEFORE UPDATE ON criteria
        BEGIN SELECT RAISE(ABORT, 'criteria are immutable; create a new criteria set version'); END;
      CREATE TRIGGER criteria_immutable_delete BEFORE DELETE ON criteria
        BEGIN SELECT RAISE(ABORT, 'criteria are immutable; create a new criteria set version'); END;

      CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
        criteria_set_id INTEGER NOT NULL REFERENCES criteria_sets (id) ON DELETE RESTRICT,
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE campaign_windows (
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
        window_from TEXT NOT NULL,
        window_to TEXT NOT NULL CHECK (window_to > window_from),
        registration_deadline TEXT NOT NULL,
        dossier_deadline TEXT NOT NULL,
        decision_deadline TEXT NOT NULL,
        PRIMARY KEY (campaign_id, kind)
      ) STRICT;

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
        updated_by TEXT NOT NULL,
        UNIQUE (campaign_id, unit_id),
        CHECK (households_registered IS NULL OR households_total IS NULL OR households_registered <= households_total)
      ) STRICT;
      CREATE INDEX registrations_unit ON registrations (unit_id);

      CREATE TABLE dossier_components (
        code TEXT PRIMARY KEY,
        label TEXT NOT NULL CHECK (length(label) > 0),
        sort_order INTEGER NOT NULL,
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;

      CREATE TABLE dossiers (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE RESTRICT,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        status TEXT NOT NULL CHECK (status IN (${STATUSES})),
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
      CREATE INDEX dossiers_unit ON dossiers (unit_id);
      CREATE INDEX dossiers_campaign_status ON dossiers (campaign_id, status, unit_id);

      CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        extension TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

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
      CREATE INDEX dossier_files_attachment ON dossier_files (attachment_id);

      CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        occurred_on TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('chong_dang', 'pha_hoai', 'dao_trai_phap_luat', 'loi_dung_ton_giao', 'ly_khai', 'khieu_kien', 'tu_tap', 'toi_pham', 'bao_luc_hoc_duong', 'khac')),
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX incidents_unit_date ON incidents (unit_id, occurred_on);

      CREATE TABLE appraisal_items (
        dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE RESTRICT,
        verdict TEXT NOT NULL CHECK (verdict IN ('dat', 'khong_dat', 'chua_danh_gia')),
        note TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (dossier_id, criterion_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE dossier_status_history (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        from_status TEXT,
        to_status TEXT NOT NULL,
        reason TEXT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dossier_status_history_dossier ON dossier_status_history (dossier_id, id);
    `);
    const at = '2026-11-22T00:00:00.000Z';
    const set = db
      .prepare(
        "INSERT INTO criteria_sets (name, version, note, created_at, created_by) VALUES (?, 1, ?, ?, 'he-thong')",
      )
      .run(
        'Thông tư 124/2021/TT-BCA (sửa đổi bởi Thông tư 48/2025/TT-BCA)',
        'Bộ tiêu chí mặc định. Các tiêu chí đánh dấu "cần xác nhận" là nội dung chưa đối chiếu đủ văn bản: Thường trực kiểm tra và tạo phiên bản mới nếu cần sửa.',
        at,
      );
    const insert = db.prepare(
      "INSERT INTO criteria (set_id, kind, code, sort_order, text, origin, confirmed, auto_rule, incident_sensitive) VALUES (?, ?, ?, ?, ?, 'quoc_gia', ?, ?, ?)",
    );
    TT124.forEach(([kind, code, text, confirmed, auto, incident], i) =>
      insert.run(set.lastInsertRowid, kind, code, i, text, confirmed, auto, incident),
    );
    const component = db.prepare(
      'INSERT INTO dossier_components (code, label, sort_order, required) VALUES (?, ?, ?, ?)',
    );
    COMPONENTS.forEach(([code, label, required], i) => component.run(code, label, i, required));
  },
};
