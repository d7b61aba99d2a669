// Drafts: a recognition drafted from proposed units with the office's wording, a revocation drafted from a signed
// decision, edits to a draft's wording and units, and throwing a draft away.
import type { Decision, DecisionDraftPatch } from '#shared/api/decisionTypes.ts';
import type { DossierStatus } from '#shared/domain/round.ts';
import { created, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { getCampaign } from '../campaigns/index.ts';
import { getSettings } from '../settings/index.ts';
import { assertWithinCompetence } from './competence.ts';
import { transition } from './lifecycle.ts';
import { getDecision } from './queries.ts';
import { decisionReference, draftWording, followWording, revocationWording, type DecisionWording } from './wording.ts';

type Sections = Partial<Pick<DecisionWording, 'bases' | 'articles' | 'recipients'>>;

const SECTIONS = [
  ['basis', 'bases'],
  ['article', 'articles'],
  ['recipient', 'recipients'],
] as const;

/** Writes the sections given (an empty one is left empty); the sections not given stay as they are. */
async function replaceSections(trx: Db, decisionId: number, sections: Sections): Promise<void> {
  for (const [section, key] of SECTIONS) {
    const texts = sections[key];
    if (!texts) continue;
    await trx
      .deleteFrom('decision_lines')
      .where('decision_id', '=', decisionId)
      .where('section', '=', section)
      .execute();
    if (texts.length === 0) continue;
    await trx
      .insertInto('decision_lines')
      .values(texts.map((text, position) => ({ decision_id: decisionId, section, position, text })))
      .execute();
  }
}

/** A new draft with its wording, for the year's campaign, numbered later with the office's decision code. */
async function insertDraft(trx: Db, ctx: ServiceContext, year: number, text: DecisionWording, revokesId?: number) {
  const campaign = await getCampaign(trx, year);
  const settings = await getSettings(trx);
  const { id } = await trx
    .insertInto('decisions')
    .values({
      campaign_id: campaign.id,
      status: 'draft',
      code: settings.decisionCode,
      subject: text.subject,
      list_title: text.listTitle,
      ...(revokesId === undefined ? {} : { revokes_id: revokesId }),
      ...created(ctx),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceSections(trx, id, text);
  return id;
}

/** A draft decision recognising proposed units, with the wording of the office's template filled in. */
export async function createDecision(ctx: ServiceContext, year: number, unitIds: number[]): Promise<Decision> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const campaign = await getCampaign(trx, year);
    const rows = await trx
      .selectFrom('dossiers as d')
      .innerJoin('units as u', 'u.id', 'd.unit_id')
      .leftJoin('units as p', 'p.id', 'u.parent_id')
      .select(['u.id as unit_id', 'u.name as unit_name', 'p.name as parent_name', 'd.status as previous_status'])
      .select(['u.kind', 'u.source_office_id'])
      .where('d.campaign_id', '=', campaign.id)
      .where('u.id', 'in', unitIds.length ? unitIds : [-1])
      .orderBy('u.sort_key')
      .execute();
    if (rows.length !== new Set(unitIds).size || rows.length === 0) {
      throw new DomainError(
        'validation',
        'Có đơn vị chưa có hồ sơ năm này. Chỉ đưa vào quyết định các đơn vị đã được đề nghị.',
      );
    }
    const received = rows.find((r) => r.source_office_id !== null);
    if (received) {
      throw new DomainError(
        'validation',
        `"${received.unit_name}" là đơn vị nhận từ xã, phường khác nên không đưa vào quyết định của cơ quan này được.`,
      );
    }
    assertWithinCompetence(
      await getSettings(trx),
      rows.map((r) => ({ name: r.unit_name, kind: r.kind })),
    );
    const notProposed = rows.find((r) => r.previous_status !== 'de_nghi');
    if (notProposed) {
      throw new DomainError(
        'validation',
        `"${notProposed.unit_name}" chưa được đề nghị công nhận nên không đưa vào quyết định được.`,
      );
    }
    const text = (await draftWording(trx, year))(rows.map((r) => r.kind));
    const id = await insertDraft(trx, ctx, year, text);
    // The rows as decision units, numbered in list order; kind and source were only needed above.
    const units = rows.map(({ kind: _kind, source_office_id: _source, ...unit }, position) => ({ ...unit, position }));
    await trx
      .insertInto('decision_units')
      .values(units.map((unit) => ({ ...unit, decision_id: id })))
      .execute();
    const summary = `Dự thảo quyết định công nhận ${rows.length} đơn vị năm ${year}`;
    await recordAudit(trx, ctx, 'create', 'decision', id, summary);
    return getDecision(trx, id);
  });
}

/**
 * Revocation is a decision of its own: a draft that, once signed, returns the revoked decision's units to the
 * status they had before it. The revoked decision itself stays exactly as signed.
 */
