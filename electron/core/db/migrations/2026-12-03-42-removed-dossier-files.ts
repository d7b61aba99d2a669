// A dossier file the user removed stays here, recoverable, until the next backup has kept it; then it is purged
// and its content, once nothing refers to it, leaves the store. Frozen once shipped.
import type { Migration } from './types.ts';

export const removedDossierFiles: Migration = {
  name: '2026-12-03-42-removed-dossier-files',
  up: (db) => {
    db.exec(`
      CREATE TABLE removed_dossier_files (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        component_code TEXT REFERENCES dossier_components (code) ON DELETE SET NULL,
        attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
        original_name TEXT NOT NULL,
        source_path TEXT,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        reason TEXT,
        removed_at TEXT NOT NULL,
        removed_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX removed_dossier_files_dossier ON removed_dossier_files (dossier_id);
      CREATE INDEX removed_dossier_files_attachment ON removed_dossier_files (attachment_id);
    `);
  },
};
