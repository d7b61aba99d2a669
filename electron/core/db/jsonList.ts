// Rows of a subquery folded into one JSON text column, so a parent and its children come back in one query.
// SQLite hands the aggregate back as text: the type says so, and parseJsonList is the one place it is read.
import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/sqlite';

declare const jsonText: unique symbol;
/** JSON text known to hold a T. */
export type JsonText<T> = string & { readonly [jsonText]: T };

/** The subquery's rows, in its ORDER BY, as a JSON array of objects keyed by its selected column names. */
export function jsonList<DB, TB extends keyof DB, O>(
  subquery: SelectQueryBuilder<DB, TB, O>,
): RawBuilder<JsonText<O[]>> {
  return sql<JsonText<O[]>>`${jsonArrayFrom(subquery)}`;
}

export function parseJsonList<T>(text: JsonText<T[]>): T[] {
  return JSON.parse(text) as T[];
}
