// The wording of a recognition decision as an editable template: the office changes the words, the app fills in
// the facts. Placeholders are written {name}; a line holding only {can_cu_cua_nam} becomes the year's own bases.

export interface DecisionTemplate {
  subject: string;
  listTitle: string;
  bases: string[];
  articles: string[];
  recipients: string[];
}

export const TEMPLATE_PLACEHOLDERS = {
  so_don_vi: 'số đơn vị được công nhận, ví dụ 18',
  doi_tuong: 'loại đơn vị, ví dụ "khu dân cư" hoặc "khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục"',
  nam: 'năm xét công nhận',
  tieu_chuan: 'tên tiêu chuẩn trong ngoặc kép: “An toàn về an ninh, trật tự”',
  dia_phuong: 'tên địa phương trong câu, ví dụ "xã Đông Sơn"',
  co_quan_thuong_truc: 'cơ quan thường trực, ví dụ "Công an xã Đông Sơn"',
  tinh: 'tên tỉnh, thành phố',
  luu: 'ký hiệu lưu, ví dụ "VT, CAX"',
  ngay_tt48:
    'ngày ban hành Thông tư 48/2025/TT-BCA như Thường trực đã đối chiếu (Cài đặt), ví dụ " ngày 01 tháng 7 năm 2025"; để trống nếu chưa nhập',
  can_cu_cua_nam: 'các căn cứ riêng của năm (văn bản hướng dẫn của tỉnh), đặt một mình trên một dòng',
} as const;

export type TemplatePlaceholder = keyof typeof TEMPLATE_PLACEHOLDERS;
export type TemplateValues = Record<Exclude<TemplatePlaceholder, 'can_cu_cua_nam'>, string>;

/**
 * The shipped wording (Thông tư 124/2021/TT-BCA, amended by Thông tư 48/2025/TT-BCA). Laws are cited by name and
 * date, other documents by type, number, date and issuer (Nghị định 30/2020/NĐ-CP).
 */
export const DEFAULT_DECISION_TEMPLATE: DecisionTemplate = {
  subject: 'Về việc công nhận {doi_tuong} đạt tiêu chuẩn {tieu_chuan} năm {nam}',
  listTitle: 'Danh sách {doi_tuong} đạt tiêu chuẩn {tieu_chuan} năm {nam}',
  bases: [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
    'Căn cứ Thông tư số 124/2021/TT-BCA ngày 28 tháng 12 năm 2021 của Bộ trưởng Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn {tieu_chuan}, được sửa đổi, bổ sung bởi Thông tư số 48/2025/TT-BCA{ngay_tt48} của Bộ trưởng Bộ Công an',
    '{can_cu_cua_nam}',
    'Theo đề nghị của Trưởng {co_quan_thuong_truc}',
  ],
  articles: [
    'Công nhận {so_don_vi} {doi_tuong} đạt tiêu chuẩn {tieu_chuan} năm {nam} (có danh sách kèm theo).',
    'Quyết định có hiệu lực kể từ ngày ký. Ủy ban nhân dân {dia_phuong} cấp Giấy công nhận cho các đơn vị có tên tại Điều 1.',
    'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, {co_quan_thuong_truc}, các đơn vị có tên tại Điều 1 và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.',
  ],
  recipients: ['Như Điều 3', 'Công an tỉnh {tinh} (để báo cáo)', 'Lưu: {luu}'],
};

export const STANDARD_NAME = '“An toàn về an ninh, trật tự”';
const YEAR_BASES_LINE = '{can_cu_cua_nam}';
const PLACEHOLDER = /\{([^{}]*)\}/gu;

/** Problems a person can fix, in Vietnamese; empty when the template can be used. */
export function templateProblems(t: DecisionTemplate): string[] {
  const problems: string[] = [];
  const check = (label: string, text: string, allowYearBases: boolean) => {
    if (!text.trim()) problems.push(`${label} đang để trống.`);
    for (const m of text.matchAll(PLACEHOLDER)) {
      const name = m[1]!;
      if (!(name in TEMPLATE_PLACEHOLDERS)) problems.push(`${label}: không có ô "{${name}}".`);
      else if (name === 'can_cu_cua_nam' && !(allowYearBases && text.trim() === YEAR_BASES_LINE)) {
        problems.push(`${label}: {can_cu_cua_nam} phải đứng một mình trên một dòng căn cứ.`);
      }
    }
  };
  check('Trích yếu', t.subject, false);
  check('Tên danh sách', t.listTitle, false);
  t.bases.forEach((b, i) => check(`Căn cứ ${i + 1}`, b, true));
  t.articles.forEach((a, i) => check(`Điều ${i + 1}`, a, false));
  t.recipients.forEach((r, i) => check(`Nơi nhận ${i + 1}`, r, false));
  if (t.articles.length === 0) problems.push('Quyết định phải có ít nhất một điều.');
  if (t.recipients.length === 0) problems.push('Phải có ít nhất một nơi nhận.');
  return problems;
}

export function fillText(text: string, values: TemplateValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    name in values ? values[name as keyof TemplateValues] : whole,
  );
}

/** The template with the facts filled in; the year's own bases replace their placeholder line (or vanish). */
export function fillTemplate(
  t: DecisionTemplate,
  values: TemplateValues,
  yearBases: readonly string[],
): DecisionTemplate {
  const fill = (s: string) => fillText(s, values);
  return {
    subject: fill(t.subject),
    listTitle: fill(t.listTitle),
    bases: t.bases.flatMap((b) => (b.trim() === YEAR_BASES_LINE ? [...yearBases] : [fill(b)])),
    articles: t.articles.map(fill),
    recipients: t.recipients.map(fill),
  };
}
