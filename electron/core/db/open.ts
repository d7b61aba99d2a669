// Opens a data folder: the SQLite database plus the attachments folder beside it.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { DomainError } from '../errors.ts';
import { migrate } from './migrate.ts';
import type { Database } from './schema.ts';
import { mapSqliteError } from './sqliteErrors.ts';

export const DATABASE_FILE = 'du-lieu.sqlite';
export const ATTACHMENTS_DIR = 'tep-dinh-kem';
/** Issued decisions and certificates, by year: van-ban/<year>/<file name>. */
export const ISSUED_DIR = 'van-ban';

export interface DataStore {
  dataDir: string;
  attachmentsDir: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  close(): Promise<void>;
}

export function openSqlite(file: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    // FULL: a committed write survives power loss, which matters more here than write speed.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** What a failure to open the data folder `dir` tells the user. */
export function openFailure(error: unknown, dir: string): DomainError {
  const mapped = mapSqliteError(error);
  if (mapped instanceof DomainError) return mapped;
  return new DomainError('io', `Không mở được thư mục dữ liệu "${dir}". Hãy kiểm tra đường dẫn và quyền ghi.`);
}

/** Opens the database of a data folder as it is; the app's entry points use openDataFolder (see dataFolder.ts). */
export function openDataStore(dataDir: string): DataStore {
  const dir = path.resolve(dataDir);
  let sqlite: BetterSqlite3.Database;
  try {
    fs.mkdirSync(path.join(dir, ATTACHMENTS_DIR), { recursive: true });
    sqlite = openSqlite(path.join(dir, DATABASE_FILE));
  } catch (error) {
    throw openFailure(error, dir);
  }
  try {
    migrate(sqlite);
  } catch (error) {
    sqlite.close();
    throw mapSqliteError(error);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    dataDir: dir,
    attachmentsDir: path.join(dir, ATTACHMENTS_DIR),
    sqlite,
    db,
    close: async () => {
      await db.destroy();
      // Kysely only closes a connection it has used; a store used through `sqlite` alone must close it here.
      if (sqlite.open) sqlite.close();
    },
  };
}
