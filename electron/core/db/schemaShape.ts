// The schema a database carries (tables, indexes, triggers, views with their SQL) compared with what this app's own
// migrations build for the same version, so a restored or tampered file cannot bring objects of its own.
import BetterSqlite3 from 'better-sqlite3';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';

type SchemaObject = { type: string; name: string; table: string; sql: string };

const KIND_VI: Record<string, string> = { table: 'bảng', index: 'chỉ mục', trigger: 'trigger', view: 'view' };

/** Whitespace runs collapse to one space, so only a change of meaning counts, never a change of layout. */
const normalise = (sql: string | null) =>
  (sql ?? '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([(),;]) ?/g, '$1')
    .trim();

function schemaObjects(db: BetterSqlite3.Database): Map<string, SchemaObject> {
  // sqlite_* names are SQLite's own (autoindexes, sqlite_sequence, sqlite_stat*): they follow from the tables.
  const rows = db
    .prepare(
      "SELECT type, name, tbl_name AS \"table\", sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
    )
    .all() as { type: string; name: string; table: string; sql: string | null }[];
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, { ...r, sql: normalise(r.sql) }]));
}

const expected = new Map<string, Map<string, SchemaObject>>();

/** What the registry's migrations up to and including `version` build, made once per version in memory. */
function expectedSchema(version: string): Map<string, SchemaObject> | null {
  const cached = expected.get(version);
  if (cached) return cached;
  const count = MIGRATIONS.findIndex((m) => m.name === version) + 1;
  if (count === 0) return null;
  const db = new BetterSqlite3(':memory:');
  try {
    migrate(db, MIGRATIONS.slice(0, count), () => '');
    const objects = schemaObjects(db);
    expected.set(version, objects);
    return objects;
  } finally {
    db.close();
  }
}

const describe = (o: SchemaObject) =>
  `${KIND_VI[o.type] ?? o.type} "${o.name}"${o.type !== 'table' && o.table !== o.name ? ` (của bảng ${o.table})` : ''}`;

/**
 * Differences from the app's own schema, in Vietnamese, each naming the object; empty when identical. The version
 * is the last applied migration; the applied list must be exactly the registry's first steps.
 */
export function schemaDifferences(db: BetterSqlite3.Database, applied: readonly string[]): string[] {
  const known = MIGRATIONS.map((m) => m.name);
  if (applied.length === 0 || applied.some((name, i) => known[i] !== name)) {
    return ['Danh sách các bước nâng cấp cơ sở dữ liệu không khớp với ứng dụng.'];
  }
  const want = expectedSchema(applied.at(-1)!)!;
  const have = schemaObjects(db);
  const problems: string[] = [];
  for (const [key, o] of have) {
    const w = want.get(key);
    if (!w) problems.push(`Cơ sở dữ liệu có thêm ${describe(o)} không thuộc ứng dụng.`);
    else if (w.sql !== o.sql || w.table !== o.table) problems.push(`Cấu trúc của ${describe(o)} đã bị thay đổi.`);
  }
  for (const [key, o] of want) {
    if (!have.has(key)) problems.push(`Cơ sở dữ liệu thiếu ${describe(o)} của ứng dụng.`);
  }
  return problems;
}
