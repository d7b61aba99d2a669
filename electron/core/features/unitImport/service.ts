// Import of units from a spreadsheet: analyse (no writes), commit as one batch in one transaction, undo.
import path from 'node:path';
import type { Selectable } from 'kysely';
import type { ImportAnalysis, ImportBatch, ImportRow } from '#shared/api/types.ts';
import type { UnitKind } from '#shared/domain/units.ts';
import { foldKey } from '#shared/text/fold.ts';
import { created, recordAudit, nowIso, type Db, type ServiceContext } from '../../context.ts';
import type { ImportBatchesTable } from '../../db/schema.ts';
import { DomainError, notFound } from '../../errors.ts';
import { newUid, toColumns } from '../units/index.ts';
import { analyzeGrid, unitKey, type AnalyzeOptions, type ExistingUnitKeys } from './analyze.ts';
import { readSheet } from './readSheet.ts';
import { rowErrorsSummary } from './rowErrors.ts';

export interface ImportOptions extends AnalyzeOptions {
  sheet?: string;
  /** Import the good rows and leave out the rows in error (by default one error stops the whole import). */
  skipErrors?: boolean;
}

async function existingKeys(db: Db): Promise<ExistingUnitKeys> {
  const rows = await db.selectFrom('units').select(['id', 'kind', 'name', 'name_key']).execute();
  const units = new Set<string>();
  const parents = new Map<string, number>();
  for (const r of rows) {
    units.add(unitKey(r.kind, r.name));
    if (!parents.has(r.name_key)) parents.set(r.name_key, r.id);
  }
  return { units, parents };
}

export async function analyzeFile(db: Db, filePath: string, options: ImportOptions = {}): Promise<ImportAnalysis> {
  const wb = await readSheet(filePath, options.sheet);
  return analyzeGrid(wb.fileName, wb.sheetNames, wb.grid, await existingKeys(db), options);
}

export interface CommitResult {
  batch: ImportBatch;
  created: number;
  skipped: number;
  /** Spreadsheet rows in error left out (only when asked to skip them). */
  errorRows: number[];
  analysis: ImportAnalysis;
}

/**
 * Imports every new row as one batch; a row in error stops the whole import unless the user asked to skip such
 * rows, which are then named in the result.
 */
