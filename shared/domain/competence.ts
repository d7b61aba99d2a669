// Who decides what (Thông tư 124/2021/TT-BCA, Điều 10 and Điều 1 khoản 2): the commune recognises what it manages,
// never itself; some kinds of unit are outside the standard altogether.
import type { OfficeSettings } from '../api/types.ts';

/** Since 07/2025 the level above the commune is not confirmed; the province is the editable default. */
export const DEFAULT_COMMUNE_RECOGNISER = 'Ủy ban nhân dân tỉnh';

export function communeRecogniser(settings: Pick<OfficeSettings, 'communeRecogniser' | 'provinceName'>): {
  name: string;
  confirmed: boolean;
} {
  const own = settings.communeRecogniser?.trim();
  return own
    ? { name: own, confirmed: true }
    : { name: `${DEFAULT_COMMUNE_RECOGNISER} ${settings.provinceName}`.trim(), confirmed: false };
}

export const EXCLUDED_KINDS = ['luc_luong_vu_trang', 'doanh_nghiep_nho', 'tieu_hoc', 'mam_non', 'nha_tre'] as const;
export type ExcludedKind = (typeof EXCLUDED_KINDS)[number];
export const EXCLUDED_KIND_LABELS: Record<ExcludedKind, string> = {
  luc_luong_vu_trang: 'Đơn vị lực lượng vũ trang',
  doanh_nghiep_nho: 'Doanh nghiệp nhỏ, siêu nhỏ',
  tieu_hoc: 'Trường tiểu học',
  mam_non: 'Trường mầm non',
  nha_tre: 'Nhà trẻ',
};
export const EXCLUDED_SOURCE = 'Thông tư 124/2021/TT-BCA, Điều 1 khoản 2';
