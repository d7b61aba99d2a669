// The decision tests' set-up and small lookups, over a data store seeded with the demo year 2025.
import type { DossierStatus } from '#shared/domain/round.ts';
import type { UnitKind } from '#shared/domain/units.ts';
import type { DataStore } from '../../electron/core/db/open.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { roundRows } from '../../electron/core/features/round/service.ts';
import { testStore, type TestStore } from './services.ts';

/** The default signer's id. */
export const defaultSignerId = (store: DataStore) =>
  (store.sqlite.prepare('SELECT id FROM signers WHERE is_default = 1').get() as { id: number }).id;

/** Units proposed for recognition in 2025, optionally of one kind. */
export const proposedUnits = async (store: DataStore, kind?: string) =>
  (await roundRows(store.db, 2025))
    .filter((r) => r.status === 'de_nghi' && (!kind || r.kind === kind))
    .map((r) => r.unitId);

/**
 * A test store holding the demo year 2025 with more of its dossiers proposed for recognition than the demo leaves:
 * those in the given statuses, of one kind or of every kind but the commune's own (it goes to the level above, never
 * into its own decision).
 */
export async function demoWithProposals(proposal: {
  from: readonly DossierStatus[];
  kind?: UnitKind;
}): Promise<TestStore> {
  const t = testStore();
  await seedDemo(t.ctx, 2025);
  t.store.sqlite
    .prepare(
      `UPDATE dossiers SET status = 'de_nghi' WHERE status IN (${proposal.from.map(() => '?').join(', ')})
         AND unit_id IN (SELECT id FROM units WHERE kind <> 'xa_phuong' AND (? IS NULL OR kind = ?))`,
    )
    .run(...proposal.from, proposal.kind ?? null, proposal.kind ?? null);
  return t;
}
