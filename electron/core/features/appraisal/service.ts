// Appraisal of a dossier against its campaign's criteria: suggestions from data, saved verdicts, the result.
import { sql } from 'kysely';
import type {
  AppraisalItem,
  Criterion,
  DossierDetail,
  DossierFile,
  RemovedDossierFile,
} from '#shared/api/roundTypes.ts';
import { type AppraisalResult, type DossierStatus, type ReviewMethod, type Verdict } from '#shared/domain/round.ts';
import { localIsoDate } from '#shared/text/dates.ts';
import { requiredFor } from '../dossierComponents/index.ts';
import { recordAudit, updated, nowIso, type Db, type ServiceContext } from '../../context.ts';
import { DomainError, notFound } from '../../errors.ts';
import { criteriaOfSet, findCampaign } from '../campaigns/index.ts';
import { communeAreaUnitIds, listIncidents } from '../incidents/index.ts';
import { proposalGaps } from '#shared/domain/proposalGaps.ts';
import { recordStatusChange, setDossierStatus, toRegistration } from '../round/index.ts';
import { registryInUse, unitModelsInWindow } from '../models/index.ts';
import { toDossierFile, toStatusChange } from './mapper.ts';
import { suggest } from './suggestions.ts';

/** A date one year earlier (29/02 becomes 28/02): last year's window for year-on-year counts. */
function yearBefore(iso: string): string {
  const y = Number(iso.slice(0, 4)) - 1;
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${y}-${md}`;
}

const criteriaWeighIncidents = (criteria: Criterion[]) =>
  criteria.some((c) => c.incidentCategories.some((m) => m.effect === 'xem_xet'));

export function resultOf(verdicts: Verdict[]): AppraisalResult | null {
  if (verdicts.includes('khong_dat')) return 'chua_dat';
  if (verdicts.length > 0 && verdicts.every((v) => v === 'dat')) return 'dat';
  return null;
}

/** Files removed from a dossier, recoverable until the next backup has kept them. */
async function removedFiles(db: Db, dossierId: number): Promise<RemovedDossierFile[]> {
  const rows = await db
    .selectFrom('removed_dossier_files as f')
    .innerJoin('attachments as a', 'a.id', 'f.attachment_id')
    .leftJoin('users as u', 'u.username', 'f.removed_by')
    .select(['f.id', 'f.component_code', 'f.original_name', 'a.size', 'f.removed_at', 'f.reason'])
    .select((eb) => eb.fn.coalesce('u.full_name', 'f.removed_by').as('removed_by'))
    .where('f.dossier_id', '=', dossierId)
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    componentCode: r.component_code,
    originalName: r.original_name,
    size: r.size,
    removedAt: r.removed_at,
    removedBy: r.removed_by,
    reason: r.reason,
  }));
}

async function dossierFiles(db: Db, dossierId: number): Promise<DossierFile[]> {
  const rows = await db
    .selectFrom('dossier_files as f')
    .innerJoin('attachments as a', 'a.id', 'f.attachment_id')
    .leftJoin('users as u', 'u.username', 'f.added_by')
    .select(['f.id', 'f.component_code', 'f.original_name', 'a.size', 'a.sha256', 'f.added_at'])
    // People, not logins: the account's full name; a removed account or the command line keeps what was recorded.
    .select((eb) => eb.fn.coalesce('u.full_name', 'f.added_by').as('added_by'))
    .where('f.dossier_id', '=', dossierId)
    .orderBy('f.id')
    .execute();
  return rows.map(toDossierFile);
}

export async function dossierDetail(db: Db, dossierId: number, today: string): Promise<DossierDetail> {
  const d = await db
    .selectFrom('dossiers as d')
    .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .selectAll('d')
    .select(['c.year', 'u.name as unit_name', 'u.kind', 'u.has_party_organisation'])
    .where('d.id', '=', dossierId)
    .executeTakeFirst();
  if (!d) throw notFound('hồ sơ');
  const campaign = (await findCampaign(db, d.year))!;
  const kind = d.kind;
  const window = campaign.windows.find((w) => w.kind === kind)!;
  const reg = await db
    .selectFrom('registrations')
    .selectAll()
    .where('campaign_id', '=', d.campaign_id)
    .where('unit_id', '=', d.unit_id)
    .executeTakeFirst();
  const registration = reg ? toRegistration(reg) : null;
  // A commune answers for its whole area: its own incidents and those of its residential areas.
  const unitIds = kind === 'xa_phuong' ? await communeAreaUnitIds(db, d.unit_id) : [d.unit_id];
  const incidents = await listIncidents(db, { unitIds, from: window.windowFrom, to: window.windowTo });
  const criteria = await criteriaOfSet(db, campaign.criteriaSetId, kind);
  const previousIncidents = criteriaWeighIncidents(criteria)
    ? await listIncidents(db, { unitIds, from: yearBefore(window.windowFrom), to: yearBefore(window.windowTo) })
    : [];
  const models = (await registryInUse(db))
    ? await unitModelsInWindow(db, unitIds, { from: window.windowFrom, to: window.windowTo }, d.year)
    : null;
  const saved = new Map(
    (await db.selectFrom('appraisal_items').selectAll().where('dossier_id', '=', dossierId).execute()).map((i) => [
      i.criterion_id,
      i,
    ]),
  );
  const items: AppraisalItem[] = [];
  for (const criterion of criteria) {
    const s = saved.get(criterion.id);
    const hint = await suggest(db, criterion, {
      year: d.year,
      unitName: d.unit_name,
      registration,
      window,
      incidents,
      previousIncidents,
      today,
      models,
    });
    items.push({
      criterion,
      verdict: s?.verdict ?? hint?.verdict ?? 'chua_danh_gia',
      note: s?.note ?? null,
      suggestion: hint && hint.reasons.length > 0 ? hint.reasons.join(' ') : null,
      suggestedVerdict: hint?.verdict ?? null,
      reasons: hint?.reasons ?? [],
      incidentCounts: hint?.counts ?? [],
      saved: s !== undefined,
    });
  }
  const files = await dossierFiles(db, dossierId);
  const required = await requiredFor(db, kind, d.has_party_organisation === 1);
  const components = (
    await db.selectFrom('dossier_components').selectAll().where('active', '=', 1).orderBy('sort_order').execute()
  ).map((c) => ({
    code: c.code,
    label: c.label,
    required: required.has(c.code),
    files: files.filter((f) => f.componentCode === c.code),
  }));
  const history = await db
    .selectFrom('dossier_status_history as h')
    .leftJoin('users as u', 'u.username', 'h.actor')
    .selectAll('h')
    .select((eb) => eb.fn.coalesce('u.full_name', 'h.actor').as('actor_name'))
    .where('h.dossier_id', '=', dossierId)
    .orderBy('h.id')
    .execute();
  const computedResult = resultOf(items.map((i) => i.verdict));
  const override = d.result_override;
  return {
    id: d.id,
    year: d.year,
    unitId: d.unit_id,
    unitName: d.unit_name,
    kind,
    status: d.status,
    receivedOn: d.received_on,
    receivedBy: d.received_by,
    registration,
    components,
    unassignedFiles: files.filter(
      (f) => f.componentCode === null || !components.some((c) => c.code === f.componentCode),
    ),
    complete: components.every((c) => !c.required || c.files.length > 0),
    items,
    computedResult,
    resultOverride: override,
    overrideReason: d.override_reason,
    result: override ?? computedResult,
    reviewMethod: d.review_method,
    reviewDate: d.review_date,
    reviewDetail: d.review_detail,
    history: history.map(toStatusChange),
    removedFiles: await removedFiles(db, dossierId),
    incidents,
    window,
    version: d.version,
  };
}

export interface AppraisalInput {
  dossierId: number;
  version: number;
  items: { criterionId: number; verdict: Verdict; note: string | null }[];
  resultOverride: AppraisalResult | null;
  overrideReason: string | null;
  reviewMethod: ReviewMethod | null;
  reviewDate: string | null;
  reviewDetail: string | null;
}

/** Saves verdicts and the review; the result follows from the criteria unless overridden with a reason. */
export async function saveAppraisal(ctx: ServiceContext, input: AppraisalInput): Promise<DossierDetail> {
  const today = localIsoDate(ctx.now());
  return ctx.store.db.transaction().execute(async (trx) => {
    const before = await dossierDetail(trx, input.dossierId, today);
    if (before.version !== input.version) {
      throw new DomainError('conflict', 'Hồ sơ vừa được người khác cập nhật. Hãy tải lại rồi thẩm định tiếp.');
    }
    if (before.status === 'da_cong_nhan') {
      throw new DomainError('conflict', 'Hồ sơ đã có quyết định công nhận; không sửa thẩm định được.');
    }
    const allowed = new Set(before.items.map((i) => i.criterion.id));
    for (const item of input.items) {
      if (!allowed.has(item.criterionId)) {
        throw new DomainError('validation', 'Tiêu chí không thuộc bộ tiêu chí của đợt xét này.');
      }
    }
    const bare = input.items.filter((i) => i.verdict === 'khong_dat' && !i.note?.trim());
    if (bare.length > 0) {
      const codes = bare.map((i) => before.items.find((b) => b.criterion.id === i.criterionId)?.criterion.code);
      throw new DomainError(
        'validation',
        `Tiêu chí đánh giá "Không đạt" cần ghi chú vì sao: tiêu chí ${codes.join(', ')}.`,
      );
    }
    if (input.resultOverride && !input.overrideReason?.trim()) {
      throw new DomainError('validation', 'Cần ghi lý do khi chọn kết quả khác với kết quả theo tiêu chí.', [
        { path: 'overrideReason', message: 'Hãy ghi lý do.' },
      ]);
    }
    for (const item of input.items) {
      const values = { verdict: item.verdict, note: item.note, updated_at: nowIso(ctx), updated_by: ctx.actor };
      await trx
        .insertInto('appraisal_items')
        .values({ dossier_id: input.dossierId, criterion_id: item.criterionId, ...values })
        .onConflict((oc) => oc.columns(['dossier_id', 'criterion_id']).doUpdateSet(values))
        .execute();
    }
    const verdicts = new Map(before.items.map((i) => [i.criterion.id, i.verdict]));
    for (const item of input.items) verdicts.set(item.criterionId, item.verdict);
    const computed = resultOf([...verdicts.values()]);
    const override = input.resultOverride === computed ? null : input.resultOverride;
    const assessed = computed !== null || override !== null;
    const result = override ?? computed;
    // A proposal stands only on a đạt result: a changed appraisal takes it back to "appraised".
    const status: DossierStatus =
      (assessed && (before.status === 'chua_nop' || before.status === 'da_nhan')) ||
      (before.status === 'de_nghi' && result !== 'dat')
        ? 'da_tham_dinh'
        : before.status;
    await trx
      .updateTable('dossiers')
      .set({
        computed_result: computed,
        result_override: override,
        override_reason: override ? input.overrideReason!.trim() : null,
        review_method: input.reviewMethod,
        review_date: input.reviewDate,
        review_detail: input.reviewDetail,
        status,
        ...updated(ctx),
        version: sql`version + 1`,
      })
      .where('id', '=', input.dossierId)
      .execute();
    await recordStatusChange(trx, ctx, input.dossierId, before.status, status, override ? input.overrideReason : null);
    await recordAudit(
      trx,
      ctx,
      'appraise',
      'dossier',
      input.dossierId,
      `Thẩm định ${before.unitName}: ${override ?? computed ?? 'chưa xong'}${override ? ` (điều chỉnh: ${input.overrideReason})` : ''}`,
    );
    return dossierDetail(trx, input.dossierId, today);
  });
}

/** Moves a dossier's status; a proposal of a dossier with gaps (missing parts, criteria not assessed) needs a reason. */
export async function moveDossier(
  ctx: ServiceContext,
  dossierId: number,
  to: DossierStatus,
  reason: string | null,
): Promise<void> {
  const gaps =
    to === 'de_nghi' ? proposalGaps(await dossierDetail(ctx.store.db, dossierId, localIsoDate(ctx.now()))) : [];
  await setDossierStatus(ctx, dossierId, to, reason, gaps);
}
