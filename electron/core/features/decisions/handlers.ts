import fs from 'node:fs';
import path from 'node:path';
import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { DomainError } from '../../errors.ts';
import { readOnlyCopy } from '../../fs/readOnlyCopy.ts';
import { ISSUED_DIR, issueDecision, verifyIssuedFile } from './issue.ts';
import {
  createDecision,
  createRevocation,
  getDecision,
  listDecisions,
  signDecision,
  submitDecision,
} from './service.ts';

export const decisionHandlers: PartialHandlerTable = {
  'decisions.list': async (input, app) => listDecisions(app.store.db, input.year),
  'decisions.get': async (input, app) => getDecision(app.store.db, input.id),
  'decisions.create': async (input, app) => createDecision(serviceContext(app), input.year, input.unitIds),
  'decisions.submit': async (input, app) => submitDecision(serviceContext(app), input.id),
  'decisions.revoke': async (input, app) => createRevocation(serviceContext(app), input.id),
  'decisions.sign': async (input, app) => signDecision(serviceContext(app), input.id, input.signedOn, input.signerId),
  'decisions.issue': async (input, app) => issueDecision(serviceContext(app), input.id),
  'decisions.openFile': async (input, app) => {
    const file = await app.store.db
      .selectFrom('issued_files as f')
      .innerJoin('decisions as d', 'd.id', 'f.decision_id')
      .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
      .select(['f.file_name', 'f.sha256', 'c.year'])
      .where('f.id', '=', input.id)
      .executeTakeFirst();
    if (!file) throw new DomainError('not-found', 'Không tìm thấy tệp đã ban hành.');
    const source = path.join(app.store.dataDir, ISSUED_DIR, String(file.year), file.file_name);
    const copy = readOnlyCopy(source, file.file_name, file.sha256);
    await app.host.openPath(copy);
    return null;
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
};
