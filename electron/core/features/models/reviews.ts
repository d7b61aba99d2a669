// The yearly review of models (rating from the office's list, after a minimum time in operation), the exemplars,
// and the office's lists: model types, ratings and that minimum.
import type { z } from 'zod';
import type { exemplarSchema, modelListsSchema, reviewSchema } from '#shared/api/modelSchemas.ts';
import type { ModelDetail, ModelLists, ReviewRow, ReviewSheet } from '#shared/api/modelTypes.ts';
import { modelYearWindow, monthsBetween } from '#shared/domain/models.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { nowIso, recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { todayIso } from '../../dateRules.ts';
import { DomainError, notFound } from '../../errors.ts';
import { checkModelDate } from './lifecycle.ts';
import { modelDetail, modelLists, modelSummaries } from './queries.ts';

export type ReviewInput = z.output<typeof reviewSchema>;
export type ExemplarInput = z.output<typeof exemplarSchema>;
export type ModelListsInput = z.output<typeof modelListsSchema>;

async function minMonths(db: Db): Promise<{ months: number; source: string }> {
  const s = await db.selectFrom('model_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return { months: s.review_min_months, source: s.review_min_months_source };
}

/** Models to review in a year: every launched model not retired before the year's window starts. */
export async function reviewSheet(db: Db, year: number, today: string): Promise<ReviewSheet> {
  const window = modelYearWindow(year);
  const min = await minMonths(db);
  const summaries = await modelSummaries(db);
  const reviews = await db
    .selectFrom('model_reviews as r')
    .innerJoin('model_ratings as g', 'g.code', 'r.rating_code')
    .select(['r.model_id', 'r.year', 'r.rating_code', 'g.label', 'g.effective', 'r.reviewed_on', 'r.note'])
    .where('r.year', 'in', [year, year - 1])
    .execute();
  const rows: ReviewRow[] = [];
  for (const model of summaries) {
    if (!model.launchedOn || model.launchedOn > window.to) continue;
    if (model.retiredOn && model.retiredOn < window.from) continue;
    const months = monthsBetween(model.launchedOn, window.to);
    const own = reviews.filter((r) => r.model_id === model.id);
    const current = own.find((r) => r.year === year);
    const previous = own.find((r) => r.year === year - 1);
    const review = current
      ? {
          year,
          ratingCode: current.rating_code,
          ratingLabel: current.label,
          effective: current.effective === 1,
          reviewedOn: current.reviewed_on,
          note: current.note,
        }
      : null;
    const state = review ? 'reviewed' : months < min.months ? 'too_new' : today > window.to ? 'overdue' : 'due';
    const latest = current ?? previous;
    rows.push({
      model,
      state,
      monthsInOperation: months,
      review,
      weak: model.status !== 'thanh_loai' && latest !== undefined && latest.effective === 0,
    });
  }
  return {
    year,
    windowFrom: window.from,
    windowTo: window.to,
    minMonths: min.months,
    minMonthsSource: min.source,
    rows,
  };
}

export async function saveReview(ctx: ServiceContext, input: ReviewInput): Promise<ModelDetail> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const model = await trx.selectFrom('models').selectAll().where('id', '=', input.modelId).executeTakeFirst();
    if (!model) throw notFound('mô hình');
    const rating = await trx
      .selectFrom('model_ratings')
      .selectAll()
      .where('code', '=', input.ratingCode)
      .executeTakeFirst();
    if (!rating || rating.active !== 1) throw new DomainError('validation', 'Mức đánh giá không có trong danh mục.');
    const reviewedOn = input.reviewedOn ?? todayIso(ctx);
    checkModelDate(ctx, 'Ngày đánh giá', reviewedOn, 'reviewedOn');
    const window = modelYearWindow(input.year);
    const min = await minMonths(trx);
    if (!model.launched_on || model.launched_on > window.to) {
      throw new DomainError(
        'conflict',
        `Mô hình "${model.name}" chưa đi vào hoạt động trong năm ${input.year}: chưa đánh giá.`,
      );
    }
    if (model.retired_on && model.retired_on < window.from) {
      throw new DomainError(
        'conflict',
        `Mô hình "${model.name}" đã thanh loại ngày ${formatDateVi(model.retired_on)}.`,
      );
    }
    const months = monthsBetween(model.launched_on, window.to);
    if (months < min.months) {
      throw new DomainError(
        'validation',
        `Mô hình "${model.name}" mới hoạt động ${months} tháng (từ ${formatDateVi(model.launched_on)} đến ${formatDateVi(window.to)}); chỉ đánh giá mô hình hoạt động từ ${min.months} tháng trở lên (${min.source}). Chưa ghi gì.`,
      );
    }
    const values = {
      rating_code: input.ratingCode,
      reviewed_on: reviewedOn,
      note: input.note,
      at: nowIso(ctx),
      actor: ctx.actor,
    };
    await trx
      .insertInto('model_reviews')
      .values({ model_id: input.modelId, year: input.year, ...values })
      .onConflict((oc) => oc.columns(['model_id', 'year']).doUpdateSet(values))
      .execute();
    await recordAudit(
      trx,
      ctx,
      'update',
      'model_review',
      input.modelId,
      `Đánh giá mô hình "${model.name}" năm ${input.year}: ${rating.label}`,
    );
    return modelDetail(trx, input.modelId);
  });
}

