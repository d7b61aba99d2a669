import { localIsoDate } from '#shared/text/dates.ts';
import { serviceContext, todayOf, type PartialHandlerTable } from '../../api/types.ts';
import { writeTableXlsx } from '../../fs/tableXlsx.ts';
import { getSettings } from '../settings/index.ts';
import { roundWorkbook } from './exportXlsx.ts';
import { roundOverview } from './overview.ts';
import {
  bulkRegister,
  removeRegistration,
  roundList,
  roundMatches,
  roundPage,
  roundRows,
  saveRegistration,
} from './service.ts';

export const roundHandlers: PartialHandlerTable = {
  'round.rows': async (input, app) => roundRows(app.store.db, input.year, input.unitIds),
  'round.page': async ({ year, ...q }, app) => roundPage(app.store.db, year, q),
  'round.ids': async ({ year, ...q }, app) => (await roundMatches(app.store.db, year, q)).ids,
  'round.exportXlsx': async ({ year, ...q }, app) => {
    const rows = await roundList(app.store.db, year, q);
    const settings = await getSettings(app.store.db);
    const target = await app.host.pickSavePath(`Dot xet nam ${year} ${localIsoDate(app.now())}.xlsx`, {
      name: 'Excel',
      extensions: ['xlsx'],
    });
    if (!target) return null;
    writeTableXlsx(
      target,
      roundWorkbook(rows, `DANH SÁCH ĐƠN VỊ TRONG ĐỢT XÉT NĂM ${year} - ${settings.localityUpper}`),
    );
    return { fileName: target.split(/[\\/]/).pop() ?? target, count: rows.length };
  },
  'round.overview': async (input, app) => roundOverview(app.store.db, input.year, todayOf(app)),
  'registrations.save': async ({ year, unitId, ...fields }, app) =>
    saveRegistration(serviceContext(app), year, unitId, fields),
  'registrations.bulk': async (input, app) =>
    bulkRegister(serviceContext(app), input.year, input.unitIds, input.registeredOn, input.allHouseholds),
  'registrations.remove': async (input, app) => removeRegistration(serviceContext(app), input.year, input.unitId),
};
