import { localIsoDate } from '#shared/text/dates.ts';
import { serviceContext, type AppContext, type PartialHandlerTable } from '../../api/types.ts';
import { getSettings } from '../settings/index.ts';
import { exportUnitsXlsx } from './exportXlsx.ts';
import { createUnit, getUnit, queryUnits, queryUnitsPage, removeUnit, sameNameUnits, updateUnit } from './service.ts';

function statusFilter(status: 'all' | 'active' | 'ended', app: AppContext) {
  const today = localIsoDate(app.now());
  return status === 'active' ? { activeOn: today } : status === 'ended' ? { endedBefore: today } : {};
}

export const unitHandlers: PartialHandlerTable = {
  'units.list': async (input, app) =>
    queryUnits(app.store.db, input.includeInactive ? {} : { activeOn: localIsoDate(app.now()) }),
  'units.page': async ({ status, ...q }, app) => queryUnitsPage(app.store.db, { ...q, ...statusFilter(status, app) }),
  'units.get': async (input, app) => getUnit(app.store.db, input.id),
  'units.create': async (input, app) => createUnit(serviceContext(app), input),
  'units.update': async (input, app) => updateUnit(serviceContext(app), input.id, input.version, input.fields),
  'units.remove': async (input, app) => removeUnit(serviceContext(app), input.id),
  'units.sameName': async (input, app) => sameNameUnits(app.store.db, input.kind, input.name, input.excludeId),
  'units.exportXlsx': async (input, app) => {
    const settings = await getSettings(app.store.db);
    const { status, ...q } = input;
    const units = await queryUnits(app.store.db, { ...q, ...statusFilter(status, app) });
    const date = localIsoDate(app.now());
    const target = await app.host.pickSavePath(`Danh sach don vi ${date}.xlsx`, {
      name: 'Excel',
      extensions: ['xlsx'],
    });
    if (!target) return null;
    exportUnitsXlsx(units, `DANH SÁCH ĐƠN VỊ - ${settings.localityUpper}`, target);
    return { fileName: target.split(/[\\/]/).pop() ?? target, count: units.length };
  },
};
