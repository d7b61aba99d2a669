// Where each rule the app applies comes from: a law and article, the province's guidance, or "Cần xác nhận"
// when the text is not confirmed. Shown beside every deadline, window and criterion.
import type { Criterion } from '../api/roundTypes.ts';
import type { UnitKind } from './units.ts';
import { classificationDeadline, defaultWindow } from './round.ts';

export interface RuleSource {
  /** "Thông tư 124/2021/TT-BCA, Điều 8 khoản 2", "Do tỉnh hướng dẫn", ... */
  text: string;
  /** False where the source is not confirmed: shown with "Cần xác nhận". */
  confirmed: boolean;
}

export const TT124 = 'Thông tư 124/2021/TT-BCA';
const OFFICE_SET = 'Thường trực đặt theo hướng dẫn của tỉnh';
const PROVINCE: RuleSource = { text: 'Do tỉnh hướng dẫn (Thường trực nhập)', confirmed: true };

export type DeadlineField = 'window' | 'registration' | 'dossier' | 'decision' | 'classification';

/** The source of a window or deadline: the law when it holds the law's default, the office's choice otherwise. */
export function deadlineSource(field: DeadlineField, kind: UnitKind, year: number, value?: string | null): RuleSource {
  const d = defaultWindow(kind, year);
  switch (field) {
    case 'window':
      return value === undefined || value === `${d.windowFrom}/${d.windowTo}`
        ? { text: `${TT124}, Điều 8 khoản 2`, confirmed: true }
        : { text: OFFICE_SET, confirmed: true };
    case 'registration':
      return value === undefined || value === d.registrationDeadline
        ? { text: `${TT124}: "Quý I hằng năm" (tiêu chí 1)`, confirmed: true }
        : { text: OFFICE_SET, confirmed: true };
    case 'dossier':
    case 'decision':
      return PROVINCE;
    case 'classification':
      return value === undefined || value === classificationDeadline(kind, year)
        ? { text: 'Quyết định 510/QĐ-BCA-V05, Điều 11 khoản 3 (phân loại phong trào)', confirmed: false }
        : { text: OFFICE_SET, confirmed: true };
  }
}

const ARTICLE: Record<UnitKind, number> = {
  khu_dan_cu: 4,
  xa_phuong: 5,
  co_quan: 6,
  doanh_nghiep: 6,
  co_so_giao_duc: 7,
};

/** A national criterion cites its article and clause; a provincial one says so. */
export function criterionSource(c: Pick<Criterion, 'kind' | 'code' | 'origin' | 'confirmed'>): RuleSource {
  if (c.origin === 'dia_phuong') return { text: 'Tiêu chí do tỉnh quy định', confirmed: c.confirmed };
  const clause = /^\d+$/.test(c.code) ? ` khoản ${c.code}` : '';
  return { text: `${TT124}, Điều ${ARTICLE[c.kind]}${clause}`, confirmed: c.confirmed };
}
