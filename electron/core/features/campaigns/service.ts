// Campaigns (one per year) with windows per unit kind, and versioned criteria sets.
import type { Campaign, CampaignWindow, CriteriaSet, Criterion } from '#shared/api/roundTypes.ts';
import { defaultWindow } from '#shared/domain/round.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts';
import { created, nowIso, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { flag } from '../../db/schema.ts';
import { DomainError, notFound } from '../../errors.ts';
import { incidentMappingProblem, type CriterionIncidentCategory } from '#shared/domain/incidentCriteria.ts';
import {
  incidentCategoriesByCode,
  incidentCategoriesOf,
  insertIncidentCategories,
  resolveIncidentCategories,
} from './criterionIncidents.ts';
import { toCampaignWindow, toCriterion } from './mapper.ts';

export async function criteriaOfSet(db: Db, setId: number, kind?: UnitKind): Promise<Criterion[]> {
  let q = db.selectFrom('criteria').selectAll().where('set_id', '=', setId);
  if (kind) q = q.where('kind', '=', kind);
  const mapping = await incidentCategoriesOf(db, [setId]);
  return (await q.orderBy('sort_order').execute()).map((r) => toCriterion(r, mapping.get(r.id)));
}

export async function listCriteriaSets(db: Db): Promise<CriteriaSet[]> {
  const sets = await db
    .selectFrom('criteria_sets as s')
    .leftJoin('users as u', 'u.username', 's.created_by')
    .selectAll('s')
    // People, not logins: the account's full name; the login when the account is gone or it came from a package.
    .select((eb) => eb.fn.coalesce('u.full_name', 's.created_by').as('created_by_name'))
    .orderBy('s.id')
    .execute();
  const uses = await db.selectFrom('campaigns').select(['year', 'criteria_set_id']).execute();
  const result: CriteriaSet[] = [];
  for (const s of sets) {
    result.push({
      id: s.id,
      name: s.name,
      version: s.version,
      basedOnId: s.based_on_id,
      note: s.note,
      createdAt: s.created_at,
      createdBy: s.created_by_name,
      criteria: await criteriaOfSet(db, s.id),
      usedByYears: uses.filter((u) => u.criteria_set_id === s.id).map((u) => u.year),
    });
  }
  return result;
}

export interface CriterionInput {
  kind: UnitKind;
  code: string;
  text: string;
  origin: 'quoc_gia' | 'dia_phuong';
  confirmed: boolean;
  autoRule: 'registration' | 'commune_70' | null;
  incidentSensitive: boolean;
  incidentCategories?: CriterionIncidentCategory[] | undefined;
}

/**
 * A set's criteria rows, in display order, with their incident categories. A criterion given without categories
 * keeps those of the criterion with its kind and code in `baseSetId` (see resolveIncidentCategories).
 */
export async function insertCriteria(
  trx: Db,
  setId: number,
  criteria: readonly CriterionInput[],
  baseSetId: number | null = null,
): Promise<void> {
  const base = await incidentCategoriesByCode(trx, baseSetId);
  const mapped = criteria.map((c) => resolveIncidentCategories(c, base));
  const ids = await trx
    .insertInto('criteria')
    .values(
      criteria.map((c, i) => ({
        set_id: setId,
        kind: c.kind,
        code: c.code,
        sort_order: i,
        text: c.text,
        origin: c.origin,
        confirmed: flag(c.confirmed),
        auto_rule: c.autoRule,
        // Incident-sensitive means some category bears on it.
        incident_sensitive: flag(mapped[i]!.length > 0),
      })),
    )
    .returning(['id', 'kind', 'code'])
    .execute();
  const idOf = new Map(ids.map((r) => [`${r.kind}:${r.code}`, r.id]));
  await insertIncidentCategories(
    trx,
    criteria.map((c, i) => ({ criterionId: idOf.get(`${c.kind}:${c.code}`)!, categories: mapped[i]! })),
  );
}

/** Editing a set makes a new version; the old one stays as it was for the years that used it. */
export async function createCriteriaSetVersion(
  ctx: ServiceContext,
  baseSetId: number,
  note: string | null,
  criteria: CriterionInput[],
): Promise<CriteriaSet> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const base = await trx.selectFrom('criteria_sets').selectAll().where('id', '=', baseSetId).executeTakeFirst();
    if (!base) throw notFound('bộ tiêu chí');
    const latest = await trx
      .selectFrom('criteria_sets')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('name', '=', base.name)
      .executeTakeFirstOrThrow();
    const keys = new Set<string>();
    for (const c of criteria) {
      const key = `${c.kind}:${c.code}`;
      if (keys.has(key))
        throw new DomainError('validation', `Mã tiêu chí "${c.code}" bị trùng trong cùng loại đơn vị.`);
      keys.add(key);
      const problem = incidentMappingProblem(c);
      if (problem) throw new DomainError('validation', `Tiêu chí ${c.code} (${UNIT_KIND_LABELS[c.kind]}): ${problem}`);
    }
    for (const kind of UNIT_KINDS) {
      if (!criteria.some((c) => c.kind === kind)) {
        throw new DomainError('validation', 'Mỗi loại đơn vị cần ít nhất một tiêu chí.');
      }
    }
    const { id } = await trx
      .insertInto('criteria_sets')
      .values({
        name: base.name,
        version: Number(latest.v ?? base.version) + 1,
        based_on_id: base.id,
        note,
        created_at: nowIso(ctx),
        created_by: ctx.actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertCriteria(trx, id, criteria, base.id);
    await recordAudit(trx, ctx, 'create', 'criteria_set', id, `Tạo phiên bản mới của bộ tiêu chí "${base.name}"`);
    const sets = await listCriteriaSets(trx);
    return sets.find((s) => s.id === id)!;
  });
}

