// Incident rows -> the API's Incident.
import type { Selectable } from 'kysely';
import type { Incident } from '#shared/api/roundTypes.ts';
import type { IncidentsTable, UnitsTable } from '../../db/schema.ts';

type IncidentRow = Selectable<IncidentsTable> & Pick<Selectable<UnitsTable>, 'name'>;

export function toIncident(r: IncidentRow): Incident {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.name,
    occurredOn: r.occurred_on,
    category: r.category,
    note: r.note,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}
