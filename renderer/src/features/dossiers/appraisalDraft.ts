// The appraisal being edited: verdicts, notes, override and review, and the result worked out the backend's way.
import type { MethodInput } from '#shared/api/contract.ts';
import type { DossierDetail } from '#shared/api/roundTypes.ts';
import type { AppraisalResult, ReviewMethod, Verdict } from '#shared/domain/round.ts';

export interface DraftItem {
  criterionId: number;
  verdict: Verdict;
  note: string;
}

export interface AppraisalDraft {
  items: DraftItem[];
  resultOverride: AppraisalResult | null;
  overrideReason: string;
  reviewMethod: ReviewMethod | null;
  reviewDate: string | null;
  reviewDetail: string;
}

/** Same rule as the backend (round/appraisal.ts resultOf): any "không đạt" fails, all "đạt" passes, else not done. */
export function resultOf(verdicts: Verdict[]): AppraisalResult | null {
  if (verdicts.includes('khong_dat')) return 'chua_dat';
  if (verdicts.length > 0 && verdicts.every((v) => v === 'dat')) return 'dat';
  return null;
}

export function draftOf(d: DossierDetail): AppraisalDraft {
  return {
    // A suggested "Không đạt" starts with the suggestion's reason as its note (a note is required for it).
    items: d.items.map((i) => ({
      criterionId: i.criterion.id,
      verdict: i.verdict,
      note: i.note ?? (!i.saved && i.verdict === 'khong_dat' ? (i.suggestion ?? '') : ''),
    })),
    resultOverride: d.resultOverride,
    overrideReason: d.overrideReason ?? '',
    reviewMethod: d.reviewMethod,
    reviewDate: d.reviewDate,
    reviewDetail: d.reviewDetail ?? '',
  };
}

export function sameDraft(a: AppraisalDraft, b: AppraisalDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the dossier's verdicts are all on record (not only suggested), so its status may move on. */
export function appraisalSaved(d: DossierDetail): boolean {
  return d.items.length > 0 && d.items.every((i) => i.saved);
}

export function appraisalInput(d: DossierDetail, draft: AppraisalDraft): MethodInput<'appraisal.save'> {
  const text = (s: string) => s.trim() || null;
  return {
    dossierId: d.id,
    version: d.version,
    items: draft.items.map((i) => ({ criterionId: i.criterionId, verdict: i.verdict, note: text(i.note) })),
    resultOverride: draft.resultOverride,
    overrideReason: draft.resultOverride ? text(draft.overrideReason) : null,
    reviewMethod: draft.reviewMethod,
    reviewDate: draft.reviewDate,
    reviewDetail: text(draft.reviewDetail),
  };
}
