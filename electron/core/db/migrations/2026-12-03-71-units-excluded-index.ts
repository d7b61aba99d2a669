// Units of a kind Thông tư 124 leaves out of recognition (Điều 1 khoản 2) are few: a partial index lets the year's
// status index find them with a short walk instead of a scan of every unit. Frozen once shipped.
import type { Migration } from './types.ts';

export const unitsExcludedIndex: Migration = {
  name: '2026-12-03-71-units-excluded-index',
  up: (db) => {
    db.exec(`CREATE INDEX units_excluded ON units (excluded_kind) WHERE excluded_kind IS NOT NULL;`);
  },
};
