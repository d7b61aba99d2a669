// The year's round: the grid of units with their status, registrations, dossier reception, status changes.
import { filterAndSort, type ColumnFilters, type ColumnSort } from '#shared/grid/columnFilters.ts';
import { roundCell } from '#shared/grid/roundCells.ts';
import { sql } from 'kysely';
import type { Campaign, Registration, RoundPage, RoundRow } from '#shared/api/roundTypes.ts';
import type { DossierStatus, RoundStatus } from '#shared/domain/round.ts';
import { ROUND_STATUS_LABELS } from '#shared/domain/round.ts';
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts';
import { EXCLUDED_KIND_LABELS, EXCLUDED_SOURCE, type ExcludedKind } from '#shared/domain/competence.ts';
import { created, nowIso, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { checkRoundDates } from '../../dateRules.ts';
import { DomainError, notFound } from '../../errors.ts';
import { ensureCampaign, getCampaign } from '../campaigns/index.ts';
import { searchCondition } from '../units/index.ts';
import { toRegistration, toRoundRow, type RoundRowRaw } from './mapper.ts';
import { roundScopeSql } from './scope.ts';
import { STATUS_BY_CODE, idList, kindCode, oncePerChange, statusIndex } from './statusIndex.ts';

/** Units of the round with their registration and dossier, in Vietnamese order; only the given units when listed. */
export async function roundRows(
  db: Db,
  year: number,
  unitIds?: readonly number[],
  known?: Campaign,
): Promise<RoundRow[]> {
  const campaign = known ?? (await getCampaign(db, year));
  const result = await sql<RoundRowRaw>`
    WITH scope AS (${roundScopeSql(campaign.id, campaign.windows)}),
    required AS (
      SELECT k.kind, k.code, c.party_organisation_only AS party_only
      FROM dossier_component_kinds k JOIN dossier_components c ON c.code = k.code
      WHERE k.required = 1 AND c.active = 1),
    required_counts AS (
      SELECT kind, count(*) AS n, sum(party_only) AS party FROM required GROUP BY kind),
    present AS (
      SELECT f.dossier_id, count(DISTINCT f.component_code) AS n
      FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id JOIN units u ON u.id = d.unit_id
      JOIN required q ON q.code = f.component_code AND q.kind = u.kind
      WHERE d.campaign_id = ${campaign.id} AND (q.party_only = 0 OR u.has_party_organisation = 1)
      GROUP BY f.dossier_id),
    incident_counts AS (
      SELECT i.unit_id, count(*) AS n FROM incidents i
      JOIN units u ON u.id = i.unit_id
      JOIN campaign_windows w ON w.campaign_id = ${campaign.id} AND w.kind = u.kind
      WHERE i.occurred_on BETWEEN w.window_from AND w.window_to
      GROUP BY i.unit_id)
    SELECT s.unit_id, s.kind, s.name, s.subtype, p.name AS parent_name, s.households, su.excluded_kind,
           s.status, s.result,
           (d.result_override IS NOT NULL) AS overridden,
           r.id AS registration_id, r.registered_on, r.resolution_number, r.resolution_date,
           r.households_registered, r.households_total, r.note AS registration_note,
           r.plan_number, r.plan_date, r.excluded_reason AS registration_excluded_reason,
           d.id AS dossier_id, d.received_on,
           coalesce(pr.n, 0) AS components_present, coalesce(rc.n, 0) - CASE WHEN su.has_party_organisation = 1 THEN 0 ELSE coalesce(rc.party, 0) END
             AS components_required,
           coalesce(ic.n, 0) AS incident_count
    FROM scope s
    JOIN units su ON su.id = s.unit_id
    LEFT JOIN required_counts rc ON rc.kind = s.kind
    LEFT JOIN units p ON p.id = s.parent_id
    LEFT JOIN registrations r ON r.id = s.registration_id
    LEFT JOIN dossiers d ON d.id = s.dossier_id
    LEFT JOIN present pr ON pr.dossier_id = s.dossier_id
    LEFT JOIN incident_counts ic ON ic.unit_id = s.unit_id
    ${unitIds ? sql`WHERE s.unit_id IN (${sql.join(unitIds)})` : sql``}
    ORDER BY s.sort_key, s.unit_id`.execute(db);
  return result.rows.map(toRoundRow);
}

export interface RegistrationInput {
  registeredOn: string;
  resolutionNumber: string | null;
  resolutionDate: string | null;
  householdsRegistered: number | null;
  householdsTotal: number | null;
  note: string | null;
  /** Left out by callers with no plan or reason to give: stored as none. */
  planNumber?: string | null;
  planDate?: string | null;
  excludedReason?: string | null;
}

/** A received unit belongs to its commune's round, not this office's: nothing of the round is written for it. */
function receivedUnitError(name: string, officeName: string, action: string): DomainError {
  return new DomainError(
    'validation',
    `"${name}" là đơn vị nhận từ ${officeName} nên không ${action} trong đợt xét của cơ quan này. ` +
      'Hồ sơ, quyết định của đơn vị này xem ở mục "Trao đổi dữ liệu".',
  );
}

/** Refused, with nothing written: a unit of a kind Điều 1 khoản 2 leaves out is registered only with a reason. */
function excludedWithoutReason(unit: { name: string; excluded_kind: string | null }): DomainError {
  const label = EXCLUDED_KIND_LABELS[unit.excluded_kind as ExcludedKind] ?? unit.excluded_kind;
  return new DomainError(
    'validation',
    `"${unit.name}" là ${label.charAt(0).toLowerCase() + label.slice(1)}, không thuộc đối tượng xét công nhận (${EXCLUDED_SOURCE}). ` +
      'Muốn vẫn đăng ký, hãy mở đăng ký riêng của đơn vị này và ghi lý do.',
    [{ path: 'excludedReason', message: 'Cần ghi lý do vẫn đăng ký đơn vị không thuộc phạm vi công nhận.' }],
  );
}

/** The unit, if it is this office's own (not received from a commune). */
export async function assertOwnUnit(
  db: Db,
  unitId: number,
  action: string,
): Promise<{ name: string; kind: string; households: number | null; excluded_kind: string | null }> {
  const unit = await db
    .selectFrom('units as u')
    .leftJoin('exchange_offices as o', 'o.id', 'u.source_office_id')
    .select(['u.name', 'u.kind', 'u.households', 'u.excluded_kind', 'o.name as source_office_name'])
    .where('u.id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw notFound('đơn vị');
  if (unit.source_office_name !== null) throw receivedUnitError(unit.name, unit.source_office_name, action);
  return unit;
}

export async function saveRegistration(
  ctx: ServiceContext,
  year: number,
  unitId: number,
  input: RegistrationInput,
): Promise<Registration> {
  checkRoundDates(ctx, year, [
    { path: 'registeredOn', label: 'Ngày đăng ký', value: input.registeredOn },
    { path: 'resolutionDate', label: 'Ngày nghị quyết', value: input.resolutionDate },
    { path: 'planDate', label: 'Ngày kế hoạch', value: input.planDate ?? null },
  ]);
  return ctx.store.db.transaction().execute(async (trx) => {
    const campaign = await ensureCampaign(trx, ctx, year);
    const unit = await assertOwnUnit(trx, unitId, 'đăng ký được');
    if (unit.excluded_kind !== null && !input.excludedReason) throw excludedWithoutReason(unit);
    const values = {
      registered_on: input.registeredOn,
      resolution_number: input.resolutionNumber,
      resolution_date: input.resolutionDate,
      households_registered: input.householdsRegistered,
      households_total: input.householdsTotal,
      note: input.note,
      plan_number: input.planNumber ?? null,
      plan_date: input.planDate ?? null,
      excluded_reason: unit.excluded_kind === null ? null : (input.excludedReason ?? null),
    };
    await trx
      .insertInto('registrations')
      .values({ campaign_id: campaign.id, unit_id: unitId, ...values, ...created(ctx) })
      .onConflict((oc) => oc.columns(['campaign_id', 'unit_id']).doUpdateSet({ ...values, ...updated(ctx) }))
      .execute();
    await recordAudit(trx, ctx, 'register', 'unit', unitId, `Đăng ký năm ${year}: ${unit.name}`);
    const row = await trx
      .selectFrom('registrations')
      .selectAll()
      .where('campaign_id', '=', campaign.id)
      .where('unit_id', '=', unitId)
      .executeTakeFirstOrThrow();
    return toRegistration(row);
  });
}

/** Registers many units at once (from the grid): households taken from the registry. */
export async function bulkRegister(
  ctx: ServiceContext,
  year: number,
  unitIds: number[],
  registeredOn: string,
  allHouseholds: boolean,
): Promise<{ registered: number; alreadyRegistered: number }> {
  checkRoundDates(ctx, year, [{ path: 'registeredOn', label: 'Ngày đăng ký', value: registeredOn }]);
  return ctx.store.db.transaction().execute(async (trx) => {
    const campaign = await ensureCampaign(trx, ctx, year);
    let registered = 0;
    for (const unitId of unitIds) {
      const unit = await assertOwnUnit(trx, unitId, 'đăng ký được');
      // A bulk registration gives no reason: an excluded unit is registered on its own, with one.
      if (unit.excluded_kind !== null) throw excludedWithoutReason(unit);
      const res = await trx
        .insertInto('registrations')
        .values({
          campaign_id: campaign.id,
          unit_id: unitId,
          registered_on: registeredOn,
          resolution_number: null,
          resolution_date: null,
          households_total: unit.households,
          households_registered: allHouseholds ? unit.households : null,
          note: null,
          plan_number: null,
          plan_date: null,
          excluded_reason: null,
          ...created(ctx),
        })
        .onConflict((oc) => oc.columns(['campaign_id', 'unit_id']).doNothing())
        .executeTakeFirst();
      registered += Number(res.numInsertedOrUpdatedRows ?? 0n);
    }
    await recordAudit(
      trx,
      ctx,
      'register-bulk',
      'campaign',
      campaign.id,
      `Đăng ký hàng loạt ${registered} đơn vị năm ${year}`,
    );
    return { registered, alreadyRegistered: unitIds.length - registered };
  });
}

export async function removeRegistration(ctx: ServiceContext, year: number, unitId: number): Promise<null> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const campaign = await getCampaign(trx, year);
    const dossier = await trx
      .selectFrom('dossiers')
      .select('id')
      .where('campaign_id', '=', campaign.id)
      .where('unit_id', '=', unitId)
      .executeTakeFirst();
    if (dossier) throw new DomainError('conflict', 'Đơn vị đã có hồ sơ năm này nên không hủy đăng ký được.');
    await trx
      .deleteFrom('registrations')
      .where('campaign_id', '=', campaign.id)
      .where('unit_id', '=', unitId)
      .execute();
    await recordAudit(trx, ctx, 'unregister', 'unit', unitId, `Hủy đăng ký năm ${year}`);
    return null;
  });
}

