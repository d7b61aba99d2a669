// Campaign and criteria rows -> the API's objects, in one place for campaigns, criteria sets and their incidents.
import type { Selectable } from 'kysely';
import type { CampaignWindow, Criterion } from '#shared/api/roundTypes.ts';
import type { CriterionIncidentCategory } from '#shared/domain/incidentCriteria.ts';
import { defaultWindow } from '#shared/domain/round.ts';
import type { UnitKind } from '#shared/domain/units.ts';
import type { CampaignWindowsTable, CriteriaTable, CriterionIncidentCategoriesTable } from '../../db/schema.ts';

type CriterionRow = Omit<Selectable<CriteriaTable>, 'sort_order'>;
type IncidentCategoryRow = Omit<Selectable<CriterionIncidentCategoriesTable>, 'criterion_id'>;

export function toCriterion(r: CriterionRow, incidentCategories: CriterionIncidentCategory[] = []): Criterion {
  return {
    id: r.id,
    setId: r.set_id,
    kind: r.kind,
    code: r.code,
    text: r.text,
    origin: r.origin,
    confirmed: r.confirmed === 1,
    autoRule: r.auto_rule,
    incidentSensitive: r.incident_sensitive === 1,
    incidentCategories,
  };
}

export function toIncidentCategory(r: IncidentCategoryRow): CriterionIncidentCategory {
  return { category: r.category, effect: r.effect, confirmed: r.confirmed === 1 };
}

/** A kind's window of a year: as saved, each date missing from the row taken from the default window. */
export function toCampaignWindow(
  kind: UnitKind,
  year: number,
  w: Selectable<CampaignWindowsTable> | undefined,
): CampaignWindow {
  const d = defaultWindow(kind, year);
  return {
    kind,
    windowFrom: w?.window_from ?? d.windowFrom,
    windowTo: w?.window_to ?? d.windowTo,
    registrationDeadline: w?.registration_deadline ?? d.registrationDeadline,
    dossierDeadline: w?.dossier_deadline ?? d.dossierDeadline,
    decisionDeadline: w?.decision_deadline ?? d.decisionDeadline,
  };
}
