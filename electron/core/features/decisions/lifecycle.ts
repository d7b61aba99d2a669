// A decision's life: draft -> submitted for signature -> signed with the number the văn thư gave -> issued. Before
// issue a signing can be corrected or cancelled (its number then void). Which step each status allows, and where
// it leads, is one table; every command asks it before acting.
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
import { assertNumberFree, nextFreeNumber, takeNumber, voidNumber } from './numbers.ts';
import { getDecision } from './queries.ts';

export type DecisionAction =
  | 'edit'
  | 'delete'
  | 'submit'
  | 'withdraw'
  | 'sign'
  | 'correctSigning'
  | 'cancelSigning'
  | 'issue'
  | 'revoke'
  | 'attachScan';

/** Status -> the actions it allows -> the status after; null: the decision is gone. */
const TRANSITIONS: Record<DecisionStatus, Partial<Record<DecisionAction, DecisionStatus | null>>> = {
  draft: { edit: 'draft', delete: null, submit: 'submitted' },
  submitted: { withdraw: 'draft', sign: 'signed', delete: null },
  // A revocation is a decision of its own; the revoked one stays exactly as signed.
  signed: {
    issue: 'issued',
    revoke: 'signed',
    attachScan: 'signed',
    correctSigning: 'signed',
    cancelSigning: 'submitted',
  },
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
  correctSigning: (s) =>
    s === 'issued'
      ? 'Quyết định đã ban hành thì không sửa việc ký được nữa; nếu cần, hãy lập quyết định thu hồi.'
      : 'Chỉ sửa được việc ký của quyết định đã ký, chưa ban hành.',
  cancelSigning: (s) =>
    s === 'issued'
      ? 'Quyết định đã ban hành thì không hủy việc ký được nữa; nếu cần, hãy lập quyết định thu hồi.'
      : 'Chỉ hủy được việc ký của quyết định đã ký, chưa ban hành.',
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

export interface Signing {
  signedOn: string;
  signerId: number;
  /** The number the văn thư gave; without it (the demo, older callers) the register's next free number. */
  number?: number | undefined;
}

/** The signer as printed, and the number's year and number checked against the register. */
async function checkedSigning(trx: Db, ctx: ServiceContext, d: Decision, signing: Signing) {
  const draft = await trx.selectFrom('decisions').select('created_at').where('id', '=', d.id).executeTakeFirstOrThrow();
  checkSigningDate(ctx, signing.signedOn, draft.created_at);
  const signer = await trx.selectFrom('signers').selectAll().where('id', '=', signing.signerId).executeTakeFirst();
  if (!signer || signer.active !== 1) {
    const message = 'Người ký không có trong danh sách người ký.';
    throw new DomainError('validation', message, [{ path: 'signerId', message }]);
  }
  const numberYear = Number(signing.signedOn.slice(0, 4));
  const number = signing.number ?? (await nextFreeNumber(trx, numberYear, d.code));
  await assertNumberFree(trx, numberYear, d.code, number, d.id);
  await takeNumber(trx, numberYear, d.code, number);
  const settings = await getSettings(trx);
  return {
    number,
    number_year: numberYear,
    signed_on: signing.signedOn,
    signer_name: signer.full_name,
    signer_title: signer.title,
    signing_authority: signer.authority,
    on_behalf_of: signer.authority === 'TM.' ? settings.issuingBodyUpper : 'CHỦ TỊCH',
  };
}

/**
 * Records the signature: the number the văn thư gave (refused when already used that year), the signer as
 * printed, and the units become recognised.
 */
export async function signDecision(ctx: ServiceContext, id: number, signing: Signing): Promise<Decision> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const d = await getDecision(trx, id);
    const status = transition(d, 'sign')!;
    const fields = await checkedSigning(trx, ctx, d, signing);
    await trx
      .updateTable('decisions')
      .set({ status, ...fields, ...updated(ctx) })
      .where('id', '=', id)
      .execute();
    const number = formatNumberCode({ number: fields.number, code: d.code });
    await moveDossiers(trx, ctx, d, `Quyết định số ${number}`);
    await recordAudit(trx, ctx, 'sign', 'decision', id, `Ký quyết định số ${number} ngày ${signing.signedOn}`);
    return getDecision(trx, id);
  });
}

