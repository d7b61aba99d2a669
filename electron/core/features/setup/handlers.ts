import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { sessionState } from '../accounts/index.ts';
import { initializeOffice } from './service.ts';

export const setupHandlers: PartialHandlerTable = {
  'setup.initialize': async (input, app) => {
    app.session.user = await initializeOffice({ ...serviceContext(app), actor: input.admin.username }, input);
    return sessionState(app);
  },
};
