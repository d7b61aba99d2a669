// Counting units active on a date (the grid's totals, the round's scope) reads this index alone, not the table.
import type { Migration } from './types.ts';

export const unitsKindActivityIndex: Migration = {
  name: '2026-11-22-03-units-kind-activity-index',
  up: (db) => {
    db.exec('CREATE INDEX units_kind_activity ON units (kind, active_until, active_from)');
  },
};
