// Reading the registry: summaries for lists and counts, and one model in full. Rows are mapped here, once.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type {
  ModelDetail,
  ModelLists,
  ModelPoint,
  ModelReview,
  ModelSummary,
  UnitRef,
} from '#shared/api/modelTypes.ts';
import { compareVietnamese } from '#shared/text/fold.ts';
import type { Db } from '../../context.ts';
import { notFound } from '../../errors.ts';

export const newUid = () => randomUUID();

export async function modelLists(db: Db): Promise<ModelLists> {
  const types = await db.selectFrom('model_types').selectAll().orderBy('sort_order').execute();
  const ratings = await db.selectFrom('model_ratings').selectAll().orderBy('sort_order').execute();
  const s = await db.selectFrom('model_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return {
    types: types.map((t) => ({ code: t.code, label: t.label, active: t.active === 1 })),
    ratings: ratings.map((r) => ({
      code: r.code,
      label: r.label,
      effective: r.effective === 1,
      active: r.active === 1,
    })),
    settings: { reviewMinMonths: s.review_min_months, reviewMinMonthsSource: s.review_min_months_source },
  };
}

async function reviewsOf(db: Db, modelIds: readonly number[]): Promise<Map<number, ModelReview[]>> {
  const rows = await db
    .selectFrom('model_reviews as r')
    .innerJoin('model_ratings as g', 'g.code', 'r.rating_code')
    .select(['r.model_id', 'r.year', 'r.rating_code', 'g.label', 'g.effective', 'r.reviewed_on', 'r.note'])
    .where('r.model_id', 'in', modelIds.length ? modelIds : [-1])
    .orderBy('r.year', 'desc')
    .execute();
  const map = new Map<number, ModelReview[]>();
  for (const r of rows) {
    const list = map.get(r.model_id) ?? [];
    list.push({
      year: r.year,
      ratingCode: r.rating_code,
      ratingLabel: r.label,
      effective: r.effective === 1,
      reviewedOn: r.reviewed_on,
      note: r.note,
    });
    map.set(r.model_id, list);
  }
  return map;
}

export interface ModelFilter {
  ids?: readonly number[];
}

/** Every model (or those asked for), with its units, live points and teams, last review and exemplar mark. */
export async function modelSummaries(db: Db, filter: ModelFilter = {}): Promise<ModelSummary[]> {
  let q = db
    .selectFrom('models as m')
    .innerJoin('model_types as t', 't.code', 'm.type_code')
    .select([
      'm.id',
      'm.uid',
      'm.name',
      'm.type_code',
      't.label as type_label',
      'm.field',
      'm.status',
      'm.decision_number',
      'm.decision_date',
      'm.launched_on',
      'm.retired_on',
      'm.version',
    ])
    .select((eb) => [
      eb
        .selectFrom('model_points as p')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('p.model_id', '=', 'm.id')
        .where('p.ended_on', 'is', null)
        .as('point_count'),
      eb
        .selectFrom('model_teams as k')
        .innerJoin('model_points as p', 'p.id', 'k.point_id')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('p.model_id', '=', 'm.id')
        .where('p.ended_on', 'is', null)
        .as('team_count'),
      sql<number>`(SELECT coalesce(sum(k.member_count), 0) FROM model_teams k JOIN model_points p ON p.id = k.point_id
        WHERE p.model_id = m.id AND p.ended_on IS NULL)`.as('member_count'),
      eb
        .selectFrom('exemplars as e')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('e.model_id', '=', 'm.id')
        .as('exemplars'),
    ]);
  if (filter.ids) q = q.where('m.id', 'in', filter.ids.length ? filter.ids : [-1]);
  const rows = await q.execute();
  const ids = rows.map((r) => r.id);
  const units = await db
    .selectFrom('model_units as mu')
    .innerJoin('units as u', 'u.id', 'mu.unit_id')
    .select(['mu.model_id', 'u.id', 'u.name'])
    .where('mu.model_id', 'in', ids.length ? ids : [-1])
    .execute();
  const unitsOf = new Map<number, UnitRef[]>();
  for (const u of units) unitsOf.set(u.model_id, [...(unitsOf.get(u.model_id) ?? []), { id: u.id, name: u.name }]);
  const reviews = await reviewsOf(db, ids);
  return rows
    .map((r) => ({
      id: r.id,
      uid: r.uid,
      name: r.name,
      typeCode: r.type_code,
      typeLabel: r.type_label,
      field: r.field,
      status: r.status,
      units: (unitsOf.get(r.id) ?? []).sort((a, b) => compareVietnamese(a.name, b.name)),
      decisionNumber: r.decision_number,
      decisionDate: r.decision_date,
      launchedOn: r.launched_on,
      retiredOn: r.retired_on,
      pointCount: Number(r.point_count ?? 0),
      teamCount: Number(r.team_count ?? 0),
      memberCount: Number(r.member_count ?? 0),
      lastReview: reviews.get(r.id)?.[0] ?? null,
      exemplar: Number(r.exemplars ?? 0) > 0,
      version: r.version,
    }))
    .sort((a, b) => compareVietnamese(a.name, b.name) || a.id - b.id);
}

