// Recognition rules as the law has them (documents, deadlines, dossiers, scope): a new version of the shipped
// criteria set with the verbatim texts (years already open keep the set they pinned), dossier and decision
// deadlines left to the province (nullable), dossier components per unit kind, the unit's Party organisation and
// excluded kind, and the office's addressee, recognising level and Thông tư 48/2025 date. Frozen once shipped.
import type { Migration } from './types.ts';

const SHIPPED_UID = '5f0c3a4e-1d2b-4c6a-9e8f-124202100001';
/** The verbatim version: the same uid on every installation, so offices recognise it in packages. */
export const VERBATIM_CRITERIA_SET_UID = '5f0c3a4e-1d2b-4c6a-9e8f-124202100002';

const KINDS = ['khu_dan_cu', 'xa_phuong', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc'];
const KIND_LIST = KINDS.map((k) => `'${k}'`).join(', ');
const EXCLUDED = "'luc_luong_vu_trang', 'doanh_nghiep_nho', 'tieu_hoc', 'mam_non', 'nha_tre'";

const STANDARD = '"An toàn về an ninh, trật tự"';
const ENTERPRISE_1 = (who: string) =>
  `Quý I hằng năm, cấp ủy (đối với nơi có tổ chức Đảng) có nghị quyết chuyên đề riêng hoặc lồng ghép …; có kế hoạch …; đăng ký …; có nội quy, quy định bảo vệ ${who}, bảo vệ bí mật Nhà nước, bảo vệ chính trị nội bộ, an toàn lao động, phòng, chống cháy nổ, bảo vệ môi trường …; 100% cán bộ, công chức, viên chức, người lao động được phổ biến quán triệt các nội quy, quy định nêu trên và tiêu chí xây dựng cơ quan, doanh nghiệp đạt tiêu chuẩn ${STANDARD}; xây dựng, củng cố hoặc duy trì ít nhất 01 mô hình …`;

/** New texts by kind and code, with whether the text is confirmed; criteria not listed are copied unchanged. */
const TEXTS: Record<string, [text: string, confirmed: 0 | 1]> = {
  'khu_dan_cu:1': [
    `Quý I hằng năm, chi bộ có nghị quyết, khu dân cư có đăng ký phấn đấu đạt tiêu chuẩn ${STANDARD}; 100% hộ gia đình đang cư trú trên địa bàn đăng ký tham gia xây dựng khu dân cư ${STANDARD}.`,
    1,
  ],
  'khu_dan_cu:2': [
    'Triển khai, thực hiện đầy đủ các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, các quy định của địa phương về công tác bảo đảm an ninh, trật tự.',
    1,
  ],
  'khu_dan_cu:3': [
    'Không để xảy ra: hoạt động chống Đảng, Nhà nước, phá hoại khối đại đoàn kết toàn dân tộc; phá hoại công trình trọng điểm về kinh tế, văn hóa, xã hội, an ninh, quốc phòng; tuyên truyền, phát triển đạo trái pháp luật; lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp, khiếu kiện để gây mất an ninh, trật tự; hoạt động ly khai, đòi tự trị; mâu thuẫn, tranh chấp phức tạp, kéo dài trong Nhân dân; kích động, cưỡng ép, lôi kéo, mua chuộc người khác tham gia tụ tập trái pháp luật. (Các nội dung khác của tiêu chí: cần xác nhận.)',
    0,
  ],
  'xa_phuong:1': [
    `Quý I hằng năm, Đảng ủy có nghị quyết; Ủy ban nhân dân xã, phường, thị trấn có kế hoạch về bảo đảm an ninh, trật tự và đăng ký phấn đấu đạt tiêu chuẩn ${STANDARD}; xây dựng, củng cố hoặc duy trì ít nhất 01 mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc ở cơ sở hoạt động hiệu quả.`,
    1,
  ],
  'xa_phuong:2': ['Đạt các tiêu chí quy định tại khoản 2, khoản 3, khoản 4 Điều 4.', 1],
  'xa_phuong:3': [
    'Công an xã, phường, thị trấn chủ động nắm chắc tình hình, kịp thời tham mưu, đề xuất cấp ủy đảng, chính quyền các chủ trương, biện pháp và tổ chức thực hiện có hiệu quả công tác bảo đảm an ninh, trật tự và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn; không có cá nhân vi phạm bị xử lý kỷ luật.',
    1,
  ],
  'co_quan:1': [ENTERPRISE_1('cơ quan'), 1],
  'doanh_nghiep:1': [ENTERPRISE_1('doanh nghiệp'), 1],
  'co_so_giao_duc:4': [
    'Không để xảy ra vụ việc phức tạp về an ninh, trật tự, tuyên truyền đạo trái pháp luật, kích động trong nhà trường.',
    0,
  ],
  'co_so_giao_duc:6': ['Cán bộ, giáo viên, nhân viên, người lao động hoàn thành nhiệm vụ được giao.', 0],
};

/** Components a dossier of each kind needs; the resolution only where the unit has a Party organisation. */
const NOT_REQUIRED: Record<string, string[]> = { co_so_giao_duc: ['nghi_quyet'] };

function addVerbatimSet(db: Parameters<Migration['up']>[0]): void {
  const shipped = db.prepare('SELECT id, name FROM criteria_sets WHERE uid = ?').get(SHIPPED_UID) as
    { id: number; name: string } | undefined;
  if (!shipped) return;
  const { v } = db.prepare('SELECT max(version) AS v FROM criteria_sets WHERE name = ?').get(shipped.name) as {
    v: number;
  };
  const set = db
    .prepare(
      "INSERT INTO criteria_sets (name, version, based_on_id, note, created_at, created_by, uid) VALUES (?, ?, ?, ?, '2026-12-02T00:00:00.000Z', 'he-thong', ?)",
    )
    .run(
      shipped.name,
      v + 1,
      shipped.id,
      'Nguyên văn Thông tư 124/2021/TT-BCA (sửa đổi bởi Thông tư 48/2025/TT-BCA) ở các tiêu chí đã đối chiếu. Các tiêu chí đánh dấu "cần xác nhận" vẫn chưa đối chiếu đủ văn bản. Năm đã mở giữ bộ tiêu chí đã chọn.',
      VERBATIM_CRITERIA_SET_UID,
    );
  const rows = db
    .prepare(
      'SELECT kind, code, sort_order, text, origin, confirmed, auto_rule, incident_sensitive FROM criteria WHERE set_id = ? ORDER BY sort_order',
    )
    .all(shipped.id) as {
    kind: string;
    code: string;
    sort_order: number;
    text: string;
    origin: string;
    confirmed: number;
    auto_rule: string | null;
    incident_sensitive: number;
  }[];
  const insert = db.prepare(
    'INSERT INTO criteria (set_id, kind, code, sort_order, text, origin, confirmed, auto_rule, incident_sensitive) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of rows) {
    const [text, confirmed] = TEXTS[`${r.kind}:${r.code}`] ?? [r.text, r.confirmed];
    insert.run(
      set.lastInsertRowid,
      r.kind,
      r.code,
      r.sort_order,
      text,
      r.origin,
      confirmed,
      // The commune's criterion 1 is checked from its registration and resolution dates, like a residential area's.
      r.kind === 'xa_phuong' && r.code === '1' ? 'registration' : r.auto_rule,
      r.incident_sensitive,
    );
  }
  // Each criterion keeps the incident categories that breach it (the previous migration mapped the shipped set).
  db.prepare(
    `INSERT INTO criterion_incident_categories (criterion_id, category, effect, confirmed)
     SELECT n.id, m.category, m.effect, m.confirmed
     FROM criteria n
     JOIN criteria o ON o.set_id = ? AND o.kind = n.kind AND o.code = n.code
     JOIN criterion_incident_categories m ON m.criterion_id = o.id
     WHERE n.set_id = ?`,
  ).run(shipped.id, set.lastInsertRowid);
}

export const rulesDocs: Migration = {
  name: '2026-12-02-02-rules-docs',
  up: (db) => {
    addVerbatimSet(db);
    db.exec(`
      -- Dossier and decision deadlines have no national source: each province sets them, so they may be empty.
      CREATE TABLE campaign_windows_new (
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN (${KIND_LIST})),
        window_from TEXT NOT NULL,
        window_to TEXT NOT NULL CHECK (window_to > window_from),
        registration_deadline TEXT NOT NULL,
        dossier_deadline TEXT,
        decision_deadline TEXT,
        PRIMARY KEY (campaign_id, kind)
      ) STRICT;
      INSERT INTO campaign_windows_new SELECT campaign_id, kind, window_from, window_to, registration_deadline,
        dossier_deadline, decision_deadline FROM campaign_windows;
      DROP TABLE campaign_windows;
      ALTER TABLE campaign_windows_new RENAME TO campaign_windows;

      -- The quarter-I resolution is required only "đối với nơi có tổ chức Đảng".
      ALTER TABLE units ADD COLUMN has_party_organisation INTEGER NOT NULL DEFAULT 1
        CHECK (has_party_organisation IN (0, 1));
      -- Kinds Điều 1 khoản 2 leaves out: registering one is allowed only with a reason.
      ALTER TABLE units ADD COLUMN excluded_kind TEXT CHECK (excluded_kind IS NULL OR excluded_kind IN (${EXCLUDED}));
      ALTER TABLE units ADD COLUMN excluded_reason TEXT;

      ALTER TABLE dossier_components ADD COLUMN party_organisation_only INTEGER NOT NULL DEFAULT 0
        CHECK (party_organisation_only IN (0, 1));
      UPDATE dossier_components SET party_organisation_only = 1 WHERE code = 'nghi_quyet';
      CREATE TABLE dossier_component_kinds (
        code TEXT NOT NULL REFERENCES dossier_components (code) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN (${KIND_LIST})),
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        PRIMARY KEY (code, kind)
      ) STRICT, WITHOUT ROWID;

      -- NULL: the app's default, shown flagged "Cần xác nhận" where the text is unconfirmed.
      ALTER TABLE office_settings ADD COLUMN proposal_addressee TEXT;
      ALTER TABLE office_settings ADD COLUMN commune_recogniser TEXT;
      ALTER TABLE office_settings ADD COLUMN tt48_date TEXT;
    `);
    const kinds = db.prepare('INSERT INTO dossier_component_kinds (code, kind, required) VALUES (?, ?, ?)');
    const components = db.prepare('SELECT code, required FROM dossier_components').all() as {
      code: string;
      required: number;
    }[];
    for (const c of components) {
      for (const kind of KINDS) kinds.run(c.code, kind, NOT_REQUIRED[kind]?.includes(c.code) ? 0 : c.required);
    }
  },
};
