import { VIEWABLE_TYPES } from '#shared/files/viewable.ts';
import { serviceContext, todayOf, type PartialHandlerTable } from '../../api/types.ts';
import { modelCounts } from './counts.ts';
import { attachModelFile, modelFileCopy } from './files.ts';
import { actOnModel, createModel, retireAndReplace, updateModel } from './lifecycle.ts';
import { addPoint, addTeam, endPoint, removeTeam } from './points.ts';
import { modelDetail, modelLists, modelSummaries } from './queries.ts';
import { addExemplar, reviewSheet, saveModelLists, saveReview } from './reviews.ts';

export const modelHandlers: PartialHandlerTable = {
  'models.lists': async (_input, app) => modelLists(app.store.db),
  'models.saveLists': async (input, app) => saveModelLists(serviceContext(app), input),
  'models.list': async (_input, app) => modelSummaries(app.store.db),
  'models.get': async (input, app) => modelDetail(app.store.db, input.id),
  'models.create': async (input, app) => createModel(serviceContext(app), input),
  'models.update': async (input, app) => updateModel(serviceContext(app), input.id, input.version, input.fields),
  'models.act': async (input, app) => actOnModel(serviceContext(app), input.id, input.step),
  'models.retireAndReplace': async (input, app) =>
    retireAndReplace(serviceContext(app), input.id, { onDate: input.onDate, reason: input.reason }, input.replacement),
  'models.addPoint': async (input, app) => addPoint(serviceContext(app), input),
  'models.endPoint': async (input, app) => endPoint(serviceContext(app), input.pointId, input.endedOn),
  'models.addTeam': async (input, app) => addTeam(serviceContext(app), input),
  'models.removeTeam': async (input, app) => removeTeam(serviceContext(app), input.id),
  'models.reviewSheet': async (input, app) => reviewSheet(app.store.db, input.year, todayOf(app)),
  'models.review': async (input, app) => saveReview(serviceContext(app), input),
  'models.addExemplar': async (input, app) => addExemplar(serviceContext(app), input),
  'models.counts': async (input, app) => modelCounts(app.store.db, input.year),
  'models.attachFile': async (input, app) => {
    const file = await app.host.pickOpenFile('Chọn tệp của mô hình (khảo sát, đề xuất, quyết định, báo cáo)', {
      name: 'Văn bản, bản quét',
      extensions: Object.keys(VIEWABLE_TYPES),
    });
    return file ? attachModelFile(serviceContext(app), input.id, file) : null;
  },
  'models.openFile': async (input, app) => {
    await app.host.openPath(await modelFileCopy(app.store.db, app.store.attachmentsDir, input.fileId));
    return null;
  },
};
