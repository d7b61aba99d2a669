import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { saveAppraisal } from './service.ts';

export const appraisalHandlers: PartialHandlerTable = {
  'appraisal.save': async (input, app) => saveAppraisal(serviceContext(app), input),
};
