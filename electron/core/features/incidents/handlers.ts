import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { createIncident, incidentsOfYear, listIncidents, removeIncident } from './service.ts';

export const incidentHandlers: PartialHandlerTable = {
  'incidents.list': async (input, app) =>
    input.year === undefined ? listIncidents(app.store.db) : incidentsOfYear(app.store.db, input.year),
  'incidents.create': async (input, app) => createIncident(serviceContext(app), input),
  'incidents.remove': async (input, app) => removeIncident(serviceContext(app), input.id),
};
