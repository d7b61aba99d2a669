// A dossier's files under the user's control: add one (picked or dropped), remove one (kept recoverable until the
// next backup has it), put a removed one back, move one to another unit's dossier or component. All audited.
import fs from 'node:fs';
import path from 'node:path';
import { extensionOfName, viewableNameProblem } from '#shared/files/viewable.ts';
import { created, recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { ownedTempDir } from '../../fs/leftovers.ts';
import { fileProblem } from '../../attachments/folderSource.ts';
import { contentProblem } from '../../attachments/signature.ts';
import { attachmentId, MAX_ATTACHMENT_BYTES, storeFile } from '../../attachments/store.ts';
import { ensureDossier } from '../round/index.ts';

const LOCKED = 'Hồ sơ đã có quyết định công nhận; không thay đổi tệp được.';

async function dossierOf(db: Db, dossierId: number) {
  const d = await db
    .selectFrom('dossiers as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .select(['d.id', 'd.status', 'd.campaign_id', 'u.name as unit_name'])
    .where('d.id', '=', dossierId)
    .executeTakeFirst();
  if (!d) throw new DomainError('not-found', 'Không tìm thấy hồ sơ. Hãy tải lại danh sách.');
  return d;
}

/** A component code that exists, or null (not yet sorted). */
async function checkedComponent(db: Db, code: string | null): Promise<string | null> {
  if (code === null) return null;
  const c = await db.selectFrom('dossier_components').select('code').where('code', '=', code).executeTakeFirst();
  if (!c) throw new DomainError('validation', 'Thành phần hồ sơ không hợp lệ.');
  return c.code;
}

async function componentLabel(db: Db, code: string | null): Promise<string> {
  if (code === null) return '(chưa xếp)';
  const c = await db.selectFrom('dossier_components').select('label').where('code', '=', code).executeTakeFirst();
  return c?.label ?? code;
}

async function fileOf(db: Db, fileId: number) {
  const f = await db.selectFrom('dossier_files').selectAll().where('id', '=', fileId).executeTakeFirst();
  if (!f) throw new DomainError('not-found', 'Không tìm thấy tệp. Có thể tệp vừa được gỡ hoặc chuyển; hãy tải lại.');
  return f;
}

/** Copies one file into the store after its name, type and content pass; refused files name their reason. */
function storeOne(attachmentsDir: string, source: string, name: string) {
  const problem = fileProblem(source, name);
  if (problem) throw new DomainError('validation', `Không nhận tệp "${name}": ${problem}.`);
  try {
    return storeFile(attachmentsDir, source, (copy) => contentProblem(copy, extensionOfName(name)));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (error instanceof RangeError) throw new DomainError('validation', `Tệp "${name}" quá lớn (trên 500 MB).`);
    throw new DomainError('io', `Không đọc được tệp "${name}". Hãy kiểm tra tệp rồi thử lại.`);
  }
}

/** Adds one file to a dossier, under a component or none; returns the dossier id. */
export async function addFile(
  ctx: ServiceContext,
  dossierId: number,
  componentCode: string | null,
  source: string,
  name = path.basename(source),
): Promise<number> {
  const before = await dossierOf(ctx.store.db, dossierId);
  if (before.status === 'da_cong_nhan') throw new DomainError('conflict', LOCKED);
  const blob = storeOne(ctx.store.attachmentsDir, source, name);
  return ctx.store.db.transaction().execute(async (trx) => {
    const d = await dossierOf(trx, dossierId);
    if (d.status === 'da_cong_nhan') throw new DomainError('conflict', LOCKED);
    const component = await checkedComponent(trx, componentCode);
    const attachment = await attachmentId(trx, ctx, blob);
    const present = await trx
      .selectFrom('dossier_files')
      .select('original_name')
      .where('dossier_id', '=', dossierId)
      .where('attachment_id', '=', attachment)
      .executeTakeFirst();
    if (present) {
      throw new DomainError('conflict', `Hồ sơ đã có tệp này (cùng nội dung với "${present.original_name}").`);
    }
    const { id } = await trx
      .insertInto('dossier_files')
      .values({
        dossier_id: dossierId,
        component_code: component,
        attachment_id: attachment,
        original_name: name,
        source_path: null,
        added_at: created(ctx).created_at,
        added_by: ctx.actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const where = await componentLabel(trx, component);
    await recordAudit(
      trx,
      ctx,
      'add-file',
      'dossier_file',
      id,
      `Thêm tệp "${name}" vào hồ sơ ${d.unit_name}, ${where}`,
    );
    return dossierId;
  });
}

/** Adds a file dropped on the dossier page: its bytes, written to a private folder, then added like a picked one. */
export async function addDroppedFile(
  ctx: ServiceContext,
  dossierId: number,
  componentCode: string | null,
  name: string,
  data: Buffer,
): Promise<number> {
  if (data.length > MAX_ATTACHMENT_BYTES) throw new DomainError('validation', `Tệp "${name}" quá lớn (trên 500 MB).`);
  const problem = viewableNameProblem(name);
  if (problem) throw new DomainError('validation', `Không nhận tệp "${name}": ${problem}.`);
  const dir = ownedTempDir('antt-tep-keo-tha-');
  try {
    const file = path.join(dir, path.basename(name));
    fs.writeFileSync(file, data);
    return await addFile(ctx, dossierId, componentCode, file, name);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Removes a file from its dossier; it stays recoverable until the next backup has kept it. */
export async function removeFile(ctx: ServiceContext, fileId: number, reason: string | null): Promise<number> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const f = await fileOf(trx, fileId);
    const d = await dossierOf(trx, f.dossier_id);
    if (d.status === 'da_cong_nhan') throw new DomainError('conflict', LOCKED);
    const { id } = await trx
      .insertInto('removed_dossier_files')
      .values({
        dossier_id: f.dossier_id,
        component_code: f.component_code,
        attachment_id: f.attachment_id,
        original_name: f.original_name,
        source_path: f.source_path,
        added_at: f.added_at,
        added_by: f.added_by,
        reason,
        removed_at: created(ctx).created_at,
        removed_by: ctx.actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('dossier_files').where('id', '=', fileId).execute();
    const why = reason ? `. Lý do: ${reason}` : '';
    await recordAudit(
      trx,
      ctx,
      'remove-file',
      'dossier_file',
      fileId,
      `Gỡ tệp "${f.original_name}" khỏi hồ sơ ${d.unit_name} (còn khôi phục được, mã gỡ ${id})${why}`,
    );
    return f.dossier_id;
  });
}

/** Puts a removed file back where it was; returns its dossier id. */
export async function restoreFile(ctx: ServiceContext, removedId: number): Promise<number> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const r = await trx.selectFrom('removed_dossier_files').selectAll().where('id', '=', removedId).executeTakeFirst();
    if (!r) {
      throw new DomainError(
        'not-found',
        'Tệp đã gỡ không còn để khôi phục (đã qua một lần sao lưu). Hãy lấy lại từ bản sao lưu nếu cần.',
      );
    }
    const d = await dossierOf(trx, r.dossier_id);
    if (d.status === 'da_cong_nhan') throw new DomainError('conflict', LOCKED);
    const present = await trx
      .selectFrom('dossier_files')
      .select('original_name')
      .where('dossier_id', '=', r.dossier_id)
      .where('attachment_id', '=', r.attachment_id)
      .executeTakeFirst();
    if (present) throw new DomainError('conflict', `Hồ sơ đã có lại tệp này ("${present.original_name}").`);
    const { id } = await trx
      .insertInto('dossier_files')
      .values({
        dossier_id: r.dossier_id,
        component_code: r.component_code,
        attachment_id: r.attachment_id,
        original_name: r.original_name,
        source_path: r.source_path,
        added_at: r.added_at,
        added_by: r.added_by,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('removed_dossier_files').where('id', '=', removedId).execute();
    await recordAudit(
      trx,
      ctx,
      'restore-file',
      'dossier_file',
      id,
      `Khôi phục tệp "${r.original_name}" vào hồ sơ ${d.unit_name}`,
    );
    return r.dossier_id;
  });
}

/**
 * Moves a file to another unit's dossier of the same round (opened when the unit has none yet) and to a component
 * there; returns the dossier it came from.
 */
export async function moveFile(
  ctx: ServiceContext,
  fileId: number,
  target: { unitId: number; componentCode: string | null },
): Promise<{ from: number; to: number }> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const f = await fileOf(trx, fileId);
    const from = await dossierOf(trx, f.dossier_id);
    if (from.status === 'da_cong_nhan') throw new DomainError('conflict', LOCKED);
    const unit = await trx.selectFrom('units').select('id').where('id', '=', target.unitId).executeTakeFirst();
    if (!unit) throw new DomainError('not-found', 'Không tìm thấy đơn vị được chọn. Hãy tải lại danh sách.');
    const { id: toId } = await ensureDossier(trx, ctx, from.campaign_id, target.unitId);
    const to = await dossierOf(trx, toId);
    if (to.status === 'da_cong_nhan') {
      throw new DomainError('conflict', `Hồ sơ của ${to.unit_name} đã có quyết định công nhận; không thêm tệp được.`);
    }
    const component = await checkedComponent(trx, target.componentCode);
    if (toId !== f.dossier_id) {
      const present = await trx
        .selectFrom('dossier_files')
        .select('original_name')
        .where('dossier_id', '=', toId)
        .where('attachment_id', '=', f.attachment_id)
        .executeTakeFirst();
      if (present) {
        throw new DomainError('conflict', `Hồ sơ của ${to.unit_name} đã có tệp này ("${present.original_name}").`);
      }
    }
    await trx
      .updateTable('dossier_files')
      .set({ dossier_id: toId, component_code: component })
      .where('id', '=', fileId)
      .execute();
    const where = await componentLabel(trx, component);
    await recordAudit(
      trx,
      ctx,
      'move-file',
      'dossier_file',
      fileId,
      `Chuyển tệp "${f.original_name}" từ hồ sơ ${from.unit_name} sang hồ sơ ${to.unit_name}, ${where}`,
    );
    return { from: f.dossier_id, to: toId };
  });
}
