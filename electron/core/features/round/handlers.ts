import { serviceContext, todayOf, type PartialHandlerTable } from '../../api/types.ts';
import { roundOverview } from './overview.ts';
import { bulkRegister, removeRegistration, roundMatches, roundPage, roundRows, saveRegistration } from './service.ts';

export const roundHandlers: PartialHandlerTable = {
  'round.rows': async (input, app) => roundRows(app.store.db, input.year, input.unitIds),
  'round.page': async ({ year, ...q }, app) => roundPage(app.store.db, year, q),
  'round.ids': async ({ year, ...q }, app) => (await roundMatches(app.store.db, year, q)).ids,
  'round.overview': async (input, app) => roundOverview(app.store.db, input.year, todayOf(app)),
  'registrations.save': async ({ year, unitId, ...fields }, app) =>
    saveRegistration(serviceContext(app), year, unitId, fields),
  'registrations.bulk': async (input, app) =>
    bulkRegister(serviceContext(app), input.year, input.unitIds, input.registeredOn, input.allHouseholds),
  'registrations.remove': async (input, app) => removeRegistration(serviceContext(app), input.year, input.unitId),
};