export async function recordStatusChange(
  db: Db,
  ctx: ServiceContext,
  dossierId: number,
  from: DossierStatus | null,
  to: DossierStatus,
  reason: string | null,
): Promise<void> {
  if (from === to) return;
  await db
    .insertInto('dossier_status_history')
    .values({ dossier_id: dossierId, from_status: from, to_status: to, reason, at: nowIso(ctx), actor: ctx.actor })
    .execute();
}

/** The dossier of a unit for a campaign, created (not yet received) when missing; never for a received unit. */
export async function ensureDossier(
  db: Db,
  ctx: ServiceContext,
  campaignId: number,
  unitId: number,
): Promise<{ id: number; created: boolean }> {
  const existing = await db
    .selectFrom('dossiers')
    .select('id')
    .where('campaign_id', '=', campaignId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  await assertOwnUnit(db, unitId, 'lập hồ sơ được');
  const { id } = await db
    .insertInto('dossiers')
    .values({
      campaign_id: campaignId,
      unit_id: unitId,
      status: 'chua_nop',
      received_on: null,
      received_by: null,
      computed_result: null,
      result_override: null,
      override_reason: null,
      review_method: null,
      review_date: null,
      review_detail: null,
      note: null,
      ...created(ctx),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordStatusChange(db, ctx, id, null, 'chua_nop', null);
  return { id, created: true };
}

export async function receiveDossier(
  ctx: ServiceContext,
  year: number,
  unitId: number,
  receivedOn: string,
): Promise<number> {
  checkRoundDates(ctx, year, [{ path: 'receivedOn', label: 'Ngày nhận hồ sơ', value: receivedOn }]);
  return ctx.store.db.transaction().execute(async (trx) => {
    const campaign = await ensureCampaign(trx, ctx, year);
    const unit = await assertOwnUnit(trx, unitId, 'nhận hồ sơ được');
    const { id } = await ensureDossier(trx, ctx, campaign.id, unitId);
    const before = await trx.selectFrom('dossiers').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    const status: DossierStatus = before.status === 'chua_nop' ? 'da_nhan' : before.status;
    await trx
      .updateTable('dossiers')
      .set({ received_on: receivedOn, received_by: ctx.actor, status, ...updated(ctx), version: sql`version + 1` })
      .where('id', '=', id)
      .execute();
    await recordStatusChange(trx, ctx, id, before.status, status, null);
    await recordAudit(trx, ctx, 'receive', 'dossier', id, `Nhận hồ sơ năm ${year}: ${unit.name}`);
    return id;
  });
}

const MANUAL_TARGETS: DossierStatus[] = ['da_tham_dinh', 'de_nghi', 'khong_de_nghi'];

/**
 * Moves a dossier to proposed / not proposed (or back to appraised); who, when and why are kept. `gaps` are what
 * the dossier still lacks (see proposalGaps): proposing it anyway needs a reason.
 */
export async function setDossierStatus(
  ctx: ServiceContext,
  dossierId: number,
  to: DossierStatus,
  reason: string | null,
  gaps: readonly string[] = [],
): Promise<DossierStatus> {
  if (!MANUAL_TARGETS.includes(to)) throw new DomainError('validation', 'Trạng thái này không chọn tay được.');
  return ctx.store.db.transaction().execute(async (trx) => {
    const d = await trx
      .selectFrom('dossiers')
      .select(['status', 'computed_result', 'result_override'])
      .where('id', '=', dossierId)
      .executeTakeFirst();
    if (!d) throw notFound('hồ sơ');
    const from = d.status;
    if (from === 'da_cong_nhan')
      throw new DomainError('conflict', 'Hồ sơ đã có quyết định công nhận; không đổi trạng thái được.');
    const result = d.result_override ?? d.computed_result;
    if (to === 'de_nghi' && result !== 'dat') {
      throw new DomainError('validation', 'Chỉ đề nghị công nhận khi kết quả thẩm định là Đạt.');
    }
    if (to === 'de_nghi' && gaps.length > 0 && !reason?.trim()) {
      throw new DomainError('validation', `Hồ sơ ${gaps.join('; ')}: cần ghi lý do vẫn đề nghị công nhận.`, [
        { path: 'reason', message: 'Hãy ghi lý do vẫn đề nghị.' },
      ]);
    }
    if (to === 'khong_de_nghi' && result === 'dat' && !reason?.trim()) {
      throw new DomainError('validation', 'Hồ sơ có kết quả Đạt: cần ghi lý do không đề nghị công nhận.');
    }
    if (from === 'chua_nop' || from === 'da_nhan') {
      if (result === null) throw new DomainError('validation', 'Hồ sơ chưa thẩm định xong.');
    }
    await trx
      .updateTable('dossiers')
      .set({ status: to, ...updated(ctx), version: sql`version + 1` })
      .where('id', '=', dossierId)
      .execute();
    await recordStatusChange(trx, ctx, dossierId, from, to, reason?.trim() || null);
    await recordAudit(trx, ctx, 'status', 'dossier', dossierId, `Chuyển trạng thái: ${ROUND_STATUS_LABELS[to]}`);
    return to;
  });
}

export interface RoundPageQuery {
  kind?: UnitKind;
  status?: RoundStatus;
  /** Matched without case or diacritics against name, address, head and phone. */
  search?: string;
  filters?: ColumnFilters;
  sort?: ColumnSort;
  offset: number;
  limit: number;
}

/**
 * One block of the round grid: statuses come from the status index, order from the name index, and only the
 * block's rows are read in full, so a block of a 100,000-unit year costs about what the year's counts cost.
 */
export type RoundFilter = Omit<RoundPageQuery, 'offset' | 'limit'>;

type Matches = { campaign: Campaign; ids: number[] } & Omit<RoundPage, 'rows' | 'total'>;

/**
 * The units of the round matching a filter, in grid order, with the counts for the filter controls. Without a
 * search the answer is kept until the data changes: the grid's next blocks of the same filter only slice it.
 */
export async function roundMatches(db: Db, year: number, q: RoundFilter): Promise<Matches> {
  if (searchCondition(q.search) !== null) return findMatches(db, year, q);
  // Everything that decides the answer is in the key: kind, status, the column filters and the sort.
  const filter = { kind: q.kind ?? null, status: q.status ?? null, filters: q.filters ?? null, sort: q.sort ?? null };
  return oncePerChange(db, `matches ${year} ${JSON.stringify(filter)}`, () => findMatches(db, year, q));
}

async function findMatches(db: Db, year: number, q: RoundFilter): Promise<Matches> {
  const campaign = await getCampaign(db, year);
  const index = await statusIndex(db, campaign.id, campaign.windows);
  const search = searchCondition(q.search);
  // A '%...%' LIKE scans anyway: sort its few matches rather than walk the name index (see queryUnits).
  // The whole name order, like the status index, once per change; a search's few matches each time.
  const ordered =
    search === null
      ? await oncePerChange(db, 'name order', () =>
          idList(db, sql`SELECT group_concat(id) AS ids FROM (SELECT id FROM units ORDER BY sort_key, id)`),
        )
      : await idList(
          db,
          sql`SELECT group_concat(id) AS ids FROM (SELECT u.id FROM units u WHERE ${search} ORDER BY +u.sort_key, u.id)`,
        );
  const byKind = new Uint32Array(UNIT_KINDS.length + 1);
  const byStatus = new Uint32Array(STATUS_BY_CODE.length);
  const wantKind = q.kind ? kindCode(q.kind) : 0;
  const wantStatus = q.status ? STATUS_BY_CODE.indexOf(q.status) : -1;
  const ids: number[] = [];
  for (const id of ordered) {
    const k = index.kindOf[id] ?? 0;
    if (!k) continue;
    const s = index.statusOf[id]!;
    byKind[k]!++;
    if (wantKind && k !== wantKind) continue;
    byStatus[s]!++;
    if (wantStatus >= 0 && s !== wantStatus) continue;
    ids.push(id);
  }
  const countsByKind = Object.fromEntries(UNIT_KINDS.map((kind) => [kind, byKind[kindCode(kind)]!])) as Record<
    UnitKind,
    number
  >;
  const countsByStatus = Object.fromEntries(STATUS_BY_CODE.map((status, s) => [status, byStatus[s]!])) as Record<
    RoundStatus,
    number
  >;
  if (!q.sort && !Object.keys(q.filters ?? {}).length) return { campaign, ids, countsByKind, countsByStatus };
  // Column filters and sorts read the rows themselves: the round's rows are read once, then kept and ordered here.
  const rows = new Map((await roundRows(db, year, undefined, campaign)).map((r) => [r.unitId, r]));
  const matching = ids.flatMap((id) => rows.get(id) ?? []);
  const kept = filterAndSort(matching, roundCell, q.filters, q.sort).map((r) => r.unitId);
  return { campaign, ids: kept, countsByKind, countsByStatus };
}

export async function roundPage(db: Db, year: number, q: RoundPageQuery): Promise<RoundPage> {
  const { campaign, ids, countsByKind, countsByStatus } = await roundMatches(db, year, q);
  const block = ids.slice(q.offset, q.offset + q.limit);
  // The block's rows come back in name order: put them back in the grid's order.
  const byId = new Map((block.length ? await roundRows(db, year, block, campaign) : []).map((r) => [r.unitId, r]));
  const rows = block.flatMap((id) => byId.get(id) ?? []);
  return { rows, total: ids.length, countsByKind, countsByStatus };
}

/** Every row of the round matching a filter, in grid order (for the spreadsheet). */
export async function roundList(db: Db, year: number, q: RoundFilter): Promise<RoundRow[]> {
  const { campaign, ids } = await roundMatches(db, year, q);
  const rows = new Map((await roundRows(db, year, undefined, campaign)).map((r) => [r.unitId, r]));
  return ids.flatMap((id) => rows.get(id) ?? []);
}
