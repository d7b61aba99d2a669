import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { rateTeams, teamRatingSheet } from './rating.ts';
import { createSecurityTeam, listSecurityTeams, updateSecurityTeam } from './service.ts';

export const securityTeamHandlers: PartialHandlerTable = {
  'securityTeams.list': async (_input, app) => listSecurityTeams(app.store.db),
  'securityTeams.create': async (input, app) => createSecurityTeam(serviceContext(app), input),
  'securityTeams.update': async (input, app) => updateSecurityTeam(serviceContext(app), input.id, input.fields),
  'securityTeams.ratingSheet': async (input, app) => teamRatingSheet(app.store.db, input.year),
  'securityTeams.rate': async (input, app) => rateTeams(serviceContext(app), input),
};
