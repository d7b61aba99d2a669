// Which incident categories breach which criterion of the shipped set (Thông tư 124/2021/TT-BCA, Điều 4–7): the
// mapping a criterion gets when nothing more specific is known (packages of format 1, versions made without it).
import type { UnitKind } from './units.ts';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  RESIDENTIAL_CRITERION_3_CATEGORIES,
  type IncidentCategory,
  type IncidentEffect,
} from './round.ts';

export interface CriterionIncidentCategory {
  category: IncidentCategory;
  effect: IncidentEffect;
  /** false: the link is not yet checked against the legal text ("Cần xác nhận"). */
  confirmed: boolean;
}

/** Residential criterion 3: its closed list of events (Điều 4). */
const RESIDENTIAL_3: readonly IncidentCategory[] = RESIDENTIAL_CRITERION_3_CATEGORIES;
/** Residential criterion 4: crime, social evils, accidents and other violations — weighed, never failed alone. */
const RESIDENTIAL_4: readonly IncidentCategory[] = ['toi_pham', 'khac'];
const WORKPLACE: readonly IncidentCategory[] = [
  'dinh_cong',
  'chay_no',
  'tai_nan_lao_dong',
  'lo_bi_mat',
  'can_bo_vi_pham',
];
const SCHOOL_SECURITY: readonly IncidentCategory[] = [
  'chong_dang',
  'dao_trai_phap_luat',
  'loi_dung_ton_giao',
  'tu_tap',
];

const fails = (list: readonly IncidentCategory[], confirmed: boolean): CriterionIncidentCategory[] =>
  list.map((category) => ({ category, effect: 'khong_dat', confirmed }));
const review = (list: readonly IncidentCategory[]): CriterionIncidentCategory[] =>
  list.map((category) => ({ category, effect: 'xem_xet', confirmed: false }));

const SHIPPED: Partial<Record<`${UnitKind}:${string}`, CriterionIncidentCategory[]>> = {
  'khu_dan_cu:3': fails(RESIDENTIAL_3, true),
  'khu_dan_cu:4': review(RESIDENTIAL_4),
  // "Đạt các tiêu chí quy định tại khoản 2, khoản 3, khoản 4 Điều 4" over the whole commune.
  'xa_phuong:2': [...fails(RESIDENTIAL_3, true), ...review(RESIDENTIAL_4)],
  'co_quan:3': fails(WORKPLACE, false),
  'doanh_nghiep:3': fails(WORKPLACE, false),
  'co_so_giao_duc:4': fails(SCHOOL_SECURITY, false),
  'co_so_giao_duc:5': fails(['bao_luc_hoc_duong'], false),
};

/**
 * The mapping for a criterion known only by kind, code and its incident-sensitive flag: the shipped one for the
 * shipped codes; for another incident-sensitive criterion every category, unconfirmed (what it meant before).
 */
export function defaultIncidentCategories(
  kind: UnitKind,
  code: string,
  incidentSensitive: boolean,
): CriterionIncidentCategory[] {
  if (!incidentSensitive) return [];
  return SHIPPED[`${kind}:${code}`] ?? fails(INCIDENT_CATEGORIES, false);
}

export interface MappingFields {
  kind: UnitKind;
  code: string;
  autoRule: 'registration' | 'commune_70' | null;
  incidentCategories?: readonly CriterionIncidentCategory[] | undefined;
}

/** Criteria weighed against last year by law: residential criterion 4 and its share in the commune's criterion 2. */
const WEIGHED_CRITERIA: readonly string[] = ['khu_dan_cu:4', 'xa_phuong:2'];

/**
 * What is wrong with a criterion's incident categories, in Vietnamese, or null. The same check runs in the editor
 * and on the server: a category listed once; none on a criterion checked from registration data; crime and other
 * incidents only weighed, never failing, on the criteria the law weighs against last year.
 */
export function incidentMappingProblem(c: MappingFields): string | null {
  const list = c.incidentCategories ?? [];
  const seen = new Set<IncidentCategory>();
  for (const m of list) {
    if (seen.has(m.category)) return `Loại vụ việc "${INCIDENT_CATEGORY_LABELS[m.category]}" được chọn hai lần.`;
    seen.add(m.category);
  }
  if (c.autoRule !== null && list.length > 0) {
    return 'Tiêu chí này được kiểm tra từ dữ liệu đăng ký, tỷ lệ đơn vị nên không gắn loại vụ việc.';
  }
  if (WEIGHED_CRITERIA.includes(`${c.kind}:${c.code}`)) {
    const failing = list.find((m) => m.effect === 'khong_dat' && RESIDENTIAL_4.includes(m.category));
    if (failing) {
      return `"${INCIDENT_CATEGORY_LABELS[failing.category]}" ở tiêu chí này chỉ được đánh dấu cần xem xét (so với năm trước): một vụ việc không tự làm tiêu chí không đạt.`;
    }
  }
  return null;
}
