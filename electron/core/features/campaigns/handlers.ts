import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { createCriteriaSetVersion, findCampaign, listCriteriaSets, openCampaign, updateCampaign } from './service.ts';

export const campaignHandlers: PartialHandlerTable = {
  'campaigns.get': async (input, app) => findCampaign(app.store.db, input.year),
  'campaigns.open': async (input, app) => openCampaign(serviceContext(app), input.year),
  'campaigns.update': async (input, app) =>
    updateCampaign(serviceContext(app), input.year, input.criteriaSetId, input.windows),
  'criteria.sets': async (_input, app) => listCriteriaSets(app.store.db),
  'criteria.createVersion': async (input, app) =>
    createCriteriaSetVersion(serviceContext(app), input.baseSetId, input.note, input.criteria),
};
