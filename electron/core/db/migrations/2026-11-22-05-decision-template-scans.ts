// The office's own wording for decisions (an editable template, plus each year's own legal bases) and the
// signed scans attached to decisions.
// Frozen once shipped.
import type { Migration } from './types.ts';

export const decisionTemplateScans: Migration = {
  name: '2026-11-22-05-decision-template-scans',
  up: (db) => {
    db.exec(`
      -- NULL: the shipped template.
      ALTER TABLE office_settings ADD COLUMN decision_template TEXT
        CHECK (decision_template IS NULL OR json_valid(decision_template));
      -- The year's own legal bases (the province's guidance), a JSON array of lines.
      ALTER TABLE campaigns ADD COLUMN decision_bases TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(decision_bases) AND json_type(decision_bases) = 'array');

      -- The signed paper, scanned to PDF, kept in the content-addressed attachment store like every other file.
      CREATE TABLE decision_scans (
        id INTEGER PRIMARY KEY,
        decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE RESTRICT,
        attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
        file_name TEXT NOT NULL CHECK (length(file_name) > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (decision_id, attachment_id)
      ) STRICT;
      CREATE TRIGGER decision_scans_signed_only BEFORE INSERT ON decision_scans
        WHEN (SELECT status FROM decisions WHERE id = NEW.decision_id) NOT IN ('signed', 'issued')
        BEGIN SELECT RAISE(ABORT, 'only a signed decision has a signed scan'); END;
      CREATE TRIGGER decision_scans_immutable BEFORE UPDATE ON decision_scans
        BEGIN SELECT RAISE(ABORT, 'signed scans are immutable'); END;
    `);
  },
};
