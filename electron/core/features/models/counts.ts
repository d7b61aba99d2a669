// The national counting rule (Hướng dẫn 22/HD-BCA-V05): each model by name, with its points and teams. The same
// function counts one office's registry and, at the office above, the records of all its communes: a model
// replicated in several communes carries the same name there, so it counts once while its points and teams add up.
import type { ModelCounts } from '#shared/api/modelTypes.ts';
import { modelYearWindow } from '#shared/domain/models.ts';
import type { Db } from '../../context.ts';

export interface CountedModel {
  nameKey: string;
  typeCode: string;
  /** Date of the establishment decision; null while only proposed. */
  establishedOn: string | null;
  retiredOn: string | null;
  /** Years rated with an effective rating. */
  effectiveYears: number[];
  /** Each point with its teams' founding dates (null: not recorded, counted with the point). */
  points: { startedOn: string; endedOn: string | null; teams: (string | null)[] }[];
}

/**
 * For year Y, over the window 16/11 of Y-1 – 15/11 of Y (communes' window): models established by its end and not
 * retired by then, their points live at its end and those points' teams; models rated effective for Y; models
 * retired within it.
 */
export function countModels(year: number, models: readonly CountedModel[]): ModelCounts {
  const w = modelYearWindow(year);
  const names = new Set<string>();
  const effective = new Set<string>();
  const retired = new Set<string>();
  const byType = new Map<string, Set<string>>();
  let points = 0;
  let teams = 0;
  for (const m of models) {
    if (m.establishedOn === null) continue;
    if (m.retiredOn !== null && m.retiredOn >= w.from && m.retiredOn <= w.to) retired.add(m.nameKey);
    if (m.effectiveYears.includes(year)) effective.add(m.nameKey);
    const live = m.establishedOn <= w.to && (m.retiredOn === null || m.retiredOn > w.to);
    if (!live) continue;
    names.add(m.nameKey);
    byType.set(m.typeCode, (byType.get(m.typeCode) ?? new Set()).add(m.nameKey));
    for (const p of m.points) {
      if (p.startedOn > w.to || (p.endedOn !== null && p.endedOn <= w.to)) continue;
      points += 1;
      teams += p.teams.filter((founded) => founded === null || founded <= w.to).length;
    }
  }
  return {
    year,
    models: names.size,
    points,
    teams,
    effective: effective.size,
    retired: retired.size,
    byType: Object.fromEntries([...byType].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v.size])),
  };
}

/** This office's own models as counted records. */
export async function countedModels(db: Db): Promise<CountedModel[]> {
  const models = await db
    .selectFrom('models')
    .select(['id', 'name_key', 'type_code', 'decision_date', 'retired_on'])
    .orderBy('id')
    .execute();
  const reviews = await db
    .selectFrom('model_reviews as r')
    .innerJoin('model_ratings as g', 'g.code', 'r.rating_code')
    .select(['r.model_id', 'r.year'])
    .where('g.effective', '=', 1)
    .execute();
  const points = await db.selectFrom('model_points').select(['id', 'model_id', 'started_on', 'ended_on']).execute();
  const teams = await db.selectFrom('model_teams').select(['point_id', 'founded_on']).execute();
  return models.map((m) => ({
    nameKey: m.name_key,
    typeCode: m.type_code,
    establishedOn: m.decision_date,
    retiredOn: m.retired_on,
    effectiveYears: reviews.filter((r) => r.model_id === m.id).map((r) => r.year),
    points: points
      .filter((p) => p.model_id === m.id)
      .map((p) => ({
        startedOn: p.started_on,
        endedOn: p.ended_on,
        teams: teams.filter((k) => k.point_id === p.id).map((k) => k.founded_on),
      })),
  }));
}

export async function modelCounts(db: Db, year: number): Promise<ModelCounts> {
  return countModels(year, await countedModels(db));
}
