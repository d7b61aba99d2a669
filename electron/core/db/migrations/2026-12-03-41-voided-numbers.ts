// Numbers given by the văn thư and later voided: a signing corrected to another number, or cancelled before the
// decision was issued, leaves its number here with the reason, so the register shows it void and it is never
// given again. A signed decision stays frozen except for those two steps before issue, and its number leaves it
// only once voided here. Frozen once shipped.
import type { Migration } from './types.ts';

export const voidedNumbers: Migration = {
  name: '2026-12-03-41-voided-numbers',
  up: (db) => {
    db.exec(`
      CREATE TABLE voided_numbers (
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        code TEXT NOT NULL,
        number INTEGER NOT NULL CHECK (number >= 1),
        decision_id INTEGER REFERENCES decisions (id) ON DELETE SET NULL,
        subject TEXT NOT NULL,
        signed_on TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        voided_at TEXT NOT NULL,
        voided_by TEXT NOT NULL,
        PRIMARY KEY (year, code, number)
      ) STRICT;

      DROP TRIGGER decisions_frozen_update;
      CREATE TRIGGER decisions_frozen_update BEFORE UPDATE ON decisions
        WHEN OLD.status IN ('signed', 'issued') AND NOT (
          NEW.campaign_id IS OLD.campaign_id AND NEW.code IS OLD.code AND NEW.subject IS OLD.subject
          AND NEW.list_title IS OLD.list_title AND NEW.revokes_id IS OLD.revokes_id
          AND (
            (OLD.status = 'signed' AND NEW.status = 'issued'
              AND NEW.number IS OLD.number AND NEW.number_year IS OLD.number_year AND NEW.signed_on IS OLD.signed_on
              AND NEW.signer_name IS OLD.signer_name AND NEW.signer_title IS OLD.signer_title
              AND NEW.signing_authority IS OLD.signing_authority AND NEW.on_behalf_of IS OLD.on_behalf_of)
            OR (OLD.status = 'signed' AND NEW.status IN ('signed', 'submitted')
              AND ((NEW.number IS OLD.number AND NEW.number_year IS OLD.number_year)
                OR EXISTS (SELECT 1 FROM voided_numbers v
                           WHERE v.year = OLD.number_year AND v.code = OLD.code AND v.number = OLD.number)))
          ))
        BEGIN SELECT RAISE(ABORT, 'signed decisions are immutable'); END;
    `);
  },
};
