// The incident register: events that may break a criterion in a unit's evaluation window.
import { findCampaign } from '../campaigns/index.ts';
import { assertOwnUnit } from '../round/index.ts';
import type { Incident } from '#shared/api/roundTypes.ts';
import type { IncidentCategory } from '#shared/domain/round.ts';
import { nowIso, recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { toIncident } from './mapper.ts';

export interface IncidentQuery {
  unitId?: number;
  unitIds?: readonly number[];
  from?: string;
  to?: string;
}

export async function listIncidents(db: Db, q: IncidentQuery = {}): Promise<Incident[]> {
  let query = db
    .selectFrom('incidents as i')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .select(['i.id', 'i.unit_id', 'u.name', 'i.occurred_on', 'i.category', 'i.note', 'i.created_at', 'i.created_by']);
  if (q.unitId !== undefined) query = query.where('i.unit_id', '=', q.unitId);
  if (q.unitIds !== undefined) query = query.where('i.unit_id', 'in', q.unitIds.length ? q.unitIds : [-1]);
  if (q.from) query = query.where('i.occurred_on', '>=', q.from);
  if (q.to) query = query.where('i.occurred_on', '<=', q.to);
  const rows = await query.orderBy('i.occurred_on', 'desc').orderBy('i.id', 'desc').execute();
  return rows.map(toIncident);
}

/** The incidents within a year's evaluation windows (or the default span when the year has no campaign yet). */
export async function incidentsOfYear(db: Db, year: number): Promise<Incident[]> {
  const campaign = await findCampaign(db, year);
  const from = campaign
    ? campaign.windows.reduce((m, w) => (w.windowFrom < m ? w.windowFrom : m), '9999')
    : `${year - 1}-11-01`;
  const to = campaign ? campaign.windows.reduce((m, w) => (w.windowTo > m ? w.windowTo : m), '0000') : `${year}-11-15`;
  return listIncidents(db, { from, to });
}

export async function createIncident(
  ctx: ServiceContext,
  input: { unitId: number; occurredOn: string; category: IncidentCategory; note: string | null },
): Promise<Incident> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const unit = await assertOwnUnit(trx, input.unitId, 'ghi vụ việc');
    const { id } = await trx
      .insertInto('incidents')
      .values({
        unit_id: input.unitId,
        occurred_on: input.occurredOn,
        category: input.category,
        note: input.note,
        created_at: nowIso(ctx),
        created_by: ctx.actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, 'create', 'incident', id, `Ghi vụ việc tại ${unit.name} ngày ${input.occurredOn}`);
    return (await listIncidents(trx, { unitId: input.unitId })).find((i) => i.id === id)!;
  });
}

export async function removeIncident(ctx: ServiceContext, id: number): Promise<null> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const res = await trx.deleteFrom('incidents').where('id', '=', id).executeTakeFirst();
    if (res.numDeletedRows === 0n) throw notFound('vụ việc');
    await recordAudit(trx, ctx, 'delete', 'incident', id, 'Xóa vụ việc');
    return null;
  });
}
