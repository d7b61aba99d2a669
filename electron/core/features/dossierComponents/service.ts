// The office's list of dossier components: which documents a dossier needs, per kind of unit. Codes are stable
// once created, since filed documents point at them; a component no longer wanted is deactivated, not deleted.
// A component marked for Party organisations (the quarter-I resolution) is required only where the unit has one.
import type { DossierComponentSetting } from '#shared/api/roundTypes.ts';
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts';
import { foldKey } from '#shared/text/fold.ts';
import { recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { flag } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';

export async function listComponents(db: Db): Promise<DossierComponentSetting[]> {
  const rows = await db.selectFrom('dossier_components').selectAll().orderBy('sort_order').execute();
  const kinds = await db.selectFrom('dossier_component_kinds').selectAll().where('required', '=', 1).execute();
  return rows.map((r) => {
    const requiredKinds = UNIT_KINDS.filter((k) => kinds.some((x) => x.code === r.code && x.kind === k));
    return {
      code: r.code,
      label: r.label,
      required: requiredKinds.length > 0,
      requiredKinds,
      partyOrganisationOnly: r.party_organisation_only === 1,
      active: r.active === 1,
    };
  });
}

/** Required components of one unit: its kind's, less the resolution where it has no Party organisation. */
export async function requiredFor(db: Db, kind: UnitKind, hasPartyOrganisation: boolean): Promise<Set<string>> {
  const list = await listComponents(db);
  return new Set(
    list
      .filter((c) => c.active && c.requiredKinds.includes(kind) && (hasPartyOrganisation || !c.partyOrganisationOnly))
      .map((c) => c.code),
  );
}

export interface ComponentInput {
  code: string | null;
  label: string;
  required: boolean;
  active: boolean;
  /** Which kinds, when required; left out or empty: every kind. Not required: none. */
  requiredKinds?: UnitKind[];
  partyOrganisationOnly?: boolean;
}

export async function saveComponents(
  ctx: ServiceContext,
  components: ComponentInput[],
): Promise<DossierComponentSetting[]> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const existing = new Set((await trx.selectFrom('dossier_components').select('code').execute()).map((c) => c.code));
    const seen = new Set<string>();
    for (const [order, c] of components.entries()) {
      let code = c.code;
      if (code === null) {
        const base = `tp_${foldKey(c.label).slice(0, 24) || 'khac'}`;
        code = base;
        for (let n = 2; existing.has(code) || seen.has(code); n++) code = `${base}_${n}`;
      } else if (!existing.has(code)) {
        throw new DomainError('validation', `Không có thành phần hồ sơ mã "${code}".`);
      }
      if (seen.has(code)) throw new DomainError('validation', 'Một thành phần hồ sơ bị lặp lại.');
      seen.add(code);
      const kinds = !c.required ? [] : c.requiredKinds?.length ? c.requiredKinds : [...UNIT_KINDS];
      const values = {
        label: c.label,
        required: flag(kinds.length > 0),
        active: flag(c.active),
        sort_order: order,
        ...(c.partyOrganisationOnly === undefined ? {} : { party_organisation_only: flag(c.partyOrganisationOnly) }),
      };
      await trx
        .insertInto('dossier_components')
        .values({ code, ...values })
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .execute();
      await trx.deleteFrom('dossier_component_kinds').where('code', '=', code).execute();
      await trx
        .insertInto('dossier_component_kinds')
        .values(UNIT_KINDS.map((kind) => ({ code: code!, kind, required: kinds.includes(kind) ? 1 : 0 })))
        .execute();
    }
    const missing = [...existing].filter((c) => !seen.has(c));
    if (missing.length > 0) {
      await trx.updateTable('dossier_components').set({ active: 0 }).where('code', 'in', missing).execute();
    }
    await recordAudit(trx, ctx, 'update', 'dossier_components', null, 'Cập nhật thành phần hồ sơ');
    return listComponents(trx);
  });
}
