// Recognition decisions: drafts, the yearly number register, signed decisions frozen by the database itself,
// and the SHA-256 of every issued file. Frozen once shipped.
import type { Migration } from './types.ts';

const FROZEN = "'signed', 'issued'";

export const decisions: Migration = {
  name: '2026-11-22-04-decisions',
  up: (db) => {
    db.exec(`
      CREATE TABLE document_register (
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        code TEXT NOT NULL,
        last_number INTEGER NOT NULL CHECK (last_number >= 0),
        PRIMARY KEY (year, code)
      ) STRICT;

      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE RESTRICT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'signed', 'issued')),
        code TEXT NOT NULL,
        number INTEGER CHECK (number IS NULL OR number >= 1),
        number_year INTEGER,
        signed_on TEXT,
        subject TEXT NOT NULL CHECK (length(subject) > 0),
        list_title TEXT NOT NULL,
        signer_name TEXT,
        signer_title TEXT,
        signing_authority TEXT,
        on_behalf_of TEXT,
        revokes_id INTEGER REFERENCES decisions (id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        CHECK ((status IN (${FROZEN})) = (number IS NOT NULL AND number_year IS NOT NULL AND signed_on IS NOT NULL
               AND signer_name IS NOT NULL AND signer_title IS NOT NULL)),
        UNIQUE (number_year, code, number)
      ) STRICT;

      CREATE TABLE decision_lines (
        decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
        section TEXT NOT NULL CHECK (section IN ('basis', 'article', 'recipient')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(text) > 0),
        PRIMARY KEY (decision_id, section, position)
      ) STRICT;

      CREATE TABLE decision_units (
        decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        unit_name TEXT NOT NULL,
        parent_name TEXT,
        previous_status TEXT NOT NULL,
        PRIMARY KEY (decision_id, unit_id)
      ) STRICT;
      CREATE INDEX decision_units_unit ON decision_units (unit_id);

      CREATE TABLE issued_files (
        id INTEGER PRIMARY KEY,
        decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE RESTRICT,
        file_kind TEXT NOT NULL CHECK (file_kind IN ('decision', 'certificates')),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

      -- Once signed, a decision never changes: only the step from signed to issued is allowed, and it may touch
      -- nothing but the status and the audit stamps. Enforced here, not only in the app.
      CREATE TRIGGER decisions_frozen_update BEFORE UPDATE ON decisions
        WHEN OLD.status IN (${FROZEN}) AND NOT (
          OLD.status = 'signed' AND NEW.status = 'issued'
          AND NEW.campaign_id IS OLD.campaign_id AND NEW.code IS OLD.code AND NEW.number IS OLD.number
          AND NEW.number_year IS OLD.number_year AND NEW.signed_on IS OLD.signed_on AND NEW.subject IS OLD.subject
          AND NEW.list_title IS OLD.list_title AND NEW.signer_name IS OLD.signer_name
          AND NEW.signer_title IS OLD.signer_title AND NEW.signing_authority IS OLD.signing_authority
          AND NEW.on_behalf_of IS OLD.on_behalf_of AND NEW.revokes_id IS OLD.revokes_id)
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;
      CREATE TRIGGER decisions_frozen_delete BEFORE DELETE ON decisions WHEN OLD.status IN (${FROZEN})
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;
      ${['decision_lines', 'decision_units']
        .map(
          (t) => `
      CREATE TRIGGER ${t}_frozen_insert BEFORE INSERT ON ${t}
        WHEN (SELECT status FROM decisions WHERE id = NEW.decision_id) IN (${FROZEN})
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;
      CREATE TRIGGER ${t}_frozen_update BEFORE UPDATE ON ${t}
        WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) IN (${FROZEN})
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;
      CREATE TRIGGER ${t}_frozen_delete BEFORE DELETE ON ${t}
        WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) IN (${FROZEN})
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;`,
        )
        .join('\n')}
    `);
  },
};
