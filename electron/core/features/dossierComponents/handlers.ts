import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { listComponents, saveComponents } from './service.ts';

export const dossierComponentHandlers: PartialHandlerTable = {
  'dossierComponents.list': async (_input, app) => listComponents(app.store.db),
  'dossierComponents.save': async (input, app) => saveComponents(serviceContext(app), input.components),
};
