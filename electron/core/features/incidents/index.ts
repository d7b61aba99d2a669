// What other features use of incidents/; everything else in the folder is its own.
export { communeAreaUnitIds } from './area.ts';
export { createIncident, listIncidents } from './service.ts';
