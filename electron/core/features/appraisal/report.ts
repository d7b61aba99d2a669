// The year's appraisals as data for automation and checks: per dossier, each criterion's stored verdict beside
// what the data suggests and why.
import type { AppraisalResult, Verdict } from '#shared/domain/round.ts';
import type { UnitKind } from '#shared/domain/units.ts';
import { foldKey } from '#shared/text/fold.ts';
import type { Db } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { getCampaign } from '../campaigns/index.ts';
import { dossierDetail } from './service.ts';

export interface AppraisalReportEntry {
  unit: string;
  kind: UnitKind;
  /** As stored: the override, else the result computed when the appraisal was saved; null before that. */
  result: AppraisalResult | null;
  criteria: { code: string; verdict: Verdict; suggestion: 'dat' | 'khong_dat' | null; reasons: string[] }[];
}

export async function appraisalReport(
  db: Db,
  year: number,
  today: string,
  unitName?: string,
): Promise<AppraisalReportEntry[]> {
  const campaign = await getCampaign(db, year);
  let q = db
    .selectFrom('dossiers as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .select(['d.id', 'd.result_override', 'd.computed_result'])
    .where('d.campaign_id', '=', campaign.id)
    .orderBy('u.kind')
    .orderBy('u.sort_key');
  if (unitName !== undefined) q = q.where('u.name_key', '=', foldKey(unitName));
  const dossiers = await q.execute();
  if (unitName !== undefined && dossiers.length === 0) {
    throw new DomainError('validation', `Không có hồ sơ năm ${year} của đơn vị "${unitName}".`);
  }
  const entries: AppraisalReportEntry[] = [];
  for (const d of dossiers) {
    const detail = await dossierDetail(db, d.id, today);
    entries.push({
      unit: detail.unitName,
      kind: detail.kind,
      result: d.result_override ?? d.computed_result,
      criteria: detail.items.map((i) => ({
        code: i.criterion.code,
        verdict: i.saved ? i.verdict : 'chua_danh_gia',
        suggestion: i.suggestedVerdict,
        reasons: i.reasons,
      })),
    });
  }
  return entries;
}
