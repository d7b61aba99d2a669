// Registering a model and moving it through its lifecycle: one transition table (shared/domain/models.ts), one
// event row per step with who, when and why.
import type { z } from 'zod';
import type { modelActionSchema, modelFieldsSchema } from '#shared/api/modelSchemas.ts';
import type { ModelDetail } from '#shared/api/modelTypes.ts';
import {
  MODEL_ACTION_LABELS,
  MODEL_STATUS_LABELS,
  MODEL_TRANSITIONS,
  type ModelAction,
  type ModelStatus,
} from '#shared/domain/models.ts';
import { foldKey } from '#shared/text/fold.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { created, nowIso, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { todayIso } from '../../dateRules.ts';
import { DomainError, notFound } from '../../errors.ts';
import { modelDetail, newUid } from './queries.ts';

export type ModelFields = z.output<typeof modelFieldsSchema>;
/** A step as typed by the office, or a replication (recorded when a point is added to a working model). */
export type ModelActionInput =
  z.output<typeof modelActionSchema> | { action: 'nhan_rong'; onDate: string; note: string | null };

const EARLIEST = '1990-01-01';

/** A model's date lies between 1990 and today: later is a typing slip, not a plan. */
export function checkModelDate(ctx: ServiceContext, label: string, value: string | null, path = 'onDate'): void {
  if (value === null) return;
  const today = todayIso(ctx);
  if (value < EARLIEST || value > today) {
    throw new DomainError(
      'validation',
      `${label} phải từ ${formatDateVi(EARLIEST)} đến hôm nay (${formatDateVi(today)}).`,
      [{ path, message: `${label} phải từ ${formatDateVi(EARLIEST)} đến hôm nay (${formatDateVi(today)}).` }],
    );
  }
}

async function checkType(db: Db, code: string): Promise<void> {
  const type = await db.selectFrom('model_types').select('active').where('code', '=', code).executeTakeFirst();
  if (!type || type.active !== 1) {
    throw new DomainError('validation', 'Loại mô hình không có trong danh mục (hoặc đã ngừng dùng).', [
      { path: 'typeCode', message: 'Hãy chọn loại mô hình trong danh mục.' },
    ]);
  }
}

async function setUnits(db: Db, modelId: number, unitIds: readonly number[]): Promise<void> {
  const unique = [...new Set(unitIds)];
  if (unique.length) {
    const found = await db
      .selectFrom('units')
      .select('id')
      .where('id', 'in', unique)
      .where('source_office_id', 'is', null)
      .execute();
    if (found.length !== unique.length) throw notFound('đơn vị của mô hình (chỉ chọn đơn vị do cơ quan quản lý)');
  }
  await db.deleteFrom('model_units').where('model_id', '=', modelId).execute();
  if (unique.length) {
    await db
      .insertInto('model_units')
      .values(unique.map((unit_id) => ({ model_id: modelId, unit_id })))
      .execute();
  }
}

async function recordEvent(
  db: Db,
  ctx: ServiceContext,
  modelId: number,
  action: ModelAction,
  from: ModelStatus | null,
  to: ModelStatus,
  onDate: string,
  note: string | null,
): Promise<void> {
  await db
    .insertInto('model_events')
    .values({
      model_id: modelId,
      action,
      from_status: from,
      to_status: to,
      on_date: onDate,
      note,
      at: nowIso(ctx),
      actor: ctx.actor,
    })
    .execute();
}

