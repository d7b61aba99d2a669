// Movement models, their points and teams, and the grassroots security teams (Hướng dẫn 22/HD-BCA-V05 ngày
// 18/11/2022; Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở 2023). Pure: no Node, no DOM.

/** A model's standing; the dated reviews (sơ kết, tổng kết) are events that keep it. */
export const MODEL_STATUSES = ['de_xuat', 'thanh_lap', 'hoat_dong', 'nhan_rong', 'thanh_loai'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];
export const MODEL_STATUS_LABELS: Record<ModelStatus, string> = {
  de_xuat: 'Đề xuất',
  thanh_lap: 'Đã thành lập',
  hoat_dong: 'Đang hoạt động',
  nhan_rong: 'Đã nhân rộng',
  thanh_loai: 'Đã thanh loại',
};

export const MODEL_ACTIONS = [
  'de_xuat',
  'thanh_lap',
  'ra_mat',
  'so_ket',
  'tong_ket',
  'nhan_rong',
  'thanh_loai',
] as const;
export type ModelAction = (typeof MODEL_ACTIONS)[number];
export const MODEL_ACTION_LABELS: Record<ModelAction, string> = {
  de_xuat: 'Đề xuất',
  thanh_lap: 'Thành lập',
  ra_mat: 'Ra mắt, đi vào hoạt động',
  so_ket: 'Sơ kết',
  tong_ket: 'Tổng kết',
  nhan_rong: 'Nhân rộng',
  thanh_loai: 'Thanh loại',
};

/** The one lifecycle table: which action is allowed from which status, and the status it leads to (null: kept). */
export const MODEL_TRANSITIONS: Record<
  Exclude<ModelAction, 'de_xuat'>,
  { from: ModelStatus[]; to: ModelStatus | null }
> = {
  thanh_lap: { from: ['de_xuat'], to: 'thanh_lap' },
  ra_mat: { from: ['thanh_lap'], to: 'hoat_dong' },
  so_ket: { from: ['hoat_dong', 'nhan_rong'], to: null },
  tong_ket: { from: ['hoat_dong', 'nhan_rong'], to: null },
  nhan_rong: { from: ['hoat_dong', 'nhan_rong'], to: 'nhan_rong' },
  thanh_loai: { from: ['de_xuat', 'thanh_lap', 'hoat_dong', 'nhan_rong'], to: 'thanh_loai' },
};

/** Statuses of a model that works (counted as "in operation"). */
export const OPERATING_STATUSES: readonly ModelStatus[] = ['hoat_dong', 'nhan_rong'];

export const MODEL_FIELDS = [
  'an_ninh_trat_tu',
  'ma_tuy',
  'giao_thong',
  'phong_chay',
  'bien_gioi',
  'ton_giao',
  'hoa_giai',
  'khac',
] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];
export const MODEL_FIELD_LABELS: Record<ModelField, string> = {
  an_ninh_trat_tu: 'An ninh, trật tự',
  ma_tuy: 'Phòng, chống ma túy',
  giao_thong: 'Trật tự an toàn giao thông',
  phong_chay: 'Phòng cháy, chữa cháy',
  bien_gioi: 'An ninh biên giới',
  ton_giao: 'An ninh tôn giáo',
  hoa_giai: 'Hòa giải ở cơ sở',
  khac: 'Lĩnh vực khác',
};

export const EXEMPLAR_SUBJECTS = ['mo_hinh', 'ca_nhan', 'tap_the'] as const;
export type ExemplarSubject = (typeof EXEMPLAR_SUBJECTS)[number];
export const EXEMPLAR_SUBJECT_LABELS: Record<ExemplarSubject, string> = {
  mo_hinh: 'Mô hình',
  ca_nhan: 'Cá nhân',
  tap_the: 'Tập thể',
};

export const TEAM_RATINGS = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'] as const;
export type TeamRating = (typeof TEAM_RATINGS)[number];
export const TEAM_RATING_LABELS: Record<TeamRating, string> = {
  xuat_sac: 'Hoàn thành xuất sắc nhiệm vụ',
  tot: 'Hoàn thành tốt nhiệm vụ',
  hoan_thanh: 'Hoàn thành nhiệm vụ',
  khong_hoan_thanh: 'Không hoàn thành nhiệm vụ',
};

export const MEMBER_ROLES = ['to_truong', 'to_pho', 'to_vien'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  to_truong: 'Tổ trưởng',
  to_pho: 'Tổ phó',
  to_vien: 'Tổ viên',
};

/** Rating period of the security teams for year Y: 15/11 of Y-1 to 14/11 of Y (Hướng dẫn 01/HD-BCA-V05). */
export const teamRatingPeriod = (year: number) => ({ from: `${year - 1}-11-15`, to: `${year}-11-14` });

/** Teams active under this many months in the period are not rated. */
export const TEAM_MIN_MONTHS = 9;
/** "Xuất sắc" at most this share of the teams rated "tốt". */
export const TEAM_EXCELLENT_SHARE = 0.2;

/** The most teams a year may rate "xuất sắc" given how many are rated "tốt". */
export const maxExcellent = (good: number) => Math.floor(good * TEAM_EXCELLENT_SHARE + 1e-9);

/** The model year for counts and reviews: the window of communes, agencies, enterprises and schools. */
export const modelYearWindow = (year: number) => ({ from: `${year - 1}-11-16`, to: `${year}-11-15` });

/** Whole months from one ISO date to another (a day short of the same day of month does not count). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
