// The year's document register for one code: the numbers the văn thư gave (typed at signing), the next free one
// the app suggests, and the numbers voided before issue, which are shown as void and never given again.
import type { RegisterEntry } from '#shared/api/decisionTypes.ts';
import { formatNumberCode } from '#shared/documents/format.ts';
import { nowIso, type Db, type ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';

/** The highest number given or voided in a year's register for a code (0 when none). */
async function highestNumber(db: Db, year: number, code: string): Promise<number> {
  const [register, given, voided] = await Promise.all([
    db
      .selectFrom('document_register')
      .select('last_number')
      .where('year', '=', year)
      .where('code', '=', code)
      .executeTakeFirst(),
    db
      .selectFrom('decisions')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('number_year', '=', year)
      .where('code', '=', code)
      .executeTakeFirst(),
    db
      .selectFrom('voided_numbers')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('year', '=', year)
      .where('code', '=', code)
      .executeTakeFirst(),
  ]);
  return Math.max(register?.last_number ?? 0, Number(given?.n ?? 0), Number(voided?.n ?? 0));
}

/** What the app suggests at signing: one above the highest number of the year's register. */
export async function nextFreeNumber(db: Db, year: number, code: string): Promise<number> {
  return (await highestNumber(db, year, code)) + 1;
}

/** Refuses a number already given that year (to another decision, or voided), with the field to correct. */
export async function assertNumberFree(
  db: Db,
  year: number,
  code: string,
  number: number,
  exceptDecisionId: number | null,
): Promise<void> {
  const taken = await db
    .selectFrom('decisions')
    .select('id')
    .where('number_year', '=', year)
    .where('code', '=', code)
    .where('number', '=', number)
    .$if(exceptDecisionId !== null, (q) => q.where('id', '!=', exceptDecisionId!))
    .executeTakeFirst();
  const voided = await db
    .selectFrom('voided_numbers')
    .select('reason')
    .where('year', '=', year)
    .where('code', '=', code)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!taken && !voided) return;
  const label = formatNumberCode({ number, code });
  const message = voided
    ? `Số ${label} năm ${year} đã bị hủy (${voided.reason}); số đã hủy không dùng lại. Hãy nhập số văn thư cấp.`
    : `Số ${label} năm ${year} đã dùng cho quyết định khác. Hãy nhập số văn thư cấp.`;
  throw new DomainError('conflict', message, [{ path: 'number', message }]);
}

/** Records a number as given: the register's highest number follows it. */
export async function takeNumber(db: Db, year: number, code: string, number: number): Promise<void> {
  await db
    .insertInto('document_register')
    .values({ year, code, last_number: number })
    .onConflict((oc) =>
      oc.columns(['year', 'code']).doUpdateSet((eb) => ({
        last_number: eb.fn('max', [eb.ref('document_register.last_number'), eb.val(number)]),
      })),
    )
    .execute();
}

/** Voids a decision's number, with the reason, so the register shows it void and it is never given again. */
export async function voidNumber(
  db: Db,
  ctx: ServiceContext,
  d: { id: number; code: string; subject: string },
  signed: { year: number; number: number; signedOn: string },
  reason: string,
): Promise<void> {
  await db
    .insertInto('voided_numbers')
    .values({
      year: signed.year,
      code: d.code,
      number: signed.number,
      decision_id: d.id,
      subject: d.subject,
      signed_on: signed.signedOn,
      reason,
      voided_at: nowIso(ctx),
      voided_by: ctx.actor,
    })
    .execute();
}

/** A year's register: every number given to a decision or voided, in number order, per code. */
export async function documentRegister(db: Db, year: number): Promise<RegisterEntry[]> {
  const given = await db
    .selectFrom('decisions')
    .select(['id', 'code', 'number', 'signed_on', 'subject', 'status'])
    .where('number_year', '=', year)
    .where('number', 'is not', null)
    .execute();
  const voided = await db
    .selectFrom('voided_numbers as v')
    .leftJoin('users as u', 'u.username', 'v.voided_by')
    .select(['v.code', 'v.number', 'v.decision_id', 'v.subject', 'v.signed_on', 'v.reason', 'v.voided_at'])
    .select((eb) => eb.fn.coalesce('u.full_name', 'v.voided_by').as('voided_by'))
    .where('v.year', '=', year)
    .execute();
  const entries: RegisterEntry[] = [
    ...given.map((g) => ({
      year,
      code: g.code,
      number: g.number!,
      label: formatNumberCode({ number: g.number!, code: g.code }),
      decisionId: g.id,
      subject: g.subject,
      signedOn: g.signed_on!,
      voided: null,
    })),
    ...voided.map((v) => ({
      year,
      code: v.code,
      number: v.number,
      label: formatNumberCode({ number: v.number, code: v.code }),
      decisionId: v.decision_id,
      subject: v.subject,
      signedOn: v.signed_on,
      voided: { reason: v.reason, at: v.voided_at, by: v.voided_by },
    })),
  ];
  return entries.sort((a, b) => a.code.localeCompare(b.code) || a.number - b.number);
}
