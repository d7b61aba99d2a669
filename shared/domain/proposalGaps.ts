// What a dossier still lacks when it is proposed for recognition: required components without a file, criteria
// not yet assessed. Proposing anyway is allowed with a reason; the screen and main word it the same way.
import type { DossierDetail } from '../api/roundTypes.ts';

export function proposalGaps(d: Pick<DossierDetail, 'components' | 'items'>): string[] {
  const missing = d.components.filter((c) => c.required && c.files.length === 0).map((c) => c.label);
  const unassessed = d.items.filter((i) => i.verdict === 'chua_danh_gia').map((i) => i.criterion.code);
  return [
    ...(missing.length ? [`còn thiếu ${missing.length} thành phần bắt buộc (${missing.join(', ')})`] : []),
    ...(unassessed.length
      ? [`còn ${unassessed.length} tiêu chí chưa đánh giá (tiêu chí ${unassessed.join(', ')})`]
      : []),
  ];
}
