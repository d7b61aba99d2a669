// Office settings: the names exactly as printed on documents, document codes and signers.
import type { z } from 'zod';
import type { OfficeLevel, SigningAuthority } from '#shared/domain/accounts.ts';
import type { officeSettingsInputSchema } from '#shared/api/schemas.ts';
import type { OfficeSettings, Signer } from '#shared/api/types.ts';
import { created, nowIso, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { notFound } from '../../errors.ts';

export type OfficeSettingsInput = z.output<typeof officeSettingsInputSchema>;

export async function findSettings(db: Db): Promise<OfficeSettings | null> {
  const row = await db.selectFrom('office_settings').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  const signers = await db.selectFrom('signers').selectAll().orderBy('sort_order').orderBy('id').execute();
  return {
    level: row.level as OfficeLevel,
    issuingBodyUpper: row.issuing_body_upper,
    localityUpper: row.locality_upper,
    placeName: row.place_name,
    provinceName: row.province_name,
    committeeName: row.committee_name,
    standingOfficeName: row.standing_office_name,
    decisionCode: row.decision_code,
    proposalCode: row.proposal_code,
    archiveCode: row.archive_code,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    signers: signers.map((s): Signer => ({
      id: s.id,
      fullName: s.full_name,
      title: s.title,
      authority: s.authority as SigningAuthority,
      isDefault: s.is_default === 1,
      active: s.active === 1,
    })),
  };
}

export async function getSettings(db: Db): Promise<OfficeSettings> {
  const settings = await findSettings(db);
  if (!settings) throw notFound('thông tin cơ quan (hãy hoàn tất bước thiết lập ban đầu)');
  return settings;
}

/** Saves settings and signers in the caller's transaction. Signers left out are deactivated, never deleted. */
export async function saveSettings(db: Db, ctx: ServiceContext, input: OfficeSettingsInput): Promise<OfficeSettings> {
  const values = {
    level: input.level,
    issuing_body_upper: input.issuingBodyUpper,
    locality_upper: input.localityUpper,
    place_name: input.placeName,
    province_name: input.provinceName,
    committee_name: input.committeeName,
    standing_office_name: input.standingOfficeName,
    decision_code: input.decisionCode,
    proposal_code: input.proposalCode,
    archive_code: input.archiveCode,
    updated_at: nowIso(ctx),
    updated_by: ctx.actor,
  };
  await db
    .insertInto('office_settings')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();

  // Clear the default first so the partial unique index never sees two defaults mid-update.
  await db.updateTable('signers').set({ is_default: 0 }).where('is_default', '=', 1).execute();
  const kept: number[] = [];
  for (const [order, s] of input.signers.entries()) {
    const fields = {
      full_name: s.fullName,
      title: s.title,
      authority: s.authority,
      is_default: s.isDefault ? 1 : 0,
      active: s.active ? 1 : 0,
      sort_order: order,
    };
    if (s.id !== undefined) {
      const res = await db
        .updateTable('signers')
        .set({ ...fields, ...updated(ctx) })
        .where('id', '=', s.id)
        .executeTakeFirst();
      if (res.numUpdatedRows === 0n) throw notFound('người ký');
      kept.push(s.id);
    } else {
      const { id } = await db
        .insertInto('signers')
        .values({ ...fields, ...created(ctx) })
        .returning('id')
        .executeTakeFirstOrThrow();
      kept.push(id);
    }
  }
  let retire = db
    .updateTable('signers')
    .set({ active: 0, ...updated(ctx) })
    .where('active', '=', 1);
  if (kept.length > 0) retire = retire.where('id', 'not in', kept);
  await retire.execute();
  await recordAudit(db, ctx, 'update', 'office_settings', 1, `Cập nhật thông tin cơ quan: ${input.localityUpper}`);
  return getSettings(db);
}

/** saveSettings in a transaction of its own. */
export async function updateSettings(ctx: ServiceContext, input: OfficeSettingsInput): Promise<OfficeSettings> {
  return ctx.store.db.transaction().execute((trx) => saveSettings(trx, ctx, input));
}
