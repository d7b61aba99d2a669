// Opening a stored file: a read-only copy under its original name, so no program can alter the stored original.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../context.ts';
import { notFound } from '../../errors.ts';
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
  const dir = path.join(os.tmpdir(), 'AnToanANTT', row.sha256.slice(0, 12));
  fs.mkdirSync(dir, { recursive: true });
  const safeName = row.original_name.replace(/[\\/:*?"<>|]/g, '_');
  const target = path.join(dir, safeName);
  if (!fs.existsSync(target)) {
    fs.copyFileSync(source, target);
    fs.chmodSync(target, 0o444);
  }
  return target;
}
