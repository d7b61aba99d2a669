// Which models a unit has in an evaluation window, for criterion 1 of communes, agencies, enterprises and schools:
// the models it belongs to, or applies at a point, that were in operation in the window, and their rating.
import type { Db } from '../../context.ts';

export interface UnitModelStanding {
  id: number;
  name: string;
  launchedOn: string;
  retiredOn: string | null;
  /** The year's rating label, or null when not rated yet. */
  rating: string | null;
  effective: boolean;
}

/** Whether the office keeps its models in the registry at all: until it does, the registry says nothing. */
export async function registryInUse(db: Db): Promise<boolean> {
  return (
    (await db
      .selectFrom('models')
      .select('id')
      .where('decision_number', 'is not', null)
      .limit(1)
      .executeTakeFirst()) !== undefined
  );
}

export async function unitModelsInWindow(
  db: Db,
  unitIds: readonly number[],
  window: { from: string; to: string },
  year: number,
): Promise<UnitModelStanding[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('models as m')
    .leftJoin('model_reviews as r', (j) => j.onRef('r.model_id', '=', 'm.id').on('r.year', '=', year))
    .leftJoin('model_ratings as g', 'g.code', 'r.rating_code')
    .select(['m.id', 'm.name', 'm.launched_on', 'm.retired_on', 'g.label', 'g.effective'])
    .where('m.launched_on', 'is not', null)
    .where('m.launched_on', '<=', window.to)
    .where((eb) => eb.or([eb('m.retired_on', 'is', null), eb('m.retired_on', '>=', window.from)]))
    .where((eb) =>
      eb.or([
        eb('m.id', 'in', eb.selectFrom('model_units').select('model_id').where('unit_id', 'in', unitIds)),
        eb(
          'm.id',
          'in',
          eb
            .selectFrom('model_points')
            .select('model_id')
            .where('unit_id', 'in', unitIds)
            .where('started_on', '<=', window.to)
            .where((e) => e.or([e('ended_on', 'is', null), e('ended_on', '>=', window.from)])),
        ),
      ]),
    )
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    launchedOn: r.launched_on!,
    retiredOn: r.retired_on,
    rating: r.label,
    effective: r.effective === 1,
  }));
}