async function latestSetId(db: Db): Promise<number> {
  const row = await db.selectFrom('criteria_sets').select('id').orderBy('id', 'desc').executeTakeFirst();
  if (!row) throw notFound('bộ tiêu chí');
  return row.id;
}

export async function findCampaign(db: Db, year: number): Promise<Campaign | null> {
  const row = await db
    .selectFrom('campaigns as c')
    .innerJoin('criteria_sets as s', 's.id', 'c.criteria_set_id')
    .select(['c.id', 'c.year', 'c.criteria_set_id', 's.name', 's.version'])
    .where('c.year', '=', year)
    .executeTakeFirst();
  if (!row) return null;
  const windows = await db.selectFrom('campaign_windows').selectAll().where('campaign_id', '=', row.id).execute();
  const appraised = await db
    .selectFrom('appraisal_items as a')
    .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
    .select('a.dossier_id')
    .where('d.campaign_id', '=', row.id)
    .limit(1)
    .executeTakeFirst();
  return {
    id: row.id,
    year: row.year,
    criteriaSetId: row.criteria_set_id,
    criteriaSetName: row.name,
    criteriaSetVersion: row.version,
    criteriaLocked: appraised !== undefined,
    windows: UNIT_KINDS.map((kind) =>
      toCampaignWindow(
        kind,
        row.year,
        windows.find((x) => x.kind === kind),
      ),
    ),
  };
}

/** The year's campaign, created with the default windows and the newest criteria set when missing. */
export async function ensureCampaign(db: Db, ctx: ServiceContext, year: number): Promise<Campaign> {
  const existing = await findCampaign(db, year);
  if (existing) return existing;
  const { id } = await db
    .insertInto('campaigns')
    .values({ year, criteria_set_id: await latestSetId(db), note: null, ...created(ctx) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('campaign_windows')
    .values(
      UNIT_KINDS.map((kind) => {
        const d = defaultWindow(kind, year);
        return {
          campaign_id: id,
          kind,
          window_from: d.windowFrom,
          window_to: d.windowTo,
          registration_deadline: d.registrationDeadline,
          dossier_deadline: d.dossierDeadline,
          decision_deadline: d.decisionDeadline,
        };
      }),
    )
    .execute();
  await recordAudit(db, ctx, 'create', 'campaign', id, `Mở đợt xét năm ${year}`);
  return (await findCampaign(db, year))!;
}

/** ensureCampaign in a transaction of its own. */
export async function openCampaign(ctx: ServiceContext, year: number): Promise<Campaign> {
  return ctx.store.db.transaction().execute((trx) => ensureCampaign(trx, ctx, year));
}

export async function getCampaign(db: Db, year: number): Promise<Campaign> {
  const campaign = await findCampaign(db, year);
  if (!campaign) throw notFound(`đợt xét năm ${year} (hãy mở đợt xét trước)`);
  return campaign;
}

export async function updateCampaign(
  ctx: ServiceContext,
  year: number,
  criteriaSetId: number,
  windows: CampaignWindow[],
): Promise<Campaign> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const campaign = await ensureCampaign(trx, ctx, year);
    if (criteriaSetId !== campaign.criteriaSetId) {
      if (campaign.criteriaLocked) {
        throw new DomainError(
          'conflict',
          `Đợt xét năm ${year} đã có hồ sơ được thẩm định theo bộ tiêu chí hiện tại; không đổi bộ tiêu chí được nữa.`,
        );
      }
    }
    for (const w of windows) {
      if (w.windowTo <= w.windowFrom) {
        throw new DomainError('validation', 'Ngày kết thúc thời gian đánh giá phải sau ngày bắt đầu.');
      }
      await trx
        .updateTable('campaign_windows')
        .set({
          window_from: w.windowFrom,
          window_to: w.windowTo,
          registration_deadline: w.registrationDeadline,
          dossier_deadline: w.dossierDeadline,
          decision_deadline: w.decisionDeadline,
        })
        .where('campaign_id', '=', campaign.id)
        .where('kind', '=', w.kind)
        .execute();
    }
    await trx
      .updateTable('campaigns')
      .set({ criteria_set_id: criteriaSetId, ...updated(ctx) })
      .where('id', '=', campaign.id)
      .execute();
    await recordAudit(trx, ctx, 'update', 'campaign', campaign.id, `Sửa mốc thời gian đợt xét năm ${year}`);
    return getCampaign(trx, year);
  });
}
