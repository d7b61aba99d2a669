// Opening an issued decision or certificate (a read-only copy of the file kept under van-ban/<year>/), or saving a
// copy where the user chose, checked byte for byte against the hash recorded at issue.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../fs/atomic.ts';
import { readOnlyCopy } from '../../attachments/readOnlyCopy.ts';
import type { Db } from '../../context.ts';
import { ISSUED_DIR } from '../../db/open.ts';
import { DomainError } from '../../errors.ts';

async function issuedFile(db: Db, dataDir: string, fileId: number) {
  const file = await db
    .selectFrom('issued_files as f')
    .innerJoin('decisions as d', 'd.id', 'f.decision_id')
    .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
    .select(['f.file_name', 'f.sha256', 'c.year'])
    .where('f.id', '=', fileId)
    .executeTakeFirst();
  if (!file) throw new DomainError('not-found', 'Không tìm thấy tệp đã ban hành.');
  return { ...file, source: path.join(dataDir, ISSUED_DIR, String(file.year), file.file_name) };
}

export async function issuedFileCopy(db: Db, dataDir: string, fileId: number): Promise<string> {
  const file = await issuedFile(db, dataDir, fileId);
  return readOnlyCopy(file.source, file.file_name, file.sha256, { fromOutside: false });
}

/** The name an issued file is offered under in the save dialog. */
export async function issuedFileName(db: Db, dataDir: string, fileId: number): Promise<string> {
  return (await issuedFile(db, dataDir, fileId)).file_name;
}

/** Writes a copy of an issued file to `target`; refuses when the kept file no longer matches its issue hash. */
export async function saveIssuedCopy(db: Db, dataDir: string, fileId: number, target: string): Promise<void> {
  const file = await issuedFile(db, dataDir, fileId);
  let data: Buffer;
  try {
    data = fs.readFileSync(file.source);
  } catch {
    throw new DomainError('io', `Không đọc được tệp "${file.file_name}" trong thư mục dữ liệu.`);
  }
  if (createHash('sha256').update(data).digest('hex') !== file.sha256) {
    throw new DomainError('conflict', `Tệp "${file.file_name}" trong thư mục dữ liệu đã bị thay đổi sau khi ban hành.`);
  }
  try {
    writeFileAtomic(target, data);
  } catch {
    throw new DomainError('io', 'Không ghi được tệp vào chỗ đã chọn. Hãy chọn thư mục khác.');
  }
}
