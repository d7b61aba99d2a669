// Opening an issued decision or certificate: a read-only copy of the file kept under van-ban/<year>/.
import path from 'node:path';
import { readOnlyCopy } from '../../attachments/readOnlyCopy.ts';
import type { Db } from '../../context.ts';
import { ISSUED_DIR } from '../../db/open.ts';
import { DomainError } from '../../errors.ts';

export async function issuedFileCopy(db: Db, dataDir: string, fileId: number): Promise<string> {
  const file = await db
    .selectFrom('issued_files as f')
    .innerJoin('decisions as d', 'd.id', 'f.decision_id')
    .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
    .select(['f.file_name', 'f.sha256', 'c.year'])
    .where('f.id', '=', fileId)
    .executeTakeFirst();
  if (!file) throw new DomainError('not-found', 'Không tìm thấy tệp đã ban hành.');
  const source = path.join(dataDir, ISSUED_DIR, String(file.year), file.file_name);
  return readOnlyCopy(source, file.file_name, file.sha256, { fromOutside: false });
}
