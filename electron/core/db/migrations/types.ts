import type BetterSqlite3 from 'better-sqlite3';

/** One schema step. Runs inside the runner's transaction; must not commit or use PRAGMAs that cannot run there. */
export interface Migration {
  /** ISO-dated so names sort in the order they apply: yyyy-mm-dd-nn-what. */
  name: string;
  up: (db: BetterSqlite3.Database) => void;
}
