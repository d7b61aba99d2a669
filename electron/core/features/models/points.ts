// Points (one per area where a model is applied) and their teams. A point added to a model already working at
// another point is a replication (nhân rộng), recorded in the model's history like any other step.
import type { z } from 'zod';
import type { pointSchema, teamSchema } from '#shared/api/modelSchemas.ts';
import type { ModelDetail } from '#shared/api/modelTypes.ts';
import { MODEL_STATUS_LABELS } from '#shared/domain/models.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { nowIso, recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { DomainError, notFound } from '../../errors.ts';
import { applyModelAction, checkModelDate } from './lifecycle.ts';
import { modelDetail } from './queries.ts';

export type PointInput = z.output<typeof pointSchema>;
export type TeamInput = z.output<typeof teamSchema>;

async function ownUnitName(db: Db, unitId: number): Promise<string> {
  const unit = await db
    .selectFrom('units')
    .select(['name', 'source_office_id'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw notFound('đơn vị nơi áp dụng');
  if (unit.source_office_id !== null) {
    throw new DomainError('validation', `"${unit.name}" là đơn vị nhận từ cơ quan khác: không đặt điểm mô hình ở đây.`);
  }
  return unit.name;
}

export async function insertPoint(db: Db, ctx: ServiceContext, input: PointInput): Promise<number> {
  const model = await db
    .selectFrom('models')
    .select(['id', 'name', 'status', 'decision_date'])
    .where('id', '=', input.modelId)
    .executeTakeFirst();
  if (!model) throw notFound('mô hình');
  if (model.status === 'de_xuat' || model.status === 'thanh_loai') {
    throw new DomainError(
      'conflict',
      `Mô hình "${model.name}" đang ở bước "${MODEL_STATUS_LABELS[model.status]}": chỉ thêm điểm cho mô hình đã thành lập.`,
    );
  }
  checkModelDate(ctx, 'Ngày bắt đầu áp dụng', input.startedOn, 'startedOn');
  checkModelDate(ctx, 'Ngày quyết định', input.decisionDate, 'decisionDate');
  if (model.decision_date && input.startedOn < model.decision_date) {
    throw new DomainError(
      'validation',
      `Ngày bắt đầu áp dụng không thể trước ngày thành lập mô hình (${formatDateVi(model.decision_date)}).`,
      [{ path: 'startedOn', message: 'Trước ngày thành lập mô hình.' }],
    );
  }
  const unitName = await ownUnitName(db, input.unitId);
  const existing = await db
    .selectFrom('model_points')
    .select(['id', 'unit_id'])
    .where('model_id', '=', input.modelId)
    .execute();
  if (existing.some((p) => p.unit_id === input.unitId)) {
    throw new DomainError('conflict', `Mô hình "${model.name}" đã có điểm tại ${unitName}.`, [
      { path: 'unitId', message: 'Đã có điểm tại đơn vị này.' },
    ]);
  }
  const { id } = await db
    .insertInto('model_points')
    .values({
      model_id: input.modelId,
      unit_id: input.unitId,
      started_on: input.startedOn,
      decision_number: input.decisionNumber,
      decision_date: input.decisionDate,
      created_at: nowIso(ctx),
      created_by: ctx.actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (existing.length > 0 && (model.status === 'hoat_dong' || model.status === 'nhan_rong')) {
    await applyModelAction(db, ctx, input.modelId, {
      action: 'nhan_rong',
      onDate: input.startedOn,
      note: `Nhân rộng tại ${unitName}`,
    });
  } else {
    await recordAudit(db, ctx, 'create', 'model_point', id, `Thêm điểm mô hình "${model.name}" tại ${unitName}`);
  }
  return id;
}

export async function addPoint(ctx: ServiceContext, input: PointInput): Promise<ModelDetail> {
  return ctx.store.db.transaction().execute(async (trx) => {
    await insertPoint(trx, ctx, input);
    return modelDetail(trx, input.modelId);
  });
}

async function modelOfPoint(db: Db, pointId: number): Promise<{ modelId: number; startedOn: string }> {
  const point = await db
    .selectFrom('model_points')
    .select(['model_id', 'started_on'])
    .where('id', '=', pointId)
    .executeTakeFirst();
  if (!point) throw notFound('điểm mô hình');
  return { modelId: point.model_id, startedOn: point.started_on };
}

/** A point stops (the area left the model); its history stays, it no longer counts. */
export async function endPoint(ctx: ServiceContext, pointId: number, endedOn: string): Promise<ModelDetail> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const { modelId, startedOn } = await modelOfPoint(trx, pointId);
    checkModelDate(ctx, 'Ngày kết thúc', endedOn, 'endedOn');
    if (endedOn < startedOn) throw new DomainError('validation', 'Ngày kết thúc phải sau ngày bắt đầu áp dụng.');
    await trx.updateTable('model_points').set({ ended_on: endedOn }).where('id', '=', pointId).execute();
    await recordAudit(
      trx,
      ctx,
      'update',
      'model_point',
      pointId,
      `Kết thúc điểm mô hình ngày ${formatDateVi(endedOn)}`,
    );
    return modelDetail(trx, modelId);
  });
}

export async function insertTeam(db: Db, ctx: ServiceContext, input: TeamInput): Promise<number> {
  await modelOfPoint(db, input.pointId);
  checkModelDate(ctx, 'Ngày thành lập tổ', input.foundedOn, 'foundedOn');
  const memberCount = Math.max(input.memberCount, input.members.length);
  const { id } = await db
    .insertInto('model_teams')
    .values({
      point_id: input.pointId,
      name: input.name,
      leader_name: input.leaderName,
      member_count: memberCount,
      founded_on: input.foundedOn,
      created_at: nowIso(ctx),
      created_by: ctx.actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.members.length) {
    await db
      .insertInto('model_team_members')
      .values(
        input.members.map((m) => ({
          team_id: id,
          full_name: m.fullName,
          role: m.role,
          phone: m.phone,
          joined_on: m.joinedOn,
        })),
      )
      .execute();
  }
  await recordAudit(db, ctx, 'create', 'model_team', id, `Thêm tổ "${input.name}" (${memberCount} thành viên)`);
  return id;
}

export async function addTeam(ctx: ServiceContext, input: TeamInput): Promise<ModelDetail> {
  return ctx.store.db.transaction().execute(async (trx) => {
    await insertTeam(trx, ctx, input);
    return modelDetail(trx, (await modelOfPoint(trx, input.pointId)).modelId);
  });
}

export async function removeTeam(ctx: ServiceContext, teamId: number): Promise<ModelDetail> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const team = await trx
      .selectFrom('model_teams')
      .select(['point_id', 'name'])
      .where('id', '=', teamId)
      .executeTakeFirst();
    if (!team) throw notFound('tổ');
    await trx.deleteFrom('model_teams').where('id', '=', teamId).execute();
    await recordAudit(trx, ctx, 'delete', 'model_team', teamId, `Xóa tổ "${team.name}"`);
    return modelDetail(trx, (await modelOfPoint(trx, team.point_id)).modelId);
  });
}
