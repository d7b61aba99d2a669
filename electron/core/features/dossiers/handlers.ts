import path from 'node:path';
import { VIEWABLE_TYPES } from '#shared/files/viewable.ts';
import { pickedPath, rememberPicked } from '../../api/pickedFiles.ts';
import { serviceContext, todayOf, type AppContext, type PartialHandlerTable } from '../../api/types.ts';
import { dossierDetail, moveDossier } from '../appraisal/index.ts';
import { receiveDossier } from '../round/index.ts';
import { attachFiles, previewFolder } from './attach.ts';
import { addDroppedFile, addFile, moveFile, removeFile, restoreFile } from './fileEdits.ts';
import { classifyFile, viewableCopy } from './files.ts';
import { openDossier } from './service.ts';

const detail = (app: AppContext, dossierId: number) => dossierDetail(app.store.db, dossierId, todayOf(app));
const pickedFolder = (app: AppContext, token: string) =>
  pickedPath(app, token, 'Không còn thư mục đã chọn. Hãy chọn lại thư mục.');

export const dossierHandlers: PartialHandlerTable = {
  'dossiers.open': async (input, app) => detail(app, await openDossier(serviceContext(app), input.year, input.unitId)),
  'dossiers.detail': async (input, app) => detail(app, input.dossierId),
  'dossiers.receive': async (input, app) =>
    detail(app, await receiveDossier(serviceContext(app), input.year, input.unitId, input.receivedOn)),
  'dossiers.setStatus': async (input, app) => {
    await moveDossier(serviceContext(app), input.dossierId, input.status, input.reason);
    return detail(app, input.dossierId);
  },

  'dossierFiles.pickFolder': async (_input, app) => {
    const dir = await app.host.pickFolder();
    if (!dir) return null;
    return { token: rememberPicked(app, dir), folderName: path.basename(dir) };
  },
  'dossierFiles.preview': async (input, app) => previewFolder(app.store.db, pickedFolder(app, input.token), input.year),
  'dossierFiles.attach': async (input, app) =>
    attachFiles(serviceContext(app), pickedFolder(app, input.token), input.year, input.assignments),
  'dossierFiles.setComponent': async (input, app) =>
    detail(app, await classifyFile(serviceContext(app), input.fileId, input.componentCode)),
  'dossierFiles.add': async (input, app) => {
    const file = await app.host.pickOpenFile('Chọn tệp thêm vào hồ sơ', {
      name: 'Tệp hồ sơ',
      extensions: Object.keys(VIEWABLE_TYPES),
    });
    if (!file) return null;
    return detail(app, await addFile(serviceContext(app), input.dossierId, input.componentCode, file));
  },
  'dossierFiles.addDropped': async (input, app) => {
    const data = Buffer.from(input.contentBase64, 'base64');
    const ctx = serviceContext(app);
    return detail(app, await addDroppedFile(ctx, input.dossierId, input.componentCode, input.fileName, data));
  },
  'dossierFiles.remove': async (input, app) =>
    detail(app, await removeFile(serviceContext(app), input.fileId, input.reason?.trim() || null)),
  'dossierFiles.restore': async (input, app) => detail(app, await restoreFile(serviceContext(app), input.removedId)),
  'dossierFiles.move': async ({ fileId, ...target }, app) =>
    detail(app, (await moveFile(serviceContext(app), fileId, target)).from),
  'dossierFiles.open': async (input, app) => {
    await app.host.openPath(await viewableCopy(app.store.db, app.store.attachmentsDir, input.fileId));
    return null;
  },
};
