// Round rows -> the API's Registration and RoundRow, in one place for the grid, the dossier and appraisal.
import type { Selectable } from 'kysely';
import type { Registration, RoundRow } from '#shared/api/roundTypes.ts';
import type { AppraisalResult, RoundStatus } from '#shared/domain/round.ts';
import type { UnitKind, UnitSubtype } from '#shared/domain/units.ts';
import type { ExcludedKind } from '#shared/domain/competence.ts';
import type { Audited, Flag, RegistrationsTable } from '../../db/schema.ts';

type RegistrationRow = Omit<Selectable<RegistrationsTable>, 'campaign_id' | 'unit_id' | keyof Audited>;

export function toRegistration(r: RegistrationRow): Registration {
  return {
    id: r.id,
    registeredOn: r.registered_on,
    resolutionNumber: r.resolution_number,
    resolutionDate: r.resolution_date,
    householdsRegistered: r.households_registered,
    householdsTotal: r.households_total,
    note: r.note,
    planNumber: r.plan_number,
    planDate: r.plan_date,
    excludedReason: r.excluded_reason,
  };
}

export interface RoundRowRaw {
  unit_id: number;
  kind: UnitKind;
  name: string;
  subtype: UnitSubtype | null;
  parent_name: string | null;
  households: number | null;
  excluded_kind: ExcludedKind | null;
  status: RoundStatus;
  result: AppraisalResult | null;
  overridden: Flag;
  registration_id: number | null;
  registered_on: string | null;
  resolution_number: string | null;
  resolution_date: string | null;
  households_registered: number | null;
  households_total: number | null;
  registration_note: string | null;
  plan_number: string | null;
  plan_date: string | null;
  registration_excluded_reason: string | null;
  dossier_id: number | null;
  received_on: string | null;
  components_present: number;
  components_required: number;
  incident_count: number;
}

export function toRoundRow(r: RoundRowRaw): RoundRow {
  return {
    unitId: r.unit_id,
    unitName: r.name,
    kind: r.kind,
    subtype: r.subtype,
    parentName: r.parent_name,
    households: r.households,
    excludedKind: r.excluded_kind,
    status: r.status,
    registration:
      r.registration_id === null
        ? null
        : toRegistration({
            id: r.registration_id,
            registered_on: r.registered_on!,
            resolution_number: r.resolution_number,
            resolution_date: r.resolution_date,
            households_registered: r.households_registered,
            households_total: r.households_total,
            note: r.registration_note,
            plan_number: r.plan_number,
            plan_date: r.plan_date,
            excluded_reason: r.registration_excluded_reason,
          }),
    dossierId: r.dossier_id,
    receivedOn: r.received_on,
    componentsPresent: r.components_present,
    componentsRequired: r.components_required,
    result: r.result,
    overridden: r.overridden === 1,
    incidentCount: r.incident_count,
  };
}
