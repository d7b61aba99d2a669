// Fills a data folder with the demo commune. Safe to run again: settings are kept, existing units skipped.
import { officeSettingsInputSchema } from '#shared/api/schemas.ts';
import { foldKey } from '#shared/text/fold.ts';
import { created, recordAudit, type ServiceContext } from '../../context.ts';
import { findSettings, saveSettings } from '../settings/index.ts';
import { newUid, toColumns } from '../units/index.ts';
import { DEMO_COMMUNE, DEMO_OFFICE, demoUnits } from './data.ts';
import { seedDemoModels } from './models.ts';
import { seedDemoRound } from './round.ts';

export interface DemoResult {
  settingsCreated: boolean;
  unitsCreated: number;
  unitsTotal: number;
  roundCreated: boolean;
}

/** Marks the data folder's data as the demo's sample, to be cleared before real use. */
export async function markSampleData(ctx: ServiceContext): Promise<void> {
  await ctx.store.db.updateTable('office_settings').set({ sample_data: 1 }).execute();
}

export async function seedDemo(ctx: ServiceContext, year: number): Promise<DemoResult> {
  const result = await seedDemoUnits(ctx);
  const round = await seedDemoRound(ctx, year);
  await seedDemoModels(ctx, year);
  // Only a folder the demo set up is sample data; demo units added to an office's own data are not marked.
  if (result.settingsCreated) await markSampleData(ctx);
  return { ...result, roundCreated: round.created };
}

/** Settings and units only: what the first schema version holds. */
export async function seedDemoUnits(ctx: ServiceContext): Promise<Omit<DemoResult, 'roundCreated'>> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const settingsCreated = (await findSettings(trx)) === null;
    if (settingsCreated) await saveSettings(trx, ctx, officeSettingsInputSchema.parse(DEMO_OFFICE));

    const existing = new Map(
      (await trx.selectFrom('units').select(['id', 'kind', 'name_key']).execute()).map((r) => [
        `${r.kind}:${r.name_key}`,
        r.id,
      ]),
    );
    const idOf = (kind: string, name: string) => existing.get(`${kind}:${foldKey(name)}`);
    let unitsCreated = 0;
    const insert = async (values: Parameters<typeof toColumns>[0]) => {
      const found = idOf(values.kind, values.name);
      if (found !== undefined) return found;
      const { id } = await trx
        .insertInto('units')
        .values({ uid: newUid(), ...toColumns(values), ...created(ctx) })
        .returning('id')
        .executeTakeFirstOrThrow();
      existing.set(`${values.kind}:${foldKey(values.name)}`, id);
      unitsCreated++;
      return id;
    };
    const blank = { parentId: null, notes: null, activeFrom: null, activeUntil: null, mergedIntoId: null };
    const communeId = await insert({
      ...blank,
      kind: 'xa_phuong',
      subtype: DEMO_COMMUNE.subtype,
      name: DEMO_COMMUNE.name,
      address: DEMO_COMMUNE.address,
      headName: null,
      headPhone: null,
      households: null,
      population: null,
    });
    const units = demoUnits();
    for (const u of units.filter((x) => !x.merged)) {
      await insert({ ...blank, ...u, parentId: communeId });
    }
    for (const u of units.filter((x) => x.merged)) {
      await insert({
        ...blank,
        ...u,
        parentId: communeId,
        activeUntil: u.merged!.until,
        mergedIntoId: idOf('khu_dan_cu', u.merged!.into) ?? null,
        notes: `Sáp nhập vào ${u.merged!.into} từ ngày 01/07/2025.`,
      });
    }
    const total = await trx
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, 'demo', 'unit', null, `Tạo dữ liệu mẫu: ${unitsCreated} đơn vị`);
    return { settingsCreated, unitsCreated, unitsTotal: Number(total.n) };
  });
}
