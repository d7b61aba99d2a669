// Dossier files once attached: sorting one into a component, and opening one.
import { storedCopy } from '../../attachments/open.ts';
import { recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { DomainError, notFound } from '../../errors.ts';

/** A dossier file with its dossier's status and its stored content. */
function fileRow(db: Db, fileId: number) {
  return db
    .selectFrom('dossier_files as f')
    .innerJoin('dossiers as d', 'd.id', 'f.dossier_id')
    .innerJoin('attachments as a', 'a.id', 'f.attachment_id')
    .select(['f.dossier_id', 'f.original_name', 'd.status', 'a.sha256', 'a.extension'])
    .where('f.id', '=', fileId)
    .executeTakeFirst();
}

/** Files a dossier file under a component (or none); returns the file's dossier. */
export async function classifyFile(ctx: ServiceContext, fileId: number, componentCode: string | null): Promise<number> {
  const db = ctx.store.db;
  const file = await fileRow(db, fileId);
  if (!file) throw new DomainError('not-found', 'Không tìm thấy tệp.');
  if (file.status === 'da_cong_nhan') {
    throw new DomainError('conflict', 'Hồ sơ đã có quyết định công nhận; không sắp xếp lại tệp được.');
  }
  if (componentCode !== null) {
    const c = await db
      .selectFrom('dossier_components')
      .select('code')
      .where('code', '=', componentCode)
      .executeTakeFirst();
    if (!c) throw new DomainError('validation', 'Thành phần hồ sơ không hợp lệ.');
  }
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('dossier_files').set({ component_code: componentCode }).where('id', '=', fileId).execute();
    const summary = `Xếp tệp "${file.original_name}" vào ${componentCode ?? '(chưa xếp)'}`;
    await recordAudit(trx, ctx, 'classify', 'dossier_file', fileId, summary);
  });
  return file.dossier_id;
}

/** A read-only copy of a dossier file to open in the system viewer. */
export async function viewableCopy(db: Db, attachmentsDir: string, fileId: number): Promise<string> {
  const row = await fileRow(db, fileId);
  if (!row) throw notFound('tệp');
  const name = row.original_name;
  return storedCopy(attachmentsDir, { ...row, name }, () => notFound(`nội dung tệp "${name}" trong thư mục dữ liệu`));
}
