// What every importer shares: reading a records file against its schema, and recording where a package came from
// (the sending office, the package, when, by whom and what it wrote) inside the import's own transaction.
import type { z } from 'zod';
import { nowIso, type Db, type ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import {
  conflictKey,
  emptyCounts,
  type Change,
  type ConflictChoice,
  type Conflict,
  type ImportPreview,
  type RecordKind,
} from '#shared/api/exchangeTypes.ts';
import type { Manifest } from './container.ts';

export const reject = (message: string) => new DomainError('validation', message);

/** A records file's items, each checked against `schema` (unknown fields dropped). */
export function parseRecords<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S>[] {
  if (!Array.isArray(value))
    throw reject(`Tệp ${what} trong gói không phải danh sách bản ghi. Gói bị hỏng hoặc không đúng định dạng.`);
  return value.map((item, i) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw reject(
        `Bản ghi thứ ${i + 1} trong ${what} không hợp lệ (trường "${issue.path.join('.')}"${issue.code === 'custom' ? ` có ${issue.message}` : ''}): gói bị hỏng hoặc do phần mềm khác tạo. Hãy xin lại gói từ nơi gửi.`,
      );
    }
    return parsed.data;
  });
}

export function uniqueIds(records: { id: string }[], what: string): void {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) throw reject(`Gói có hai ${what} cùng mã "${r.id}". Gói bị hỏng; hãy xin lại gói từ nơi gửi.`);
    seen.add(r.id);
  }
}

/** The sending office's row here, if a package of it was imported before, and whether this package was. */
export async function knownSender(db: Db, manifest: Manifest) {
  const office = await db
    .selectFrom('exchange_offices')
    .select('id')
    .where('uid', '=', manifest.office.id)
    .executeTakeFirst();
  const previous = await db
    .selectFrom('exchange_imports')
    .select('id')
    .where('package_id', '=', manifest.packageId)
    .executeTakeFirst();
  return { officeId: office?.id ?? null, alreadyImported: previous !== undefined };
}

/**
 * Whether a record is written: new and changed ones are, a conflicting one when the user took the package's copy
 * (its own choice, keyed by kind and id, else the choice for all; by default this office's copy stays).
 */
export function writesRecord(options: { onConflict?: ConflictChoice; choices?: Record<string, ConflictChoice> }) {
  return (kind: RecordKind, change: Change | null | undefined, id: string): boolean =>
    change === 'new' ||
    change === 'changed' ||
    (change === 'conflicting' && (options.choices?.[conflictKey(kind, id)] ?? options.onConflict ?? 'keep') === 'take');
}

/** Conflicts listed in a preview for the user to decide on; the counts always cover them all. */
const LISTED_CONFLICTS = 1000;

/**
 * An empty preview of a package, and `note`, which counts one record's change and lists it when it is a conflict
 * (its details worked out only then).
 */
export async function startPreview(db: Db, manifest: Manifest, fileName: string, files: ImportPreview['files']) {
  const { officeId, alreadyImported } = await knownSender(db, manifest);
  const preview: ImportPreview = {
    packageId: manifest.packageId,
    packageKind: manifest.kind,
    office: manifest.office,
    year: manifest.year,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    fileName,
    alreadyImported,
    counts: emptyCounts(),
    conflicts: [],
    files,
  };
  const note = (
    kind: RecordKind,
    id: string,
    change: Change,
    label: string,
    reason = '',
    details?: () => Conflict['details'],
  ): Change => {
    preview.counts[kind][change] += 1;
    if (change === 'conflicting' && preview.conflicts.length < LISTED_CONFLICTS)
      preview.conflicts.push({ kind, id, label, reason, ...(details ? { details: details() } : {}) });
    return change;
  };
  return { preview, note, officeId };
}

/**
 * Records the sending office (added, or its name refreshed) and the import. A package imported again keeps its one
 * row, which then tells the latest import: when, by whom, what it wrote.
 */
export async function recordProvenance(
  trx: Db,
  ctx: ServiceContext,
  manifest: Manifest,
  fileName: string,
  summary: unknown,
): Promise<{ officeId: number; importId: number }> {
  const at = nowIso(ctx);
  const { office } = manifest;
  const officeId = (
    await trx
      .insertInto('exchange_offices')
      .values({
        uid: office.id,
        name: office.name,
        level: office.level,
        province: office.province,
        first_seen_at: at,
        last_seen_at: at,
      })
      .onConflict((oc) =>
        oc
          .column('uid')
          .doUpdateSet({ name: office.name, level: office.level, province: office.province, last_seen_at: at }),
      )
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const latest = { file_name: fileName, summary: JSON.stringify(summary), imported_at: at, imported_by: ctx.actor };
  const importId = (
    await trx
      .insertInto('exchange_imports')
      .values({
        package_id: manifest.packageId,
        office_id: officeId,
        kind: manifest.kind,
        year: manifest.year,
        package_created_at: manifest.createdAt,
        app_version: manifest.appVersion,
        ...latest,
      })
      .onConflict((oc) => oc.column('package_id').doUpdateSet(latest))
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  return { officeId, importId };
}
