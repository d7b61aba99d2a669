import path from 'node:path';
import { forgetPicked, pickedPath, rememberPicked } from '../../api/pickedFiles.ts';
import { serviceContext, type AppContext, type PartialHandlerTable } from '../../api/types.ts';
import { analyzeFile, commitImport, listBatches, undoImport } from './service.ts';

const pickedSheet = (app: AppContext, token: string) =>
  pickedPath(app, token, 'Không còn tệp đã chọn. Hãy chọn lại tệp Excel.');

export const unitImportHandlers: PartialHandlerTable = {
  'unitImport.pickFile': async (_input, app) => {
    const file = await app.host.pickSpreadsheet();
    if (!file) return null;
    return { token: rememberPicked(app, file), fileName: path.basename(file) };
  },
  'unitImport.analyze': async (input, app) => analyzeFile(app.store.db, pickedSheet(app, input.token), input),
  'unitImport.commit': async (input, app) => {
    const result = await commitImport(serviceContext(app), pickedSheet(app, input.token), input);
    forgetPicked(app, input.token);
    return { batch: result.batch, created: result.created, skipped: result.skipped, errorRows: result.errorRows };
  },
  'unitImport.batches': async (_input, app) => listBatches(app.store.db),
  'unitImport.undo': async (input, app) => undoImport(serviceContext(app), input.id),
};
