// Small lookups the decision tests share, over a data store seeded with the demo year 2025.
import type { DataStore } from '../../electron/core/db/open.ts';
import { roundRows } from '../../electron/core/features/round/service.ts';

/** The default signer's id. */
export const defaultSignerId = (store: DataStore) =>
  (store.sqlite.prepare('SELECT id FROM signers WHERE is_default = 1').get() as { id: number }).id;

/** Units proposed for recognition in 2025, optionally of one kind. */
export const proposedUnits = async (store: DataStore, kind?: string) =>
  (await roundRows(store.db, 2025))
    .filter((r) => r.status === 'de_nghi' && (!kind || r.kind === kind))
    .map((r) => r.unitId);
