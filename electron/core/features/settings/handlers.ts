import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { getSettings, updateSettings } from './service.ts';

export const settingsHandlers: PartialHandlerTable = {
  'settings.get': async (_input, app) => getSettings(app.store.db),
  'settings.update': async (input, app) => updateSettings(serviceContext(app), input),
};
