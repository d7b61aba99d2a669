// The unit registry: list, query, create, update (with name history and merges), remove.
import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { Unit } from '#shared/api/types.ts';
import type { UnitSource } from '#shared/api/schemas.ts';
import type { UnitKind } from '#shared/domain/units.ts';
import { UNIT_KIND_LABELS, UNIT_KINDS } from '#shared/domain/units.ts';
import { foldKey, foldText } from '#shared/text/fold.ts';
import { created, nowIso, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { checkUnitDates } from '../../dateRules.ts';
import { DomainError, notFound } from '../../errors.ts';
import { UNIT_COLUMNS, newUid, toColumns, toUnit, type UnitFields } from './mapper.ts';

function selectUnits(db: Db) {
  return db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .leftJoin('units as m', 'm.id', 'u.merged_into_id')
    .leftJoin('exchange_offices as o', 'o.id', 'u.source_office_id')
    .select([
      'u.id',
      'u.uid',
      ...UNIT_COLUMNS,
      'u.parent_id',
      'p.name as parent_name',
      'u.merged_into_id',
      'm.name as merged_into_name',
      'u.import_batch_id',
      'u.source_office_id',
      'u.has_party_organisation',
      'u.excluded_kind',
      'u.excluded_reason',
      'o.name as source_office_name',
      'u.created_at',
      'u.created_by',
      'u.updated_at',
      'u.updated_by',
      'u.version',
    ]);
}

export interface UnitQuery {
  kind?: UnitKind;
  /** Matched without case or diacritics against name, address, head and phone. */
  search?: string;
  /** Units still active on this ISO date. */
  activeOn?: string;
  /** Units that ended (or merged) before this ISO date. */
  endedBefore?: string;
  /** Whose units (default all): own, received from communes, or one sending office's. */
  source?: UnitSource;
  limit?: number;
}

/** The condition matching a search against unit "u"'s folded text (name, address, head, phone); null for none. */
export function searchCondition(search: string | undefined): RawBuilder<SqlBool> | null {
  if (!search?.trim()) return null;
  const needle = foldText(search).replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql<SqlBool>`u.search_text LIKE ${`%${needle}%`} ESCAPE '\\'`;
}

type UnitFilterBuilder = ExpressionBuilder<Database & { u: Database['units'] }, 'u'>;

/** The WHERE of a unit query, shared by the list, the page and the counts so they always agree. */
function unitFilter(q: UnitQuery) {
  return (eb: UnitFilterBuilder) => {
    const conditions: Expression<SqlBool>[] = [];
    if (q.kind) conditions.push(eb('u.kind', '=', q.kind));
    const search = searchCondition(q.search);
    if (search) conditions.push(search);
    if (q.activeOn) {
      const on = q.activeOn;
      conditions.push(eb.or([eb('u.active_from', 'is', null), eb('u.active_from', '<=', on)]));
      conditions.push(eb.or([eb('u.active_until', 'is', null), eb('u.active_until', '>=', on)]));
    }
    if (q.endedBefore) conditions.push(eb('u.active_until', '<', q.endedBefore));
    if (q.source === 'own') conditions.push(eb('u.source_office_id', 'is', null));
    else if (q.source === 'received') conditions.push(eb('u.source_office_id', 'is not', null));
    else if (typeof q.source === 'number') conditions.push(eb('u.source_office_id', '=', q.source));
    return eb.and(conditions);
  };
}

/** Units in Vietnamese order, optionally filtered. */
export async function queryUnits(db: Db, q: UnitQuery = {}): Promise<Unit[]> {
  const searching = !!q.search?.trim();
  let query = selectUnits(db).where(unitFilter(q));
  // A '%...%' LIKE cannot use an index and keeps few rows: scan and sort the matches, rather than let SQLite walk
  // the sort index and fetch every unit in order to test it (4x slower at 100,000 units).
  query = searching ? query.orderBy(sql`+u.sort_key`) : query.orderBy('u.sort_key');
  query = query.orderBy('u.id');
  if (q.limit) query = query.limit(q.limit);
  const rows = await query.execute();
  return rows.map(toUnit);
}

export interface UnitPageQuery extends UnitQuery {
  sort: 'name' | 'kind';
  descending: boolean;
  offset: number;
  limit: number;
  /** Also count matches (total, per kind); the grid asks with its first block only. */
  withCounts?: boolean;
}

export interface UnitPage {
  rows: Unit[];
  total: number | null;
  /** Per kind for the same filters without the kind; only when counts were asked for. */
  countsByKind: Record<UnitKind, number> | null;
}

function tally(kinds: UnitKind[]): Record<UnitKind, number> {
  const counts = Object.fromEntries(UNIT_KINDS.map((k) => [k, 0])) as Record<UnitKind, number>;
  for (const k of kinds) counts[k]++;
  return counts;
}

/** Full rows for ids, in the order given. */
async function unitsByIds(db: Db, ids: number[]): Promise<Unit[]> {
  if (ids.length === 0) return [];
  const rows = await selectUnits(db).where('u.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => toUnit(byId.get(id)!));
}

/**
 * One block of the registry for the grid. The block's ids come from an index walk (or one scan for a search),
 * then only those rows are read in full: skipped rows cost an index step, not a row with its joins.
 */
export async function queryUnitsPage(db: Db, q: UnitPageQuery): Promise<UnitPage> {
  const dir = q.descending ? 'desc' : 'asc';
  const { kind, ...withoutKind } = q;
  if (q.search?.trim()) {
    // A '%...%' LIKE scans the table anyway: scan once, then count, filter by kind and cut the block in memory.
    let matches = selectUnits(db).clearSelect().select(['u.id', 'u.kind']).where(unitFilter(withoutKind));
    if (q.sort === 'kind') matches = matches.orderBy('u.kind', dir);
    const all = await matches
      .orderBy(sql`+u.sort_key`, dir)
      .orderBy('u.id', dir)
      .execute();
    const inKind = kind ? all.filter((m) => m.kind === kind) : all;
    const ids = inKind.slice(q.offset, q.offset + q.limit).map((m) => m.id);
    return {
      rows: await unitsByIds(db, ids),
      total: inKind.length,
      countsByKind: q.withCounts === false ? null : tally(all.map((m) => m.kind)),
    };
  }
  let idQuery = db.selectFrom('units as u').select('u.id').where(unitFilter(q));
  if (q.sort === 'kind') idQuery = idQuery.orderBy('u.kind', dir);
  const ids = (
    await idQuery.orderBy('u.sort_key', dir).orderBy('u.id', dir).limit(q.limit).offset(q.offset).execute()
  ).map((r) => r.id);
  let total: number | null = null;
  let countsByKind: UnitPage['countsByKind'] = null;
  if (q.withCounts !== false) {
    const counts = await db
      .selectFrom('units as u')
      .select(['u.kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where(unitFilter(withoutKind))
      .groupBy('u.kind')
      .execute();
    countsByKind = Object.fromEntries(UNIT_KINDS.map((k) => [k, counts.find((c) => c.kind === k)?.n ?? 0])) as Record<
      UnitKind,
      number
    >;
    total = kind ? countsByKind[kind] : Object.values(countsByKind).reduce((a, b) => a + b, 0);
  }
  return { rows: await unitsByIds(db, ids), total, countsByKind };
}

export async function getUnit(db: Db, id: number): Promise<Unit> {
  const row = await selectUnits(db).where('u.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('đơn vị');
  return toUnit(row);
}

async function checkReferences(db: Db, f: UnitFields, selfId: number | null): Promise<void> {
  for (const [field, refId, label] of [
    ['parentId', f.parentId, 'Đơn vị cấp trên'],
    ['mergedIntoId', f.mergedIntoId, 'Đơn vị sáp nhập vào'],
  ] as const) {
    if (refId === null) continue;
    if (refId === selfId) {
      throw new DomainError('validation', `${label} không thể là chính đơn vị này.`, [
        { path: field, message: `${label} không thể là chính đơn vị này.` },
      ]);
    }
    const ref = await db.selectFrom('units').select('id').where('id', '=', refId).executeTakeFirst();
    if (!ref) {
      throw new DomainError('validation', `${label} không còn trong danh sách.`, [
        { path: field, message: `${label} không còn trong danh sách.` },
      ]);
    }
  }
  if (selfId !== null && f.parentId !== null) {
    // Walk up from the new parent: meeting ourselves would make a cycle.
    const cycle = await sql<{ id: number }>`
      WITH RECURSIVE up(id) AS (SELECT ${f.parentId} UNION SELECT u.parent_id FROM units u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL)
      SELECT id FROM up WHERE id = ${selfId}`.execute(db);
    if (cycle.rows.length > 0) {
      throw new DomainError('validation', 'Đơn vị cấp trên tạo thành vòng lặp (đơn vị nằm trong chính nó).', [
        { path: 'parentId', message: 'Chọn đơn vị cấp trên khác.' },
      ]);
    }
  }
}

export async function createUnit(ctx: ServiceContext, f: UnitFields): Promise<Unit> {
  return ctx.store.db.transaction().execute(async (trx) => {
    checkUnitDates(ctx, f.activeFrom, f.activeUntil);
    await checkReferences(trx, f, null);
    const { id } = await trx
      .insertInto('units')
      .values({ uid: newUid(), ...toColumns(f), ...created(ctx) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, 'create', 'unit', id, `Thêm ${UNIT_KIND_LABELS[f.kind].toLowerCase()}: ${f.name}`);
    return getUnit(trx, id);
  });
}

export async function updateUnit(ctx: ServiceContext, id: number, version: number, f: UnitFields): Promise<Unit> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const before = await getUnit(trx, id);
    if (before.version !== version) {
      throw new DomainError(
        'conflict',
        `Đơn vị "${before.name}" vừa được ${before.updatedBy} sửa. Hãy tải lại rồi sửa tiếp để không ghi đè thay đổi của người khác.`,
      );
    }
    checkUnitDates(ctx, f.activeFrom, f.activeUntil);
    await checkReferences(trx, f, id);
    if (before.name !== f.name) {
      // Old years keep the name the unit had then.
      await trx
        .insertInto('unit_name_history')
        .values({
          unit_id: id,
          name: before.name,
          valid_until: nowIso(ctx).slice(0, 10),
          recorded_at: nowIso(ctx),
          recorded_by: ctx.actor,
        })
        .execute();
    }
    await trx
      .updateTable('units')
      .set({ ...toColumns(f), ...updated(ctx), version: version + 1 })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, 'update', 'unit', id, `Sửa đơn vị: ${f.name}`);
    return getUnit(trx, id);
  });
}

export async function removeUnit(ctx: ServiceContext, id: number): Promise<{ id: number }> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const unit = await getUnit(trx, id);
    const dependent = await trx
      .selectFrom('units')
      .select('name')
      .where((eb) => eb.or([eb('parent_id', '=', id), eb('merged_into_id', '=', id)]))
      .executeTakeFirst();
    if (dependent) {
      throw new DomainError(
        'conflict',
        `Không xóa được "${unit.name}" vì "${dependent.name}" đang thuộc hoặc đã sáp nhập vào đơn vị này. Hãy ghi ngày kết thúc thay vì xóa.`,
      );
    }
    await trx.deleteFrom('units').where('id', '=', id).execute();
    await recordAudit(trx, ctx, 'delete', 'unit', id, `Xóa đơn vị: ${unit.name}`);
    return { id };
  });
}

/** The name a unit carried on a date (old years keep old names). */
export async function unitNameOn(db: Db, id: number, isoDate: string): Promise<string> {
  const older = await db
    .selectFrom('unit_name_history')
    .select('name')
    .where('unit_id', '=', id)
    .where('valid_until', '>', isoDate)
    .orderBy('valid_until')
    .executeTakeFirst();
  if (older) return older.name;
  return (await getUnit(db, id)).name;
}

/**
 * Units of a kind whose name folds to the same key as `name`: the Excel import's duplicate rule (kind and foldKey),
 * so a hand-typed "thon dong  1" finds "Thôn Đông 1".
 */
export async function sameNameUnits(
  db: Db,
  kind: UnitKind,
  name: string,
  excludeId?: number,
): Promise<{ id: number; name: string }[]> {
  const key = foldKey(name);
  if (!key) return [];
  let query = db.selectFrom('units').select(['id', 'name']).where('kind', '=', kind).where('name_key', '=', key);
  if (excludeId !== undefined) query = query.where('id', '!=', excludeId);
  return query.orderBy('id').limit(5).execute();
}
