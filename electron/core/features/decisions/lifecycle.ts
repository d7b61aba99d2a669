// A decision's life: draft -> submitted for signature -> signed with the year's next number -> issued. Which step
// each status allows, and where it leads, is one table; every command asks it before acting.
import { sql } from 'kysely';
import type { Decision, DecisionStatus } from '#shared/api/decisionTypes.ts';
import type { DossierStatus } from '#shared/domain/round.ts';
import { formatNumberCode } from '#shared/documents/format.ts';
import { recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { checkSigningDate } from '../../dateRules.ts';
import { DomainError } from '../../errors.ts';
import { getCampaign } from '../campaigns/index.ts';
import { recordStatusChange } from '../round/index.ts';
import { getSettings } from '../settings/index.ts';
import { getDecision } from './queries.ts';

export type DecisionAction = 'edit' | 'delete' | 'submit' | 'withdraw' | 'sign' | 'issue' | 'revoke' | 'attachScan';

/** Status -> the actions it allows -> the status after; null: the decision is gone. */
const TRANSITIONS: Record<DecisionStatus, Partial<Record<DecisionAction, DecisionStatus | null>>> = {
  draft: { edit: 'draft', delete: null, submit: 'submitted' },
  submitted: { withdraw: 'draft', sign: 'signed', delete: null },
  // A revocation is a decision of its own; the revoked one stays exactly as signed.
  signed: { issue: 'issued', revoke: 'signed', attachScan: 'signed' },
  issued: { revoke: 'issued', attachScan: 'issued' },
};

const AFTER_SIGNING = 'Quyết định đã ký thì không';
const REFUSALS: Record<DecisionAction, (status: DecisionStatus) => string> = {
  edit: (s) =>
    s === 'submitted'
      ? 'Quyết định đang trình ký: hãy rút về dự thảo rồi mới sửa.'
      : `${AFTER_SIGNING} sửa được nữa; nếu cần, hãy lập quyết định thu hồi.`,
  delete: () => `${AFTER_SIGNING} xóa được; nếu cần, hãy lập quyết định thu hồi.`,
  submit: () => 'Chỉ trình ký được quyết định đang là dự thảo.',
  withdraw: () => 'Chỉ rút về được quyết định đang trình ký.',
  sign: () => 'Chỉ ghi nhận ký cho quyết định đã trình ký.',
  issue: () => 'Chỉ ban hành được quyết định đã ký và có số.',
  revoke: () => 'Chỉ thu hồi được quyết định đã ký; dự thảo thì sửa hoặc bỏ đi.',
  attachScan: () => 'Chỉ đính kèm bản quét cho quyết định đã ký.',
};

export function allows(status: DecisionStatus, action: DecisionAction): boolean {
  return TRANSITIONS[status][action] !== undefined;
}

/** The status a decision has after the action; a conflict when its status does not allow it. */
export function transition(d: Pick<Decision, 'status'>, action: DecisionAction): DecisionStatus | null {
  const next = TRANSITIONS[d.status][action];
  if (next === undefined) throw new DomainError('conflict', REFUSALS[action](d.status));
  return next;
}

/** A step that only changes the status, audited under the action's name. */
async function step(ctx: ServiceContext, id: number, action: 'submit' | 'withdraw', summary: string) {
  return ctx.store.db.transaction().execute(async (trx) => {
    const status = transition(await getDecision(trx, id), action)!;
    await trx
      .updateTable('decisions')
      .set({ status, ...updated(ctx) })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, action, 'decision', id, summary);
    return getDecision(trx, id);
  });
}

export async function submitDecision(ctx: ServiceContext, id: number): Promise<Decision> {
  return step(ctx, id, 'submit', 'Trình ký quyết định');
}

/** Back from "submitted for signature" to a draft, e.g. when the chair asks for changes. */
export async function withdrawDecision(ctx: ServiceContext, id: number): Promise<Decision> {
  return step(ctx, id, 'withdraw', 'Rút quyết định về dự thảo');
}

/**
 * Records the signature: the next number of the year's register for the decision's code (from 01 each year,
 * assigned only now), the signer as printed, and the units become recognised.
 */
export async function signDecision(
  ctx: ServiceContext,
  id: number,
  signedOn: string,
  signerId: number,
): Promise<Decision> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const d = await getDecision(trx, id);
    const status = transition(d, 'sign')!;
    const draft = await trx.selectFrom('decisions').select('created_at').where('id', '=', id).executeTakeFirstOrThrow();
    checkSigningDate(ctx, signedOn, draft.created_at);
    const signer = await trx.selectFrom('signers').selectAll().where('id', '=', signerId).executeTakeFirst();
    if (!signer || signer.active !== 1)
      throw new DomainError('validation', 'Người ký không có trong danh sách người ký.');
    const settings = await getSettings(trx);
    const numberYear = Number(signedOn.slice(0, 4));
    await trx
      .insertInto('document_register')
      .values({ year: numberYear, code: d.code, last_number: 0 })
      .onConflict((oc) => oc.columns(['year', 'code']).doNothing())
      .execute();
    const reg = await trx
      .updateTable('document_register')
      .set({ last_number: sql`last_number + 1` })
      .where('year', '=', numberYear)
      .where('code', '=', d.code)
      .returning('last_number')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('decisions')
      .set({
        status,
        number: reg.last_number,
        number_year: numberYear,
        signed_on: signedOn,
        signer_name: signer.full_name,
        signer_title: signer.title,
        signing_authority: signer.authority,
        on_behalf_of: signer.authority === 'TM.' ? settings.issuingBodyUpper : 'CHỦ TỊCH',
        ...updated(ctx),
      })
      .where('id', '=', id)
      .execute();
    const number = formatNumberCode({ number: reg.last_number, code: d.code });
    await moveDossiers(trx, ctx, d, `Quyết định số ${number}`);
    await recordAudit(trx, ctx, 'sign', 'decision', id, `Ký quyết định số ${number} ngày ${signedOn}`);
    return getDecision(trx, id);
  });
}

/** The units become recognised; a revocation gives each the status it had before the revoked decision. */
async function moveDossiers(trx: Db, ctx: ServiceContext, d: Decision, reason: string) {
  const campaign = await getCampaign(trx, d.year);
  const before = new Map<number, DossierStatus>();
  if (d.revokesId !== null) {
    const units = await trx
      .selectFrom('decision_units')
      .select(['unit_id', 'previous_status'])
      .where('decision_id', '=', d.revokesId)
      .execute();
    for (const u of units) before.set(u.unit_id, u.previous_status);
  }
  for (const u of d.units) {
    const dossier = await trx
      .selectFrom('dossiers')
      .select(['id', 'status'])
      .where('campaign_id', '=', campaign.id)
      .where('unit_id', '=', u.unitId)
      .executeTakeFirstOrThrow();
    const to: DossierStatus = d.revokesId === null ? 'da_cong_nhan' : (before.get(u.unitId) ?? 'de_nghi');
    await trx
      .updateTable('dossiers')
      .set({ status: to, ...updated(ctx), version: sql`version + 1` })
      .where('id', '=', dossier.id)
      .execute();
    await recordStatusChange(trx, ctx, dossier.id, dossier.status, to, reason);
  }
}
