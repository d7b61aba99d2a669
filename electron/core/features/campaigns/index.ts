// What other features use of campaigns/; everything else in the folder is its own.
export {
  criteriaOfSet,
  ensureCampaign,
  findCampaign,
  getCampaign,
  insertCriteria,
  openCampaign,
  updateCampaign,
} from './service.ts';