/** The signed number and date of a decision, as the register holds them. */
function signedNumber(d: Decision) {
  return { year: Number(d.signedOn!.slice(0, 4)), number: d.number!, signedOn: d.signedOn! };
}

/**
 * Corrects a recorded signing before issue (a mistyped date, signer or number). A changed number leaves the old
 * one void in the register with the reason.
 */
export async function correctSigning(
  ctx: ServiceContext,
  id: number,
  signing: Required<Signing>,
  reason: string,
): Promise<Decision> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const d = await getDecision(trx, id);
    transition(d, 'correctSigning');
    const before = signedNumber(d);
    const fields = await checkedSigning(trx, ctx, d, signing);
    const renumbered = fields.number !== before.number || fields.number_year !== before.year;
    if (renumbered) await voidNumber(trx, ctx, d, before, reason);
    await trx
      .updateTable('decisions')
      .set({ ...fields, ...updated(ctx) })
      .where('id', '=', id)
      .execute();
    const was = formatNumberCode({ number: before.number, code: d.code });
    const now = formatNumberCode({ number: fields.number, code: d.code });
    const summary = renumbered
      ? `Sửa việc ký: số ${was} ngày ${before.signedOn} thành số ${now} ngày ${signing.signedOn} (số ${was} bị hủy). Lý do: ${reason}`
      : `Sửa việc ký quyết định số ${now}: ngày ${signing.signedOn}. Lý do: ${reason}`;
    await recordAudit(trx, ctx, 'correct-signing', 'decision', id, summary);
    return getDecision(trx, id);
  });
}

/**
 * Cancels a recorded signing before issue: the decision is back to "submitted", its number void in the register
 * (never given again) and its units back to the status they had before it.
 */
export async function cancelSigning(ctx: ServiceContext, id: number, reason: string): Promise<Decision> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const d = await getDecision(trx, id);
    const status = transition(d, 'cancelSigning')!;
    if (d.revokedById !== null) {
      throw new DomainError('conflict', 'Quyết định đã có quyết định thu hồi; không hủy việc ký được.');
    }
    if (d.scans.length > 0) {
      throw new DomainError(
        'conflict',
        'Quyết định đã có bản quét bản giấy đã ký; không hủy việc ký được. Nếu số hoặc ngày ghi sai, hãy dùng "Sửa việc ký".',
      );
    }
    const before = signedNumber(d);
    // Voided first: the database lets a number leave a signed decision only once the register holds it as void.
    await voidNumber(trx, ctx, d, before, reason);
    await trx
      .updateTable('decisions')
      .set({
        status,
        number: null,
        number_year: null,
        signed_on: null,
        signer_name: null,
        signer_title: null,
        signing_authority: null,
        on_behalf_of: null,
        ...updated(ctx),
      })
      .where('id', '=', id)
      .execute();
    const number = formatNumberCode({ number: before.number, code: d.code });
    await restoreDossiers(trx, ctx, d, `Hủy việc ký quyết định số ${number}: ${reason}`);
    await recordAudit(
      trx,
      ctx,
      'cancel-signing',
      'decision',
      id,
      `Hủy việc ký quyết định số ${number}. Lý do: ${reason}`,
    );
    return getDecision(trx, id);
  });
}

/** Each unit's dossier back to the status it had when the decision was drafted. */
async function restoreDossiers(trx: Db, ctx: ServiceContext, d: Decision, reason: string) {
  const campaign = await getCampaign(trx, d.year);
  const units = await trx
    .selectFrom('decision_units as du')
    .innerJoin('dossiers as ds', (j) => j.onRef('ds.unit_id', '=', 'du.unit_id').on('ds.campaign_id', '=', campaign.id))
    .select(['ds.id', 'ds.status', 'du.previous_status'])
    .where('du.decision_id', '=', d.id)
    .execute();
  for (const u of units) {
    await trx
      .updateTable('dossiers')
      .set({ status: u.previous_status, ...updated(ctx), version: sql`version + 1` })
      .where('id', '=', u.id)
      .execute();
    await recordStatusChange(trx, ctx, u.id, u.status, u.previous_status, reason);
  }
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
