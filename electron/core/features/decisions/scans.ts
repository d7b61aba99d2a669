// The signed paper decision, scanned to PDF and attached to its decision: kept once in the content-addressed
// store, recorded with its SHA-256, never changed (the database refuses updates, and scans of unsigned drafts).
import fs from 'node:fs';
import path from 'node:path';
import type { Decision } from '#shared/api/decisionTypes.ts';
import { recordAudit, nowIso, type Db, type ServiceContext } from '../../context.ts';
import { DomainError, notFound } from '../../errors.ts';
import { storedCopy } from '../../attachments/open.ts';
import { fileNameProblem } from '#shared/files/viewable.ts';
import { MAX_ATTACHMENT_BYTES, attachmentId, storeFile } from '../../attachments/store.ts';
import { transition } from './lifecycle.ts';
import { getDecision } from './queries.ts';

/** A PDF starts with "%PDF-" within its first kilobyte (some scanners put bytes before it). */
function looksLikePdf(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(1024);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).includes('%PDF-');
  } finally {
    fs.closeSync(fd);
  }
}

export async function attachScan(ctx: ServiceContext, decisionId: number, file: string): Promise<Decision> {
  const d = await getDecision(ctx.store.db, decisionId);
  transition(d, 'attachScan');
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new DomainError('io', 'Không đọc được tệp đã chọn. Hãy kiểm tra tệp rồi thử lại.');
  }
  if (size === 0) throw new DomainError('validation', 'Tệp đã chọn rỗng (0 byte). Hãy quét lại văn bản.');
  if (size > MAX_ATTACHMENT_BYTES) throw new DomainError('validation', 'Tệp quá lớn (trên 500 MB).');
  const nameProblem = fileNameProblem(path.basename(file));
  if (nameProblem) throw new DomainError('validation', `Không nhận tệp đã chọn: ${nameProblem}. Hãy đổi tên tệp.`);
  if (path.extname(file).toLowerCase() !== '.pdf' || !looksLikePdf(file)) {
    throw new DomainError('validation', 'Bản quét phải là tệp PDF. Hãy quét văn bản đã ký ra PDF rồi chọn lại.');
  }
  // The bytes go into the store first (atomic, idempotent); the row that refers to them is written after.
  const stored = storeFile(ctx.store.attachmentsDir, file);
  return ctx.store.db.transaction().execute(async (trx) => {
    const attachment = await attachmentId(trx, ctx, stored);
    const existing = await trx
      .selectFrom('decision_scans')
      .select('id')
      .where('decision_id', '=', decisionId)
      .where('attachment_id', '=', attachment)
      .executeTakeFirst();
    if (existing) throw new DomainError('conflict', 'Bản quét này đã được đính kèm vào quyết định.');
    await trx
      .insertInto('decision_scans')
      .values({
        decision_id: decisionId,
        attachment_id: attachment,
        file_name: path.basename(file),
        created_at: nowIso(ctx),
        created_by: ctx.actor,
      })
      .execute();
    await recordAudit(trx, ctx, 'attach-scan', 'decision', decisionId, `Đính kèm bản quét ${path.basename(file)}`);
    return getDecision(trx, decisionId);
  });
}

/** A read-only copy of a scan to open in the PDF reader. */
export async function scanCopy(db: Db, attachmentsDir: string, scanId: number): Promise<string> {
  const row = await db
    .selectFrom('decision_scans as s')
    .innerJoin('attachments as a', 'a.id', 's.attachment_id')
    .select(['s.file_name as name', 'a.sha256', 'a.extension'])
    .where('s.id', '=', scanId)
    .executeTakeFirst();
  if (!row) throw notFound('bản quét');
  return storedCopy(attachmentsDir, row, () => notFound(`nội dung bản quét "${row.name}" trong thư mục dữ liệu`));
}
