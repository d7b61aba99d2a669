import { localIsoDate } from '#shared/text/dates.ts';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { serviceContext, type AppContext, type PartialHandlerTable } from '../../api/types.ts';
import { recordAudit } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import {
  createCriteriaSetVersion,
  ensureCampaign,
  findCampaign,
  listCriteriaSets,
  updateCampaign,
} from '../campaigns/service.ts';
import { attachFiles, previewFolder } from '../dossiers/attach.ts';
import { listComponents, saveComponents } from '../dossiers/components.ts';
import { viewableCopy } from '../../attachments/open.ts';
import { createIncident, listIncidents, removeIncident } from '../incidents/service.ts';
import { dossierDetail, saveAppraisal } from '../appraisal/service.ts';
import { roundOverview } from './overview.ts';
import {
  bulkRegister,
  ensureDossier,
  receiveDossier,
  removeRegistration,
  roundMatches,
  roundPage,
  roundRows,
  saveRegistration,
  setDossierStatus,
} from './service.ts';

const today = (app: AppContext) => localIsoDate(app.now());

function pickedFolder(app: AppContext, token: string): string {
  const dir = app.pickedFiles.get(token);
  if (!dir) throw new DomainError('not-found', 'Không còn thư mục đã chọn. Hãy chọn lại thư mục.');
  return dir;
}

export const roundHandlers: PartialHandlerTable = {
  'campaigns.get': async (input, app) => findCampaign(app.store.db, input.year),
  'campaigns.open': async (input, app) => {
    const ctx = serviceContext(app);
    return app.store.db.transaction().execute((trx) => ensureCampaign(trx, ctx, input.year));
  },
  'campaigns.update': async (input, app) =>
    updateCampaign(serviceContext(app), input.year, input.criteriaSetId, input.windows),
  'criteria.sets': async (_input, app) => listCriteriaSets(app.store.db),
  'criteria.createVersion': async (input, app) =>
    createCriteriaSetVersion(serviceContext(app), input.baseSetId, input.note, input.criteria),

  'round.rows': async (input, app) => roundRows(app.store.db, input.year, input.unitIds),
  'round.page': async ({ year, ...q }, app) => roundPage(app.store.db, year, q),
  'round.ids': async ({ year, ...q }, app) => (await roundMatches(app.store.db, year, q)).ids,
  'round.overview': async (input, app) => roundOverview(app.store.db, input.year, today(app)),
  'registrations.save': async ({ year, unitId, ...fields }, app) =>
    saveRegistration(serviceContext(app), year, unitId, fields),
  'registrations.bulk': async (input, app) =>
    bulkRegister(serviceContext(app), input.year, input.unitIds, input.registeredOn, input.allHouseholds),
  'registrations.remove': async (input, app) => removeRegistration(serviceContext(app), input.year, input.unitId),

  'dossiers.open': async (input, app) => {
    const ctx = serviceContext(app);
    const id = await app.store.db.transaction().execute(async (trx) => {
      const campaign = await ensureCampaign(trx, ctx, input.year);
      return (await ensureDossier(trx, ctx, campaign.id, input.unitId)).id;
    });
    return dossierDetail(app.store.db, id, today(app));
  },
  'dossiers.detail': async (input, app) => dossierDetail(app.store.db, input.dossierId, today(app)),
  'dossiers.receive': async (input, app) => {
    const id = await receiveDossier(serviceContext(app), input.year, input.unitId, input.receivedOn);
    return dossierDetail(app.store.db, id, today(app));
  },
  'dossiers.setStatus': async (input, app) => {
    await setDossierStatus(serviceContext(app), input.dossierId, input.status, input.reason);
    return dossierDetail(app.store.db, input.dossierId, today(app));
  },
  'appraisal.save': async (input, app) => saveAppraisal(serviceContext(app), input),

  'dossierComponents.list': async (_input, app) => listComponents(app.store.db),
  'dossierComponents.save': async (input, app) => saveComponents(serviceContext(app), input.components),
  'dossierFiles.pickFolder': async (_input, app) => {
    const dir = await app.host.pickFolder();
    if (!dir) return null;
    const token = randomUUID();
    app.pickedFiles.set(token, dir);
    return { token, folderName: path.basename(dir) };
  },
  'dossierFiles.preview': async (input, app) => previewFolder(app.store.db, pickedFolder(app, input.token), input.year),
  'dossierFiles.attach': async (input, app) =>
    attachFiles(serviceContext(app), pickedFolder(app, input.token), input.year, input.assignments),
  'dossierFiles.setComponent': async (input, app) => {
    const file = await app.store.db
      .selectFrom('dossier_files as f')
      .innerJoin('dossiers as d', 'd.id', 'f.dossier_id')
      .select(['f.dossier_id', 'f.original_name', 'd.status'])
      .where('f.id', '=', input.fileId)
      .executeTakeFirst();
    if (!file) throw new DomainError('not-found', 'Không tìm thấy tệp.');
    if (file.status === 'da_cong_nhan') {
      throw new DomainError('conflict', 'Hồ sơ đã có quyết định công nhận; không sắp xếp lại tệp được.');
    }
    if (input.componentCode !== null) {
      const c = await app.store.db
        .selectFrom('dossier_components')
        .select('code')
        .where('code', '=', input.componentCode)
        .executeTakeFirst();
      if (!c) throw new DomainError('validation', 'Thành phần hồ sơ không hợp lệ.');
    }
    const ctx = serviceContext(app);
    await app.store.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('dossier_files')
        .set({ component_code: input.componentCode })
        .where('id', '=', input.fileId)
        .execute();
      await recordAudit(
        trx,
        ctx,
        'classify',
        'dossier_file',
        input.fileId,
        `Xếp tệp "${file.original_name}" vào ${input.componentCode ?? '(chưa xếp)'}`,
      );
    });
    return dossierDetail(app.store.db, file.dossier_id, today(app));
  },
  'dossierFiles.open': async (input, app) => {
    await app.host.openPath(await viewableCopy(app.store.db, app.store.attachmentsDir, input.fileId));
    return null;
  },

  'incidents.list': async (input, app) => {
    if (input.year === undefined) return listIncidents(app.store.db);
    const campaign = await findCampaign(app.store.db, input.year);
    const from = campaign
      ? campaign.windows.reduce((m, w) => (w.windowFrom < m ? w.windowFrom : m), '9999')
      : `${input.year - 1}-11-01`;
    const to = campaign
      ? campaign.windows.reduce((m, w) => (w.windowTo > m ? w.windowTo : m), '0000')
      : `${input.year}-11-15`;
    return listIncidents(app.store.db, { from, to });
  },
  'incidents.create': async (input, app) => createIncident(serviceContext(app), input),
  'incidents.remove': async (input, app) => removeIncident(serviceContext(app), input.id),
};
