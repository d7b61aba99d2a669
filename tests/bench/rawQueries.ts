// The baseline side of the query benchmarks: the same columns, joins, filters and order as queryUnits, written
// as plain SQL and run with better-sqlite3 directly (no query builder, no row mapping).
import type BetterSqlite3 from 'better-sqlite3';

const SELECT_UNITS = `SELECT u.id, u.uid, u.kind, u.subtype, u.name, u.parent_id, p.name AS parent_name, u.address,
  u.head_name, u.head_phone, u.households, u.population, u.notes, u.active_from, u.active_until, u.merged_into_id,
  m.name AS merged_into_name, u.import_batch_id, u.created_at, u.created_by, u.updated_at, u.updated_by, u.version
  FROM units AS u
  LEFT JOIN units AS p ON p.id = u.parent_id
  LEFT JOIN units AS m ON m.id = u.merged_into_id`;
const ORDER = 'ORDER BY u.sort_key, u.id';

export interface RawUnitRow {
  id: number;
}

export function rawAllUnits(sqlite: BetterSqlite3.Database): RawUnitRow[] {
  return sqlite.prepare(`${SELECT_UNITS} ${ORDER}`).all() as RawUnitRow[];
}

export function rawUnitsOfKindActiveOn(sqlite: BetterSqlite3.Database, kind: string, on: string): RawUnitRow[] {
  return sqlite
    .prepare(
      `${SELECT_UNITS} WHERE u.kind = ? AND (u.active_from IS NULL OR u.active_from <= ?)
       AND (u.active_until IS NULL OR u.active_until >= ?) ${ORDER}`,
    )
    .all(kind, on, on) as RawUnitRow[];
}

/** `needle` is already folded (lower case, no diacritics), as search_text is. */
export function rawSearchUnits(sqlite: BetterSqlite3.Database, needle: string): RawUnitRow[] {
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sqlite.prepare(`${SELECT_UNITS} WHERE u.search_text LIKE ? ESCAPE '\\' ${ORDER}`).all(pattern) as RawUnitRow[];
}
