import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { sessionState } from '../accounts/index.ts';
import { clearSampleData } from './clear.ts';

export const demoHandlers: PartialHandlerTable = {
  'demo.clear': async (_input, app) => {
    await clearSampleData(serviceContext(app));
    return sessionState(app);
  },
};