async function pointsOf(db: Db, modelId: number): Promise<ModelPoint[]> {
  const points = await db
    .selectFrom('model_points as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.unit_id', 'u.name', 'p.started_on', 'p.decision_number', 'p.decision_date', 'p.ended_on'])
    .where('p.model_id', '=', modelId)
    .orderBy('p.started_on')
    .orderBy('p.id')
    .execute();
  const pointIds = points.map((p) => p.id);
  const teams = await db
    .selectFrom('model_teams')
    .selectAll()
    .where('point_id', 'in', pointIds.length ? pointIds : [-1])
    .orderBy('id')
    .execute();
  const teamIds = teams.map((t) => t.id);
  const members = await db
    .selectFrom('model_team_members')
    .selectAll()
    .where('team_id', 'in', teamIds.length ? teamIds : [-1])
    .orderBy('id')
    .execute();
  return points.map((p) => ({
    id: p.id,
    unitId: p.unit_id,
    unitName: p.name,
    startedOn: p.started_on,
    decisionNumber: p.decision_number,
    decisionDate: p.decision_date,
    endedOn: p.ended_on,
    teams: teams
      .filter((t) => t.point_id === p.id)
      .map((t) => ({
        id: t.id,
        name: t.name,
        leaderName: t.leader_name,
        memberCount: t.member_count,
        foundedOn: t.founded_on,
        members: members
          .filter((m) => m.team_id === t.id)
          .map((m) => ({ id: m.id, fullName: m.full_name, role: m.role, phone: m.phone, joinedOn: m.joined_on })),
      })),
  }));
}

export async function modelDetail(db: Db, id: number): Promise<ModelDetail> {
  const [summary] = await modelSummaries(db, { ids: [id] });
  const row = await db.selectFrom('models').selectAll().where('id', '=', id).executeTakeFirst();
  if (!summary || !row) throw notFound('mô hình');
  const ref = async (refId: number | null) =>
    refId === null
      ? null
      : ((await db.selectFrom('models').select(['id', 'name']).where('id', '=', refId).executeTakeFirst()) ?? null);
  const replaces = await db
    .selectFrom('models')
    .select(['id', 'name'])
    .where('replaced_by_id', '=', id)
    .orderBy('id')
    .execute();
  const events = await db
    .selectFrom('model_events')
    .selectAll()
    .where('model_id', '=', id)
    .orderBy('on_date')
    .orderBy('id')
    .execute();
  const exemplars = await db.selectFrom('exemplars').selectAll().where('model_id', '=', id).orderBy('id').execute();
  const files = await db.selectFrom('model_files').selectAll().where('model_id', '=', id).orderBy('id').execute();
  return {
    ...summary,
    proposer: row.proposer,
    proposedOn: row.proposed_on,
    survey: row.survey,
    proposal: row.proposal,
    approvedBy: row.approved_by,
    decisionSigner: row.decision_signer,
    steeringBoard: row.steering_board,
    retireReason: row.retire_reason,
    replacedBy: await ref(row.replaced_by_id),
    replaces,
    notes: row.notes,
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      onDate: e.on_date,
      note: e.note,
      at: e.at,
      actor: e.actor,
    })),
    points: await pointsOf(db, id),
    reviews: (await reviewsOf(db, [id])).get(id) ?? [],
    exemplars: exemplars.map((e) => ({
      id: e.id,
      subject: e.subject,
      subjectName: e.subject_name,
      year: e.year,
      decisionNumber: e.decision_number,
      decisionDate: e.decision_date,
      decisionSigner: e.decision_signer,
    })),
    files: files.map((f) => ({ id: f.id, name: f.original_name, addedAt: f.added_at, addedBy: f.added_by })),
  };
}
