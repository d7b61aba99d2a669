// The audit log is append-only in the database itself: a row once written can be neither changed nor removed,
// whoever holds the file. Frozen once shipped.
import type { Migration } from './types.ts';

export const auditAppendOnly: Migration = {
  name: '2026-12-02-03-audit-append-only',
  up: (db) => {
    db.exec(`
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
    `);
  },
};
