// The yearly round: statuses, verdicts, incident categories and default windows (Thông tư 124/2021/TT-BCA).
import type { UnitKind } from './units.ts';

/** The years the app can hold: the year schema and the header's year picker share them. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

export const DOSSIER_STATUSES = [
  'chua_nop',
  'da_nhan',
  'da_tham_dinh',
  'de_nghi',
  'khong_de_nghi',
  'da_cong_nhan',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** A unit's standing in a year: not registered, or the status of its dossier. */
export type RoundStatus = 'chua_dang_ky' | DossierStatus;
export const ROUND_STATUSES: readonly RoundStatus[] = ['chua_dang_ky', ...DOSSIER_STATUSES];

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  chua_dang_ky: 'Chưa đăng ký',
  chua_nop: 'Đã đăng ký, chưa nộp hồ sơ',
  da_nhan: 'Đã nhận hồ sơ',
  da_tham_dinh: 'Đã thẩm định',
  de_nghi: 'Đề nghị công nhận',
  khong_de_nghi: 'Không đề nghị',
  da_cong_nhan: 'Đã công nhận',
};

export const VERDICTS = ['dat', 'khong_dat', 'chua_danh_gia'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  dat: 'Đạt',
  khong_dat: 'Không đạt',
  chua_danh_gia: 'Chưa đánh giá',
};

export const RESULTS = ['dat', 'chua_dat'] as const;
export type AppraisalResult = (typeof RESULTS)[number];
export const RESULT_LABELS: Record<AppraisalResult, string> = { dat: 'Đạt', chua_dat: 'Chưa đạt' };

/** The closed list of events of the residential criterion 3 (Thông tư 124/2021/TT-BCA, Điều 4); listed first. */
export const RESIDENTIAL_CRITERION_3_CATEGORIES = [
  'chong_dang',
  'pha_hoai',
  'dao_trai_phap_luat',
  'loi_dung_ton_giao',
  'ly_khai',
  'khieu_kien',
  'tu_tap',
] as const;
export const INCIDENT_CATEGORIES = [
  ...RESIDENTIAL_CRITERION_3_CATEGORIES,
  'toi_pham',
  'bao_luc_hoc_duong',
  'dinh_cong',
  'chay_no',
  'tai_nan_lao_dong',
  'lo_bi_mat',
  'can_bo_vi_pham',
  'khac',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];
export const INCIDENT_CATEGORY_LABELS: Record<IncidentCategory, string> = {
  chong_dang: 'Hoạt động chống Đảng, Nhà nước, phá hoại khối đại đoàn kết',
  pha_hoai: 'Phá hoại công trình kinh tế, văn hóa, an ninh, quốc phòng',
  dao_trai_phap_luat: 'Tuyên truyền, phát triển đạo trái pháp luật',
  loi_dung_ton_giao: 'Lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp gây mất ANTT',
  ly_khai: 'Hoạt động ly khai, tự trị',
  khieu_kien: 'Tranh chấp, khiếu kiện phức tạp, kéo dài',
  tu_tap: 'Kích động, lôi kéo người tham gia tụ tập trái pháp luật',
  toi_pham: 'Tội phạm, tệ nạn xã hội, tai nạn nghiêm trọng',
  bao_luc_hoc_duong: 'Bạo lực học đường',
  dinh_cong: 'Đình công, tụ tập đông người',
  chay_no: 'Cháy, nổ',
  tai_nan_lao_dong: 'Tai nạn lao động nghiêm trọng',
  lo_bi_mat: 'Lộ, mất bí mật nhà nước',
  can_bo_vi_pham: 'Cán bộ, người lao động phạm tội, mắc tệ nạn xã hội',
  khac: 'Vụ việc khác',
};

/** Categories for agencies, enterprises and schools not yet checked against the legal text: "Cần xác nhận". */
export const UNCONFIRMED_INCIDENT_CATEGORIES: readonly IncidentCategory[] = [
  'bao_luc_hoc_duong',
  'dinh_cong',
  'chay_no',
  'tai_nan_lao_dong',
  'lo_bi_mat',
  'can_bo_vi_pham',
];

/**
 * What an incident of a mapped category does to a criterion: `khong_dat` pre-marks it not met; `xem_xet` never
 * fails it alone but asks the reviewer to weigh the year's counts against last year's (residential criterion 4).
 */
export const INCIDENT_EFFECTS = ['khong_dat', 'xem_xet'] as const;
export type IncidentEffect = (typeof INCIDENT_EFFECTS)[number];

export const REVIEW_METHODS = ['hop', 'lay_y_kien'] as const;
export type ReviewMethod = (typeof REVIEW_METHODS)[number];
export const REVIEW_METHOD_LABELS: Record<ReviewMethod, string> = {
  hop: 'Họp Ban Chỉ đạo',
  lay_y_kien: 'Lấy ý kiến thành viên bằng văn bản',
};

export interface WindowDefaults {
  windowFrom: string;
  windowTo: string;
  registrationDeadline: string;
  /** No national source: each province sets it in its yearly guidance; empty until the office enters it. */
  dossierDeadline: string | null;
  decisionDeadline: string | null;
}

/**
 * Defaults from Thông tư 124: residential areas 01/11 (previous year) – 31/10, others 16/11 – 15/11 (Điều 8
 * khoản 2); registration by the end of quarter I ("Quý I hằng năm" in every criterion 1). Dossier and decision
 * deadlines are the province's ("do tỉnh hướng dẫn"), left empty. All editable per year.
 */
export function defaultWindow(kind: UnitKind, year: number): WindowDefaults {
  const residential = kind === 'khu_dan_cu';
  return {
    windowFrom: residential ? `${year - 1}-11-01` : `${year - 1}-11-16`,
    windowTo: residential ? `${year}-10-31` : `${year}-11-15`,
    registrationDeadline: `${year}-03-31`,
    dossierDeadline: null,
    decisionDeadline: null,
  };
}

/**
 * The movement-classification deadline (Quyết định 510/QĐ-BCA-V05, Điều 11 khoản 3): residential areas before
 * 20/11, the others before 30/11. It builds on recognition but is not a recognition deadline.
 */
export function classificationDeadline(kind: UnitKind, year: number): string {
  return kind === 'khu_dan_cu' ? `${year}-11-20` : `${year}-11-30`;
}

/** Commune criterion 4: at least 70% recognised, rounded up (25 units need 18). */
export function requiredRecognized(total: number): number {
  return Math.ceil((total * 7) / 10);
}
