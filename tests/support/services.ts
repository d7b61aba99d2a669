// Real data folders with real migrations for integration tests, and a fixed clock.
import type { ServiceContext } from '../../electron/core/context.ts';
import { openDataStore } from '../../electron/core/db/open.ts';
import { tempDir } from './tempData.ts';

export const FIXED_NOW = new Date('2025-11-05T08:30:00.000Z');

export function testStore(actor = 'tester') {
  const { dir, cleanup } = tempDir();
  const store = openDataStore(dir);
  let now = FIXED_NOW;
  const ctx: ServiceContext = { store, actor, now: () => now };
  return {
    dir,
    store,
    ctx,
    setNow: (d: Date) => {
      now = d;
    },
    close: async () => {
      await store.close();
      cleanup();
    },
  };
}

export type TestStore = ReturnType<typeof testStore>;
