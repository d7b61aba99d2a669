// Writing an import's records in its one transaction. Rows go in as multi-row statements, and ids are looked up
// once for a whole list (through json_each, so no list of any length hits SQLite's limit on bound parameters):
// 10,000 dossiers cost a few dozen statements, not tens of thousands.
import { sql } from 'kysely';
import { nowIso, type Db, type ServiceContext } from '../../context.ts';
import { attachmentIds } from '../../attachments/store.ts';
import { toColumns } from '../units/index.ts';
import { recordHash, type DecisionRecordOut, type DossierRecord, type UnitRecord } from './records.ts';

/** Rows per multi-row INSERT: at most 23 columns each, well under SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 500;
/** Units whose links are set by one UPDATE (the list is a single JSON parameter). */
const LINKS_PER_UPDATE = 5000;

export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** `(SELECT value FROM json_each(?))`: a list of any length as one bound parameter, for `IN`. */
export const jsonList = <T extends string | number>(values: readonly T[]) =>
  sql<T>`(SELECT value FROM json_each(${JSON.stringify(values)}))`;

/** Local row ids of the units with these uids (those that exist). */
export async function unitIdsByUid(db: Db, uids: readonly string[]): Promise<Map<string, number>> {
  if (!uids.length) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'uid']).where('uid', 'in', jsonList(uids)).execute();
  return new Map(rows.map((r) => [r.uid, r.id]));
}

export interface ApplyInput {
  officeId: number;
  importId: number;
  /** Every unit uid in the package: links may point at units kept as they are here. */
  packageUids: string[];
  units: UnitRecord[];
  dossiers: DossierRecord[];
  decisions: DecisionRecordOut[];
  /** sha256 → size and extension, every file the records refer to. */
  files: Map<string, { size: number; extension: string }>;
}

/**
 * Units first (rows, then the links between them, since a parent may come later in the list), then dossiers and
 * decisions with their files. A dossier whose unit has no row here is skipped.
 */
export async function applyRecords(trx: Db, ctx: ServiceContext, input: ApplyInput): Promise<void> {
  const ids = await writeUnits(trx, ctx, input);
  const dossiers = input.dossiers.filter((d) => ids.has(d.unitId));
  const shas = new Set([...dossiers, ...input.decisions].flatMap((r) => r.files.map((f) => f.sha256)));
  const attachments = await attachmentIds(
    trx,
    ctx,
    [...shas].map((sha256) => ({ sha256, ...input.files.get(sha256)! })),
  );
  await writeDossiers(trx, input, dossiers, ids, attachments);
  await writeDecisions(trx, input, attachments);
}

async function writeUnits(trx: Db, ctx: ServiceContext, input: ApplyInput): Promise<Map<string, number>> {
  const at = nowIso(ctx);
  const stamp = { updated_at: at, updated_by: ctx.actor };
  const ids = await unitIdsByUid(trx, input.packageUids);
  const columns = (u: UnitRecord) => ({
    ...toColumns({ ...u, parentId: null, mergedIntoId: null, subtype: u.subtype as never }),
    source_office_id: input.officeId,
    import_hash: recordHash(u),
  });
  const known = input.units.filter((u) => ids.has(u.id));
  const fresh = input.units.filter((u) => !ids.has(u.id));
  // This office's own unit taken from a package keeps being its own: only its details change.
  const own = new Set(
    known.length
      ? (
          await trx
            .selectFrom('units')
            .select('uid')
            .where('uid', 'in', jsonList(known.map((u) => u.id)))
            .where('source_office_id', 'is', null)
            .execute()
        ).map((r) => r.uid)
      : [],
  );
  for (const u of known) {
    const keepOwn = own.has(u.id) ? { source_office_id: null, import_hash: null } : {};
    await trx
      .updateTable('units')
      .set({ ...columns(u), ...keepOwn, ...stamp, version: (eb) => eb('version', '+', 1) })
      .where('id', '=', ids.get(u.id)!)
      .execute();
  }
  for (const part of chunks(fresh, ROWS_PER_INSERT)) {
    const rows = await trx
      .insertInto('units')
      .values(part.map((u) => ({ uid: u.id, ...columns(u), created_at: at, created_by: ctx.actor, ...stamp })))
      .returning(['id', 'uid'])
      .execute();
    for (const r of rows) ids.set(r.uid, r.id);
  }
  const link = (uid: string | null) => (uid ? (ids.get(uid) ?? null) : null);
  const links = input.units
    .filter((u) => u.parentId || u.mergedIntoId)
    .map((u) => [ids.get(u.id)!, link(u.parentId), link(u.mergedIntoId)]);
  for (const part of chunks(links, LINKS_PER_UPDATE)) {
    await sql`UPDATE units SET parent_id = json_extract(j.value, '$[1]'), merged_into_id = json_extract(j.value, '$[2]')
      FROM json_each(${JSON.stringify(part)}) AS j WHERE units.id = json_extract(j.value, '$[0]')`.execute(trx);
  }
  return ids;
}

async function writeDossiers(
  trx: Db,
  input: ApplyInput,
  dossiers: DossierRecord[],
  unitIds: Map<string, number>,
  attachments: Map<string, number>,
): Promise<void> {
  for (const part of chunks(dossiers, ROWS_PER_INSERT)) {
    const rows = await trx
      .insertInto('received_dossiers')
      .values(
        part.map((d) => ({
          office_id: input.officeId,
          unit_id: unitIds.get(d.unitId)!,
          year: d.year,
          status: d.status,
          record: JSON.stringify(d),
          record_hash: recordHash(d),
          import_id: input.importId,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['unit_id', 'year']).doUpdateSet((eb) => ({
          office_id: eb.ref('excluded.office_id'),
          status: eb.ref('excluded.status'),
          record: eb.ref('excluded.record'),
          record_hash: eb.ref('excluded.record_hash'),
          import_id: eb.ref('excluded.import_id'),
        })),
      )
      .returning(['id', 'unit_id'])
      .execute();
    const rowId = new Map(rows.map((r) => [r.unit_id, r.id]));
    const received = part.map((d) => rowId.get(unitIds.get(d.unitId)!)!);
    await trx.deleteFrom('received_dossier_files').where('received_dossier_id', 'in', jsonList(received)).execute();
    const files = part.flatMap((d, i) =>
      d.files.map((f, position) => ({
        received_dossier_id: received[i]!,
        position,
        attachment_id: attachments.get(f.sha256)!,
        component_code: f.componentCode,
        original_name: f.name,
      })),
    );
    for (const filesPart of chunks(files, ROWS_PER_INSERT)) {
      await trx.insertInto('received_dossier_files').values(filesPart).execute();
    }
  }
}

async function writeDecisions(trx: Db, input: ApplyInput, attachments: Map<string, number>): Promise<void> {
  for (const d of input.decisions) {
    const values = {
      office_id: input.officeId,
      record_key: d.id,
      year: d.year,
      number: d.number,
      code: d.code,
      signed_on: d.signedOn,
      subject: d.subject,
      record: JSON.stringify(d),
      record_hash: recordHash(d),
      import_id: input.importId,
    };
    const row = await trx
      .insertInto('received_decisions')
      .values(values)
      .onConflict((oc) => oc.columns(['office_id', 'record_key']).doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('received_decision_files').where('received_decision_id', '=', row.id).execute();
    if (!d.files.length) continue;
    await trx
      .insertInto('received_decision_files')
      .values(
        d.files.map((f, position) => ({
          received_decision_id: row.id,
          position,
          attachment_id: attachments.get(f.sha256)!,
          file_kind: f.kind,
          file_name: f.name,
        })),
      )
      .execute();
  }
}
