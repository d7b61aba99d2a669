// Opening a stored dossier file (see readOnlyCopy).
import fs from 'node:fs';
import type { Db } from '../context.ts';
import { notFound } from '../errors.ts';
import { readOnlyCopy } from './readOnlyCopy.ts';
import { blobPath } from './store.ts';

export async function viewableCopy(db: Db, attachmentsDir: string, fileId: number): Promise<string> {
  const row = await db
    .selectFrom('dossier_files as f')
    .innerJoin('attachments as a', 'a.id', 'f.attachment_id')
    .select(['f.original_name', 'a.sha256', 'a.extension'])
    .where('f.id', '=', fileId)
    .executeTakeFirst();
  if (!row) throw notFound('tệp');
  const source = blobPath(attachmentsDir, row.sha256, row.extension);
  if (!fs.existsSync(source)) throw notFound(`nội dung tệp "${row.original_name}" trong thư mục dữ liệu`);
  return readOnlyCopy(source, row.original_name, row.sha256);
}
