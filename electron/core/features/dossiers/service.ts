// A unit's dossier for a year, opened on demand: the campaign and the dossier are created when missing.
import type { ServiceContext } from '../../context.ts';
import { ensureCampaign } from '../campaigns/index.ts';
import { ensureDossier } from '../round/index.ts';

/** The dossier id of a unit for a year, creating the campaign and the (not yet received) dossier when missing. */
export async function openDossier(ctx: ServiceContext, year: number, unitId: number): Promise<number> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const campaign = await ensureCampaign(trx, ctx, year);
    return (await ensureDossier(trx, ctx, campaign.id, unitId)).id;
  });
}
