// What other features use of campaigns/; everything else in the folder is its own.
export { incidentCategoriesOf } from './criterionIncidents.ts';
export {
  criteriaOfSet,
  ensureCampaign,
  findCampaign,
  getCampaign,
  insertCriteria,
  openCampaign,
  updateCampaign,
} from './service.ts';
