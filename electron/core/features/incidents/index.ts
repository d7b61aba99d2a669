// What other features use of incidents/; everything else in the folder is its own.
export { createIncident, listIncidents } from './service.ts';