export async function createRevocation(ctx: ServiceContext, revokedId: number): Promise<Decision> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const old = await getDecision(trx, revokedId);
    transition(old, 'revoke');
    if (old.revokedById !== null) throw new DomainError('conflict', 'Quyết định này đã có quyết định thu hồi.');
    const id = await insertDraft(trx, ctx, old.year, revocationWording(old, await getSettings(trx)), revokedId);
    // The same units, in the same order; each was recognised by the decision revoked.
    await trx
      .insertInto('decision_units')
      .columns(['decision_id', 'unit_id', 'position', 'unit_name', 'parent_name', 'previous_status'])
      .expression((eb) =>
        eb
          .selectFrom('decision_units')
          .select([
            eb.val(id).as('decision_id'),
            'unit_id',
            'position',
            'unit_name',
            'parent_name',
            eb.val<DossierStatus>('da_cong_nhan').as('previous_status'),
          ])
          .where('decision_id', '=', revokedId),
      )
      .execute();
    await recordAudit(trx, ctx, 'create', 'decision', id, `Dự thảo thu hồi ${decisionReference(old)}`);
    return getDecision(trx, id);
  });
}

/** Takes units out of a draft; its wording follows the units left, positions stay dense so the list numbers 1..n. */
async function removeUnits(trx: Db, ctx: ServiceContext, d: Decision, unitIds: number[]): Promise<void> {
  const keep = new Set(unitIds);
  if ([...keep].some((u) => !d.units.some((x) => x.unitId === u))) {
    throw new DomainError('validation', 'Chỉ bỏ bớt được đơn vị khỏi dự thảo; muốn thêm đơn vị hãy lập dự thảo mới.');
  }
  if (keep.size === 0)
    throw new DomainError('validation', 'Dự thảo phải còn ít nhất một đơn vị; nếu không, hãy xóa dự thảo.');
  const removed = d.units.filter((u) => !keep.has(u.unitId)).map((u) => u.unitId);
  if (removed.length === 0) return;
  const current = await getDecision(trx, d.id);
  const wording = await draftWording(trx, d.year);
  const was = wording(d.units.map((u) => u.kind));
  const now = wording(d.units.filter((u) => keep.has(u.unitId)).map((u) => u.kind));
  const next = followWording(current, was, now);
  await trx
    .updateTable('decisions')
    .set({ subject: next.subject, list_title: next.listTitle, ...updated(ctx) })
    .where('id', '=', d.id)
    .execute();
  const changed = (key: keyof Sections) => (next[key].every((l, i) => l === current[key][i]) ? undefined : next[key]);
  await replaceSections(trx, d.id, {
    bases: changed('bases'),
    articles: changed('articles'),
    recipients: changed('recipients'),
  });
  await trx.deleteFrom('decision_units').where('decision_id', '=', d.id).where('unit_id', 'in', removed).execute();
  const rest = await trx
    .selectFrom('decision_units')
    .select('unit_id')
    .where('decision_id', '=', d.id)
    .orderBy('position')
    .execute();
  for (const [position, u] of rest.entries()) {
    await trx
      .updateTable('decision_units')
      .set({ position })
      .where('decision_id', '=', d.id)
      .where('unit_id', '=', u.unit_id)
      .execute();
  }
}

/** Changes the wording of a draft, or takes units out of it (they stay proposed). */
export async function updateDraft(ctx: ServiceContext, id: number, patch: DecisionDraftPatch): Promise<Decision> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const d = await getDecision(trx, id);
    transition(d, 'edit');
    const clean = (lines: string[] | undefined) => lines?.map((s) => s.trim()).filter(Boolean);
    const subject = patch.subject?.trim();
    const listTitle = patch.listTitle?.trim();
    if (subject === '' || listTitle === '') {
      throw new DomainError('validation', 'Trích yếu và tên danh sách không được để trống.');
    }
    const articles = clean(patch.articles);
    if (articles && articles.length === 0) throw new DomainError('validation', 'Quyết định phải có ít nhất một điều.');
    const recipients = clean(patch.recipients);
    if (recipients && recipients.length === 0) throw new DomainError('validation', 'Phải có ít nhất một nơi nhận.');
    await trx
      .updateTable('decisions')
      .set({ subject: subject ?? d.subject, list_title: listTitle ?? d.listTitle, ...updated(ctx) })
      .where('id', '=', id)
      .execute();
    await replaceSections(trx, id, { bases: clean(patch.bases), articles, recipients });
    if (patch.unitIds) await removeUnits(trx, ctx, d, patch.unitIds);
    await recordAudit(trx, ctx, 'update', 'decision', id, 'Sửa dự thảo quyết định');
    return getDecision(trx, id);
  });
}

/** A draft or a decision still awaiting signature can be thrown away; a signed one never. */
export async function deleteDraft(ctx: ServiceContext, id: number): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const d = await getDecision(trx, id);
    transition(d, 'delete');
    await trx.deleteFrom('decisions').where('id', '=', id).execute();
    await recordAudit(trx, ctx, 'delete', 'decision', id, `Xóa dự thảo: ${d.subject}`);
  });
}
