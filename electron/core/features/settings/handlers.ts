import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { getSettings, saveSettings } from './service.ts';

export const settingsHandlers: PartialHandlerTable = {
  'settings.get': async (_input, app) => getSettings(app.store.db),
  'settings.update': async (input, app) => {
    const ctx = serviceContext(app);
    return app.store.db.transaction().execute((trx) => saveSettings(trx, ctx, input));
  },
};
