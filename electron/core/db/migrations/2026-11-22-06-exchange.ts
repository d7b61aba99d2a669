// Exchange between offices: this office's stable id, the offices packages came from, every package imported
// (provenance), units attributed to the commune they came from, and the communes' dossiers and decisions as
// received — kept beside this office's own round and register, never mixed into them. Frozen once shipped.
import type { Migration } from './types.ts';

export const exchange: Migration = {
  name: '2026-11-22-06-exchange',
  up: (db) => {
    db.exec(`
      -- Set once, the first time the office exports; identifies it in every package it sends.
      ALTER TABLE office_settings ADD COLUMN office_uid TEXT;

      CREATE TABLE exchange_offices (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 100),
        name TEXT NOT NULL,
        level TEXT NOT NULL,
        province TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE exchange_imports (
        id INTEGER PRIMARY KEY,
        package_id TEXT NOT NULL UNIQUE,
        office_id INTEGER NOT NULL REFERENCES exchange_offices (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL,
        year INTEGER,
        package_created_at TEXT NOT NULL,
        app_version TEXT NOT NULL,
        file_name TEXT NOT NULL,
        summary TEXT NOT NULL CHECK (json_valid(summary)),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
      ) STRICT;

      -- NULL: this office's own unit. Otherwise the commune it came from, and the hash of the record as last
      -- imported, which tells a later package's change from a local edit.
      ALTER TABLE units ADD COLUMN source_office_id INTEGER REFERENCES exchange_offices (id) ON DELETE RESTRICT;
      ALTER TABLE units ADD COLUMN import_hash TEXT;
      CREATE INDEX units_source_office ON units (source_office_id);

      CREATE TABLE received_dossiers (
        id INTEGER PRIMARY KEY,
        office_id INTEGER NOT NULL REFERENCES exchange_offices (id) ON DELETE RESTRICT,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        status TEXT NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record)),
        record_hash TEXT NOT NULL CHECK (length(record_hash) = 64),
        import_id INTEGER NOT NULL REFERENCES exchange_imports (id) ON DELETE RESTRICT,
        UNIQUE (unit_id, year)
      ) STRICT;
      CREATE INDEX received_dossiers_office_year ON received_dossiers (office_id, year, status);

      CREATE TABLE received_dossier_files (
        received_dossier_id INTEGER NOT NULL REFERENCES received_dossiers (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
        component_code TEXT,
        original_name TEXT NOT NULL,
        PRIMARY KEY (received_dossier_id, position)
      ) STRICT;
      CREATE INDEX received_dossier_files_attachment ON received_dossier_files (attachment_id);

      CREATE TABLE received_decisions (
        id INTEGER PRIMARY KEY,
        office_id INTEGER NOT NULL REFERENCES exchange_offices (id) ON DELETE RESTRICT,
        record_key TEXT NOT NULL,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        number INTEGER NOT NULL,
        code TEXT NOT NULL,
        signed_on TEXT NOT NULL,
        subject TEXT NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record)),
        record_hash TEXT NOT NULL CHECK (length(record_hash) = 64),
        import_id INTEGER NOT NULL REFERENCES exchange_imports (id) ON DELETE RESTRICT,
        UNIQUE (office_id, record_key)
      ) STRICT;

      CREATE TABLE received_decision_files (
        received_decision_id INTEGER NOT NULL REFERENCES received_decisions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
        file_kind TEXT NOT NULL CHECK (file_kind IN ('decision', 'certificates', 'scan')),
        file_name TEXT NOT NULL,
        PRIMARY KEY (received_decision_id, position)
      ) STRICT;
    `);
  },
};
