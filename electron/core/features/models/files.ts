// A model's documents (survey, proposal, establishment decision, reviews) in the shared attachment store.
import fs from 'node:fs';
import path from 'node:path';
import type { ModelDetail } from '#shared/api/modelTypes.ts';
import { VIEWABLE_LIST, viewableNameProblem, extensionOfName } from '#shared/files/viewable.ts';
import { nowIso, recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { DomainError, notFound } from '../../errors.ts';
import { storedCopy } from '../../attachments/open.ts';
import { contentProblem } from '../../attachments/signature.ts';
import { MAX_ATTACHMENT_BYTES, attachmentId, storeFile } from '../../attachments/store.ts';
import { modelDetail } from './queries.ts';

export async function attachModelFile(ctx: ServiceContext, modelId: number, file: string): Promise<ModelDetail> {
  const name = path.basename(file);
  const model = await ctx.store.db.selectFrom('models').select('id').where('id', '=', modelId).executeTakeFirst();
  if (!model) throw notFound('mô hình');
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new DomainError('io', 'Không đọc được tệp đã chọn. Hãy kiểm tra tệp rồi thử lại.');
  }
  if (size === 0) throw new DomainError('validation', 'Tệp đã chọn rỗng (0 byte).');
  if (size > MAX_ATTACHMENT_BYTES) throw new DomainError('validation', 'Tệp quá lớn (trên 500 MB).');
  const problem = viewableNameProblem(name);
  if (problem) throw new DomainError('validation', `Không nhận tệp "${name}": ${problem} (chỉ nhận ${VIEWABLE_LIST}).`);
  const extension = extensionOfName(name);
  const stored = storeFile(ctx.store.attachmentsDir, file, (copy) => contentProblem(copy, extension));
  return ctx.store.db.transaction().execute(async (trx) => {
    const attachment = await attachmentId(trx, ctx, stored);
    await trx
      .insertInto('model_files')
      .values({
        model_id: modelId,
        attachment_id: attachment,
        original_name: name,
        added_at: nowIso(ctx),
        added_by: ctx.actor,
      })
      .execute();
    await recordAudit(trx, ctx, 'attach', 'model', modelId, `Đính kèm tệp ${name}`);
    return modelDetail(trx, modelId);
  });
}

/** A read-only copy of a model's document to open in its program. */
export async function modelFileCopy(db: Db, attachmentsDir: string, fileId: number): Promise<string> {
  const row = await db
    .selectFrom('model_files as f')
    .innerJoin('attachments as a', 'a.id', 'f.attachment_id')
    .select(['f.original_name as name', 'a.sha256', 'a.extension'])
    .where('f.id', '=', fileId)
    .executeTakeFirst();
  if (!row) throw notFound('tệp của mô hình');
  return storedCopy(attachmentsDir, row, () => notFound(`nội dung tệp "${row.name}" trong thư mục dữ liệu`));
}
