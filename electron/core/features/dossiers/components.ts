// The office's list of dossier components: which documents a dossier needs. Codes are stable once created,
// since filed documents point at them; a component no longer wanted is deactivated, not deleted.
import type { DossierComponentSetting } from '#shared/api/roundTypes.ts';
import { foldKey } from '#shared/text/fold.ts';
import { recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';

export async function listComponents(db: Db): Promise<DossierComponentSetting[]> {
  const rows = await db.selectFrom('dossier_components').selectAll().orderBy('sort_order').execute();
  return rows.map((r) => ({ code: r.code, label: r.label, required: r.required === 1, active: r.active === 1 }));
}

export async function saveComponents(
  ctx: ServiceContext,
  components: { code: string | null; label: string; required: boolean; active: boolean }[],
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
      const values = { label: c.label, required: c.required ? 1 : 0, active: c.active ? 1 : 0, sort_order: order };
      await trx
        .insertInto('dossier_components')
        .values({ code, ...values })
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
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