export async function commitImport(
  ctx: ServiceContext,
  filePath: string,
  options: ImportOptions = {},
): Promise<CommitResult> {
  const wb = await readSheet(filePath, options.sheet);
  const grid = wb.grid;
  return ctx.store.db.transaction().execute(async (trx) => {
    const existing = await existingKeys(trx);
    const analysis = analyzeGrid(wb.fileName, wb.sheetNames, grid, existing, options);
    const errors = analysis.rows.filter((r) => r.status === 'error');
    if (errors.length > 0 && !options.skipErrors) {
      throw new DomainError(
        'validation',
        `Chưa nhập: ${rowErrorsSummary(errors)}. Hãy sửa tệp hoặc cách gán cột rồi thử lại, hoặc chọn bỏ qua các dòng lỗi.`,
      );
    }
    // A new row always has its kind: the analysis marks a row without one as an error.
    const fresh = analysis.rows.filter(
      (r): r is ImportRow & { kind: UnitKind } => r.status === 'new' && r.kind !== null,
    );
    if (fresh.length === 0) {
      throw new DomainError('validation', 'Không có đơn vị mới nào để nhập (các dòng đều trùng hoặc bị bỏ qua).');
    }
    const kinds = new Set(fresh.map((r) => r.kind));
    const batch = await trx
      .insertInto('import_batches')
      .values({
        file_name: path.basename(filePath),
        sheet: analysis.sheet,
        kind: kinds.size === 1 ? ([...kinds][0] ?? null) : null,
        unit_count: fresh.length,
        created_at: nowIso(ctx),
        created_by: ctx.actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const stamp = created(ctx);
    const rows = fresh.map((r) => ({
      uid: newUid(),
      ...toColumns({
        kind: r.kind,
        subtype: r.subtype,
        name: r.name,
        parentId: r.parentName ? (existing.parents.get(foldKey(r.parentName)) ?? null) : null,
        address: r.address,
        headName: r.headName,
        headPhone: r.headPhone,
        households: r.households,
        population: r.population,
        notes: r.notes,
        activeFrom: null,
        activeUntil: null,
        mergedIntoId: null,
      }),
      import_batch_id: batch.id,
      ...stamp,
    }));
    // One prepared statement for every row, on the connection this transaction runs on: building and parsing
    // multi-row statements cost more than SQLite's own work on thousands of rows.
    const columns = Object.keys(rows[0]!);
    const insert = ctx.store.sqlite.prepare(
      `INSERT INTO units (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    for (const row of rows) insert.run(row);
    await recordAudit(
      trx,
      ctx,
      'import',
      'import_batch',
      batch.id,
      `Nhập ${fresh.length} đơn vị từ tệp ${path.basename(filePath)}`,
    );
    return {
      batch: await getBatch(trx, batch.id),
      created: fresh.length,
      skipped: analysis.rows.length - fresh.length,
      errorRows: errors.map((r) => r.rowNumber),
      analysis,
    };
  });
}

function toBatch(r: Selectable<ImportBatchesTable>): ImportBatch {
  return {
    id: r.id,
    fileName: r.file_name,
    sheet: r.sheet,
    kind: r.kind,
    unitCount: r.unit_count,
    createdAt: r.created_at,
    createdBy: r.created_by,
    undoneAt: r.undone_at,
    undoneBy: r.undone_by,
  };
}

export async function getBatch(db: Db, id: number): Promise<ImportBatch> {
  const row = await db.selectFrom('import_batches').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('lần nhập');
  return toBatch(row);
}

export async function listBatches(db: Db): Promise<ImportBatch[]> {
  const rows = await db.selectFrom('import_batches').selectAll().orderBy('id', 'desc').execute();
  return rows.map(toBatch);
}

/** Removes the units a batch created, unless they were edited or are referenced since. */
export async function undoImport(ctx: ServiceContext, id: number): Promise<ImportBatch> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const batch = await getBatch(trx, id);
    if (batch.undoneAt) throw new DomainError('conflict', 'Lần nhập này đã được hoàn tác trước đó.');
    const edited = await trx
      .selectFrom('units')
      .select('name')
      .where('import_batch_id', '=', id)
      .where('version', '>', 1)
      .limit(3)
      .execute();
    if (edited.length > 0) {
      throw new DomainError(
        'conflict',
        `Không hoàn tác được: đơn vị ${edited.map((e) => `"${e.name}"`).join(', ')} đã được sửa sau khi nhập. Hãy xóa từng đơn vị nếu cần.`,
      );
    }
    const referenced = await trx
      .selectFrom('units as other')
      .innerJoin('units as mine', (j) =>
        j.on((eb) =>
          eb.or([eb('other.parent_id', '=', eb.ref('mine.id')), eb('other.merged_into_id', '=', eb.ref('mine.id'))]),
        ),
      )
      .select(['mine.name', 'other.name as otherName'])
      .where('mine.import_batch_id', '=', id)
      .where((eb) => eb.or([eb('other.import_batch_id', 'is', null), eb('other.import_batch_id', '!=', id)]))
      .executeTakeFirst();
    if (referenced) {
      throw new DomainError(
        'conflict',
        `Không hoàn tác được: "${referenced.otherName}" đang thuộc đơn vị "${referenced.name}" của lần nhập này.`,
      );
    }
    await trx.deleteFrom('units').where('import_batch_id', '=', id).execute();
    await trx
      .updateTable('import_batches')
      .set({ undone_at: nowIso(ctx), undone_by: ctx.actor })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      ctx,
      'undo-import',
      'import_batch',
      id,
      `Hoàn tác nhập ${batch.unitCount} đơn vị từ ${batch.fileName}`,
    );
    return getBatch(trx, id);
  });
}
