import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { serviceContext, type AppContext, type PartialHandlerTable } from '../../api/types.ts';
import { DomainError } from '../../errors.ts';
import { analyzeFile, commitImport, listBatches, undoImport } from './service.ts';

function pickedPath(app: AppContext, token: string): string {
  const file = app.pickedFiles.get(token);
  if (!file) throw new DomainError('not-found', 'Không còn tệp đã chọn. Hãy chọn lại tệp Excel.');
  return file;
}

export const unitImportHandlers: PartialHandlerTable = {
  'unitImport.pickFile': async (_input, app) => {
    const file = await app.host.pickSpreadsheet();
    if (!file) return null;
    const token = randomUUID();
    app.pickedFiles.set(token, file);
    return { token, fileName: path.basename(file) };
  },
  'unitImport.analyze': async (input, app) => analyzeFile(app.store.db, pickedPath(app, input.token), input),
  'unitImport.commit': async (input, app) => {
    const result = await commitImport(serviceContext(app), pickedPath(app, input.token), input);
    app.pickedFiles.delete(input.token);
    return { batch: result.batch, created: result.created, skipped: result.skipped };
  },
  'unitImport.batches': async (_input, app) => listBatches(app.store.db),
  'unitImport.undo': async (input, app) => undoImport(serviceContext(app), input.id),
};
