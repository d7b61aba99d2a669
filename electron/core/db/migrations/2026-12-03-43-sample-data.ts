// Demo data is marked as sample, so the app can say so and offer to clear it to start for real. Frozen once shipped.
import type { Migration } from './types.ts';

export const sampleData: Migration = {
  name: '2026-12-03-43-sample-data',
  up: (db) => {
    db.exec(`
      ALTER TABLE office_settings ADD COLUMN sample_data INTEGER NOT NULL DEFAULT 0 CHECK (sample_data IN (0, 1));
    `);
  },
};
