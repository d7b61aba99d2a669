// The baseline side of the query benchmarks: the same columns, joins, filters and order as queryUnits, written
// as plain SQL and run with better-sqlite3 directly (no query builder, no row mapping), each with the best plan
// we know for it, so a ratio well above 1 flags a slow plan as well as slow code.
import type BetterSqlite3 from 'better-sqlite3';

const SELECT_UNITS = `SELECT u.id, u.uid, u.kind, u.subtype, u.name, u.parent_id, p.name AS parent_name, u.address,
  u.head_name, u.head_phone, u.households, u.population, u.notes, u.active_from, u.active_until, u.merged_into_id,
  m.name AS merged_into_name, u.import_batch_id, u.source_office_id, o.name AS source_office_name, u.created_at,
  u.created_by, u.updated_at, u.updated_by, u.version
  FROM units AS u
  LEFT JOIN units AS p ON p.id = u.parent_id
  LEFT JOIN units AS m ON m.id = u.merged_into_id
  LEFT JOIN exchange_offices AS o ON o.id = u.source_office_id`;
const ORDER = 'ORDER BY u.sort_key, u.id';

export interface RawQuery {
  sql: string;
  params: unknown[];
}

export const allUnitsSql = (): RawQuery => ({ sql: `${SELECT_UNITS} ${ORDER}`, params: [] });

export const unitsOfKindActiveOnSql = (kind: string, on: string): RawQuery => ({
  sql: `${SELECT_UNITS} WHERE u.kind = ? AND (u.active_from IS NULL OR u.active_from <= ?)
    AND (u.active_until IS NULL OR u.active_until >= ?) ${ORDER}`,
  params: [kind, on, on],
});

/**
 * `needle` is already folded (lower case, no diacritics), as search_text is. "+u.sort_key" keeps SQLite from
 * walking the sort index row by row: a '%...%' LIKE scans anyway, and sorting the few matches is cheaper.
 */
export const searchUnitsSql = (needle: string): RawQuery => ({
  sql: `${SELECT_UNITS} WHERE u.search_text LIKE ? ESCAPE '\\' ORDER BY +u.sort_key, u.id`,
  params: [`%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
});

/** One block of the grid as raw SQL: the rows, the total, and (first block) the per-kind counts. */
export function pageSql(
  where: string,
  params: unknown[],
  order: string,
  offset: number,
  limit: number,
  kindsWhere: string | null,
): RawQuery[] {
  const w = where ? `WHERE ${where}` : '';
  const queries: RawQuery[] = [
    { sql: `${SELECT_UNITS} ${w} ${order} LIMIT ? OFFSET ?`, params: [...params, limit, offset] },
    { sql: `SELECT count(*) AS id FROM units AS u ${w}`, params },
  ];
  if (kindsWhere !== null) {
    const kw = kindsWhere ? `WHERE ${kindsWhere}` : '';
    queries.push({
      sql: `SELECT kind AS id, count(*) AS n FROM units AS u ${kw} GROUP BY kind`,
      params: kindsWhere ? params.slice(1) : [],
    });
  }
  return queries;
}

export function runRaw(sqlite: BetterSqlite3.Database, q: RawQuery): { id: number }[] {
  return sqlite.prepare(q.sql).all(...q.params) as { id: number }[];
}

/** SQLite's plan, one step per " | ", so a reader sees whether an index or a scan served the query. */
export function queryPlan(sqlite: BetterSqlite3.Database, q: RawQuery): string {
  const steps = sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[];
  return steps.map((s) => s.detail).join(' | ');
}

/** The plan of the first SELECT that `run` prepares on this connection: what the app's own query does. */
export async function capturedPlan(sqlite: BetterSqlite3.Database, run: () => Promise<unknown>): Promise<string> {
  const prepare = sqlite.prepare;
  const seen: { query?: RawQuery } = {};
  // An own property shadows the prototype method while `run` runs, and is deleted afterwards.
  sqlite.prepare = function (this: BetterSqlite3.Database, source: string) {
    const stmt = prepare.call(this, source) as BetterSqlite3.Statement<unknown[]>;
    if (!seen.query && /^\s*select/i.test(source)) {
      const all = stmt.all.bind(stmt);
      stmt.all = (...params: unknown[]) => {
        seen.query ??= { sql: source, params };
        return all(...params);
      };
    }
    return stmt;
  } as typeof sqlite.prepare;
  try {
    await run();
  } finally {
    delete (sqlite as { prepare?: unknown }).prepare;
  }
  return seen.query ? queryPlan(sqlite, seen.query) : 'no SELECT seen';
}