/** A new model starts as a proposal (đề xuất) from its survey; its history starts with that step. */
export async function insertModel(db: Db, ctx: ServiceContext, f: ModelFields): Promise<number> {
  await checkType(db, f.typeCode);
  checkModelDate(ctx, 'Ngày đề xuất', f.proposedOn, 'proposedOn');
  const { id } = await db
    .insertInto('models')
    .values({
      uid: newUid(),
      name: f.name,
      name_key: foldKey(f.name),
      type_code: f.typeCode,
      field: f.field,
      status: 'de_xuat',
      proposer: f.proposer,
      proposed_on: f.proposedOn,
      survey: f.survey,
      proposal: f.proposal,
      approved_by: f.approvedBy,
      notes: f.notes,
      ...created(ctx),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setUnits(db, id, f.unitIds);
  await recordEvent(db, ctx, id, 'de_xuat', null, 'de_xuat', f.proposedOn ?? todayIso(ctx), f.proposal);
  await recordAudit(db, ctx, 'create', 'model', id, `Đăng ký mô hình "${f.name}"`);
  return id;
}

export async function createModel(ctx: ServiceContext, f: ModelFields): Promise<ModelDetail> {
  return ctx.store.db.transaction().execute(async (trx) => modelDetail(trx, await insertModel(trx, ctx, f)));
}

export async function updateModel(
  ctx: ServiceContext,
  id: number,
  version: number,
  f: ModelFields,
): Promise<ModelDetail> {
  return ctx.store.db.transaction().execute(async (trx) => {
    await checkType(trx, f.typeCode);
    checkModelDate(ctx, 'Ngày đề xuất', f.proposedOn, 'proposedOn');
    const res = await trx
      .updateTable('models')
      .set({
        name: f.name,
        name_key: foldKey(f.name),
        type_code: f.typeCode,
        field: f.field,
        proposer: f.proposer,
        proposed_on: f.proposedOn,
        survey: f.survey,
        proposal: f.proposal,
        approved_by: f.approvedBy,
        notes: f.notes,
        version: (eb) => eb('version', '+', 1),
        ...updated(ctx),
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (res.numUpdatedRows === 0n) {
      const exists = await trx.selectFrom('models').select('id').where('id', '=', id).executeTakeFirst();
      if (!exists) throw notFound('mô hình');
      throw new DomainError('conflict', 'Mô hình vừa được người khác sửa. Hãy tải lại rồi sửa lại.');
    }
    await setUnits(trx, id, f.unitIds);
    await recordAudit(trx, ctx, 'update', 'model', id, `Sửa thông tin mô hình "${f.name}"`);
    return modelDetail(trx, id);
  });
}

/** One step of the lifecycle in the caller's transaction; refused (nothing written) when the table forbids it. */
export async function applyModelAction(
  db: Db,
  ctx: ServiceContext,
  id: number,
  input: ModelActionInput,
): Promise<void> {
  const model = await db.selectFrom('models').selectAll().where('id', '=', id).executeTakeFirst();
  if (!model) throw notFound('mô hình');
  const rule = MODEL_TRANSITIONS[input.action];
  if (!rule.from.includes(model.status)) {
    throw new DomainError(
      'conflict',
      `Mô hình "${model.name}" đang ở bước "${MODEL_STATUS_LABELS[model.status]}": không thể ${MODEL_ACTION_LABELS[input.action].toLowerCase()}.`,
    );
  }
  const label =
    input.action === 'thanh_loai' ? 'Ngày thanh loại' : `Ngày ${MODEL_ACTION_LABELS[input.action].toLowerCase()}`;
  checkModelDate(ctx, label, input.onDate);
  const earliest = model.launched_on ?? model.decision_date ?? model.proposed_on;
  if (earliest && input.onDate < earliest) {
    throw new DomainError(
      'validation',
      `${label} (${formatDateVi(input.onDate)}) không thể trước bước trước đó (${formatDateVi(earliest)}).`,
      [{ path: 'onDate', message: `Không thể trước ngày ${formatDateVi(earliest)}.` }],
    );
  }
  const to = rule.to ?? model.status;
  const set: Record<string, unknown> = { status: to, ...updated(ctx) };
  if (input.action === 'thanh_lap') {
    Object.assign(set, {
      decision_number: input.decisionNumber,
      decision_date: input.onDate,
      decision_signer: input.decisionSigner || null,
      steering_board: input.steeringBoard,
    });
  } else if (input.action === 'ra_mat') set.launched_on = input.onDate;
  else if (input.action === 'thanh_loai') {
    const replacedBy = input.replacedById ?? null;
    if (replacedBy === id) throw new DomainError('validation', 'Mô hình không thể thay thế chính nó.');
    if (replacedBy !== null) {
      const other = await db.selectFrom('models').select('id').where('id', '=', replacedBy).executeTakeFirst();
      if (!other) throw notFound('mô hình thay thế');
    }
    Object.assign(set, { retired_on: input.onDate, retire_reason: input.note, replaced_by_id: replacedBy });
  }
  await db
    .updateTable('models')
    .set({ ...set, version: (eb) => eb('version', '+', 1) })
    .where('id', '=', id)
    .execute();
  await recordEvent(db, ctx, id, input.action, model.status, to, input.onDate, input.note ?? null);
  await recordAudit(
    db,
    ctx,
    'update',
    'model',
    id,
    `${MODEL_ACTION_LABELS[input.action]} mô hình "${model.name}" ngày ${formatDateVi(input.onDate)}`,
  );
}

export async function actOnModel(ctx: ServiceContext, id: number, input: ModelActionInput): Promise<ModelDetail> {
  return ctx.store.db.transaction().execute(async (trx) => {
    await applyModelAction(trx, ctx, id, input);
    return modelDetail(trx, id);
  });
}

/** Retires a model and registers the one replacing it, in one step: both or neither. */
export async function retireAndReplace(
  ctx: ServiceContext,
  id: number,
  retire: { onDate: string; reason: string },
  replacement: ModelFields,
): Promise<{ retired: ModelDetail; replacement: ModelDetail }> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const newId = await insertModel(trx, ctx, replacement);
    await applyModelAction(trx, ctx, id, {
      action: 'thanh_loai',
      onDate: retire.onDate,
      note: retire.reason,
      replacedById: newId,
    });
    return { retired: await modelDetail(trx, id), replacement: await modelDetail(trx, newId) };
  });
}
