// Criteria sets and the decision template handed down by an office above: every criteria set gets a stable uid
// that travels in packages, and the set or template as last imported keeps where it came from and its hash.
// Frozen once shipped.
import type { Migration } from './types.ts';

/** The set seeded by 2026-11-22-02-round: the same uid on every installation, so offices recognise it. */
export const SHIPPED_CRITERIA_SET_UID = '5f0c3a4e-1d2b-4c6a-9e8f-124202100001';

// A random version-4 UUID in SQL (the same shape crypto.randomUUID() gives).
const RANDOM_UUID = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

export const criteriaExchange: Migration = {
  name: '2026-11-22-07-criteria-exchange',
  up: (db) => {
    db.exec(`
      -- SQLite cannot add a NOT NULL column with a computed default, and rebuilding criteria_sets would need
      -- foreign keys off; so the uid is filled here for existing rows and by a trigger for new ones, then frozen.
      ALTER TABLE criteria_sets ADD COLUMN uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 1 AND 100);
      -- NULL: made here. Otherwise the office it came from and the hash of the record as imported.
      ALTER TABLE criteria_sets ADD COLUMN source_office_id INTEGER REFERENCES exchange_offices (id) ON DELETE RESTRICT;
      ALTER TABLE criteria_sets ADD COLUMN import_hash TEXT CHECK (import_hash IS NULL OR length(import_hash) = 64);

      UPDATE criteria_sets SET uid = '${SHIPPED_CRITERIA_SET_UID}'
        WHERE id = (SELECT min(id) FROM criteria_sets) AND version = 1 AND created_by = 'he-thong';
      UPDATE criteria_sets SET uid = ${RANDOM_UUID} WHERE uid IS NULL;
      CREATE UNIQUE INDEX criteria_sets_uid ON criteria_sets (uid);

      CREATE TRIGGER criteria_sets_uid_default AFTER INSERT ON criteria_sets WHEN NEW.uid IS NULL
        BEGIN UPDATE criteria_sets SET uid = ${RANDOM_UUID} WHERE id = NEW.id; END;
      CREATE TRIGGER criteria_sets_uid_frozen BEFORE UPDATE OF uid ON criteria_sets
        WHEN OLD.uid IS NOT NULL AND NEW.uid IS NOT OLD.uid
        BEGIN SELECT RAISE(ABORT, 'a criteria set keeps its uid'); END;

      -- The decision template as last imported: which office sent it and its record hash, which tells a later
      -- package's change from a local edit.
      ALTER TABLE office_settings ADD COLUMN decision_template_source_office_id INTEGER
        REFERENCES exchange_offices (id) ON DELETE RESTRICT;
      ALTER TABLE office_settings ADD COLUMN decision_template_import_hash TEXT
        CHECK (decision_template_import_hash IS NULL OR length(decision_template_import_hash) = 64);
    `);
  },
};
