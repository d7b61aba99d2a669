// What a year's registration records beyond its date: the UBND's quarter-I plan (the commune's criterion 1 asks
// for the Party committee's resolution and the plan) and, for a unit of a kind Thông tư 124 leaves out (Điều 1
// khoản 2), why it is registered all the same. Frozen once shipped.
import type { Migration } from './types.ts';

export const registrationPlanScope: Migration = {
  name: '2026-12-03-21-registration-plan-scope',
  up: (db) => {
    db.exec(`
      ALTER TABLE registrations ADD COLUMN plan_number TEXT;
      ALTER TABLE registrations ADD COLUMN plan_date TEXT;
      ALTER TABLE registrations ADD COLUMN excluded_reason TEXT;
    `);
  },
};