/** Marks the model, or a person or collective in it, as "điển hình tiên tiến" with the decision. */
export async function addExemplar(ctx: ServiceContext, input: ExemplarInput): Promise<ModelDetail> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const model = await trx.selectFrom('models').select(['name']).where('id', '=', input.modelId).executeTakeFirst();
    if (!model) throw notFound('mô hình');
    checkModelDate(ctx, 'Ngày quyết định', input.decisionDate, 'decisionDate');
    const { id } = await trx
      .insertInto('exemplars')
      .values({
        model_id: input.modelId,
        subject: input.subject,
        subject_name: input.subjectName,
        year: input.year,
        decision_number: input.decisionNumber,
        decision_date: input.decisionDate,
        decision_signer: input.decisionSigner,
        at: nowIso(ctx),
        actor: ctx.actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      ctx,
      'create',
      'exemplar',
      id,
      `Điển hình tiên tiến "${input.subjectName}" (mô hình "${model.name}"), quyết định số ${input.decisionNumber}`,
    );
    return modelDetail(trx, input.modelId);
  });
}

/** The office's lists: entries in use are deactivated, never removed, so past rows keep their label. */
export async function saveModelLists(ctx: ServiceContext, input: ModelListsInput): Promise<ModelLists> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const codes = (list: { code: string }[]) => new Set(list.map((x) => x.code)).size === list.length;
    if (!codes(input.types) || !codes(input.ratings))
      throw new DomainError('validation', 'Mã bị trùng trong danh mục.');
    if (!input.ratings.some((r) => r.effective && r.active)) {
      throw new DomainError('validation', 'Cần ít nhất một mức đánh giá được tính là "hoạt động hiệu quả".');
    }
    for (const [i, t] of input.types.entries()) {
      const values = { label: t.label, sort_order: i + 1, active: t.active ? (1 as const) : (0 as const) };
      await trx
        .insertInto('model_types')
        .values({ code: t.code, ...values })
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .execute();
    }
    for (const [i, r] of input.ratings.entries()) {
      const values = {
        label: r.label,
        sort_order: i + 1,
        effective: r.effective ? (1 as const) : (0 as const),
        active: r.active ? (1 as const) : (0 as const),
      };
      await trx
        .insertInto('model_ratings')
        .values({ code: r.code, ...values })
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .execute();
    }
    await trx
      .updateTable('model_types')
      .set({ active: 0 })
      .where(
        'code',
        'not in',
        input.types.map((t) => t.code),
      )
      .execute();
    await trx
      .updateTable('model_ratings')
      .set({ active: 0 })
      .where(
        'code',
        'not in',
        input.ratings.map((r) => r.code),
      )
      .execute();
    await trx
      .updateTable('model_settings')
      .set({
        review_min_months: input.settings.reviewMinMonths,
        review_min_months_source: input.settings.reviewMinMonthsSource,
        updated_at: nowIso(ctx),
        updated_by: ctx.actor,
      })
      .where('id', '=', 1)
      .execute();
    await recordAudit(trx, ctx, 'update', 'model_lists', null, 'Sửa danh mục loại mô hình, mức đánh giá');
    return modelLists(trx);
  });
}
