import fs from 'node:fs';
import path from 'node:path';
import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { DomainError } from '../../errors.ts';
import { issueDecision, verifyIssuedFile } from './issue.ts';
import { writeFileAtomic } from '../../fs/atomic.ts';
import { writeTableXlsx } from '../../fs/tableXlsx.ts';
import { decisionsWorkbook } from './exportXlsx.ts';
import { renderProposalDocx } from '../documents/index.ts';
import { getSettings } from '../settings/index.ts';
import { decisionModel } from './issue.ts';
import { issuedFileCopy, issuedFileName, saveIssuedCopy } from './issuedFiles.ts';
import { forgetPicked, pickedPath, rememberPicked } from '../../api/pickedFiles.ts';
import { citeProposal, proposalFileName, proposalModel } from './proposal.ts';
import { attachScan, scanCopy } from './scans.ts';
import {
  cancelSigning,
  correctSigning,
  createDecision,
  documentRegister,
  nextFreeNumber,
  createRevocation,
  deleteDraft,
  getDecision,
  listDecisions,
  signDecision,
  submitDecision,
  updateDraft,
  withdrawDecision,
} from './service.ts';
import { getDecisionTemplate, getYearBases, saveDecisionTemplate, saveYearBases } from './template.ts';

export const decisionHandlers: PartialHandlerTable = {
  'decisions.list': async (input, app) => listDecisions(app.store.db, input.year),
  'decisions.get': async (input, app) => getDecision(app.store.db, input.id),
  'decisions.exportXlsx': async (input, app) => {
    const decisions = await listDecisions(app.store.db, input.year);
    const settings = await getSettings(app.store.db);
    const target = await app.host.pickSavePath(`Quyet dinh cong nhan nam ${input.year}.xlsx`, {
      name: 'Excel',
      extensions: ['xlsx'],
    });
    if (!target) return null;
    writeTableXlsx(
      target,
      decisionsWorkbook(decisions, `QUYẾT ĐỊNH CÔNG NHẬN NĂM ${input.year} - ${settings.localityUpper}`),
    );
    return { fileName: path.basename(target), count: decisions.length };
  },
  'decisions.create': async (input, app) => createDecision(serviceContext(app), input.year, input.unitIds),
  'decisions.submit': async (input, app) => submitDecision(serviceContext(app), input.id),
  'decisions.revoke': async (input, app) => createRevocation(serviceContext(app), input.id),
  'decisions.sign': async ({ id, ...signing }, app) => signDecision(serviceContext(app), id, signing),
  'decisions.nextNumber': async (input, app) => {
    const d = await getDecision(app.store.db, input.id);
    return nextFreeNumber(app.store.db, input.year, d.code);
  },
  'decisions.correctSigning': async ({ id, reason, ...signing }, app) =>
    correctSigning(serviceContext(app), id, signing, reason),
  'decisions.cancelSigning': async (input, app) => cancelSigning(serviceContext(app), input.id, input.reason),
  'decisions.register': async (input, app) => documentRegister(app.store.db, input.year),
  'decisions.issue': async (input, app) => issueDecision(serviceContext(app), input.id),
  'decisions.openFile': async (input, app) => {
    await app.host.openPath(await issuedFileCopy(app.store.db, app.store.dataDir, input.id));
    return null;
  },
  'decisions.pickCopyTarget': async (input, app) => {
    const name = await issuedFileName(app.store.db, app.store.dataDir, input.id);
    const target = await app.host.pickSavePath(name, { name: 'Văn bản Word', extensions: ['docx'] });
    return target ? { token: rememberPicked(app, target), fileName: path.basename(target) } : null;
  },
  'decisions.saveFileCopy': async (input, app) => {
    const target = pickedPath(app, input.token, 'Không còn nơi lưu đã chọn. Hãy chọn lại.');
    await saveIssuedCopy(app.store.db, app.store.dataDir, input.id, target);
    forgetPicked(app, input.token);
    return { fileName: path.basename(target) };
  },
  'decisions.verifyFile': async (_input, app) => {
    const file = await app.host.pickOpenFile('Chọn tệp .docx cần kiểm tra', {
      name: 'Văn bản Word',
      extensions: ['docx'],
    });
    if (!file) return null;
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch {
      throw new DomainError('io', 'Không đọc được tệp đã chọn.');
    }
    return { ...(await verifyIssuedFile(app.store.db, data)), fileName: path.basename(file) };
  },
  'decisions.model': async (input, app) =>
    decisionModel(await getDecision(app.store.db, input.id), await getSettings(app.store.db)),
  'decisions.update': async ({ id, ...patch }, app) => updateDraft(serviceContext(app), id, patch),
  'decisions.delete': async (input, app) => {
    await deleteDraft(serviceContext(app), input.id);
    return null;
  },
  'decisions.withdraw': async (input, app) => withdrawDecision(serviceContext(app), input.id),
  'decisions.attachScan': async (input, app) => {
    const file = await app.host.pickOpenFile('Chọn bản quét quyết định đã ký (PDF)', {
      name: 'Tệp PDF',
      extensions: ['pdf'],
    });
    return file ? attachScan(serviceContext(app), input.id, file) : null;
  },
  'decisions.openScan': async (input, app) => {
    await app.host.openPath(await scanCopy(app.store.db, app.store.attachmentsDir, input.id));
    return null;
  },
  'decisions.proposal': async ({ id, ...options }, app) => {
    const d = await getDecision(app.store.db, id);
    const settings = await getSettings(app.store.db);
    const data = await renderProposalDocx(proposalModel(d, settings, options));
    const target = await app.host.pickSavePath(proposalFileName(d, settings, options), {
      name: 'Văn bản Word',
      extensions: ['docx'],
    });
    if (!target) return null;
    try {
      writeFileAtomic(target, data);
    } catch {
      throw new DomainError('io', 'Không ghi được tệp vào chỗ đã chọn. Hãy chọn thư mục khác.');
    }
    const decision =
      options.number !== null && options.date !== null ? await citeProposal(serviceContext(app), id, options) : d;
    return { fileName: path.basename(target), decision };
  },
  'decisions.template': async (_input, app) => getDecisionTemplate(app.store.db),
  'decisions.saveTemplate': async (input, app) => saveDecisionTemplate(serviceContext(app), input.template),
  'decisions.yearBases': async (input, app) => getYearBases(app.store.db, input.year),
  'decisions.saveYearBases': async (input, app) => saveYearBases(serviceContext(app), input.year, input.bases),
};
