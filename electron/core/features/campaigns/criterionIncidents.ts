// The incident categories of each criterion: read with the criteria, written with them, carried to new versions.
import { defaultIncidentCategories, type CriterionIncidentCategory } from '#shared/domain/incidentCriteria.ts';
import { INCIDENT_CATEGORIES } from '#shared/domain/round.ts';
import type { UnitKind } from '#shared/domain/units.ts';
import type { Db } from '../../context.ts';
import { flag } from '../../db/schema.ts';
import { toIncidentCategory } from './mapper.ts';

/** Criterion id -> its categories, for the criteria of the given sets. */
export async function incidentCategoriesOf(
  db: Db,
  setIds: readonly number[],
): Promise<Map<number, CriterionIncidentCategory[]>> {
  const result = new Map<number, CriterionIncidentCategory[]>();
  if (setIds.length === 0) return result;
  const rows = await db
    .selectFrom('criterion_incident_categories as m')
    .innerJoin('criteria as c', 'c.id', 'm.criterion_id')
    .select(['m.criterion_id', 'm.category', 'm.effect', 'm.confirmed'])
    .where('c.set_id', 'in', setIds)
    .orderBy('m.criterion_id')
    .execute();
  // In the order the categories are listed everywhere else, not alphabetically.
  rows.sort(
    (a, b) =>
      a.criterion_id - b.criterion_id ||
      INCIDENT_CATEGORIES.indexOf(a.category) - INCIDENT_CATEGORIES.indexOf(b.category),
  );
  for (const r of rows) {
    const list = result.get(r.criterion_id) ?? [];
    list.push(toIncidentCategory(r));
    result.set(r.criterion_id, list);
  }
  return result;
}

export interface MappedCriterion {
  kind: UnitKind;
  code: string;
  incidentSensitive: boolean;
  incidentCategories?: readonly CriterionIncidentCategory[] | undefined;
}

/**
 * A criterion's categories: as given; else those of the base set's criterion with the same kind and code; else
 * the shipped mapping for its code (every category when it is incident-sensitive and its code unknown).
 */
export function resolveIncidentCategories(
  c: MappedCriterion,
  base: ReadonlyMap<string, readonly CriterionIncidentCategory[]>,
): readonly CriterionIncidentCategory[] {
  if (c.incidentCategories) return c.incidentCategories;
  if (!c.incidentSensitive) return [];
  const inherited = base.get(`${c.kind}:${c.code}`);
  if (inherited && inherited.length > 0) return inherited;
  return defaultIncidentCategories(c.kind, c.code, true);
}

/** kind:code -> categories of a set's criteria, for carrying them into a version made from it. */
export async function incidentCategoriesByCode(
  db: Db,
  setId: number | null,
): Promise<Map<string, CriterionIncidentCategory[]>> {
  if (setId === null) return new Map();
  const mapping = await incidentCategoriesOf(db, [setId]);
  const criteria = await db.selectFrom('criteria').select(['id', 'kind', 'code']).where('set_id', '=', setId).execute();
  return new Map(criteria.map((c) => [`${c.kind}:${c.code}`, mapping.get(c.id) ?? []]));
}

export async function insertIncidentCategories(
  trx: Db,
  rows: { criterionId: number; categories: readonly CriterionIncidentCategory[] }[],
): Promise<void> {
  const values = rows.flatMap((r) =>
    r.categories.map((m) => ({
      criterion_id: r.criterionId,
      category: m.category,
      effect: m.effect,
      confirmed: flag(m.confirmed),
    })),
  );
  if (values.length > 0) await trx.insertInto('criterion_incident_categories').values(values).execute();
}
