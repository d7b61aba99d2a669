// window.api for jsdom tests: the real handler table over a real temporary data folder, signed in as staff.
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import type { AppContext } from '../../electron/core/api/types.ts';
import type { ServiceContext } from '../../electron/core/context.ts';
import { openDataFolder } from '../../electron/core/dataFolder.ts';
import { createUser } from '../../electron/core/features/accounts/service.ts';
import { tempDir } from './tempData.ts';
import { testHost } from './testHost.ts';

export interface InProcessApi {
  call(method: string, input: unknown): Promise<unknown>;
  unitCount(): number;
  units(): unknown[];
  close(): Promise<void>;
}

/** `seed` fills the data folder first (e.g. the demo commune). */
export async function inProcessApi(seed?: (ctx: ServiceContext) => Promise<unknown>): Promise<InProcessApi> {
  const { dir, cleanup } = tempDir('antt-renderer-');
  const store = openDataFolder(dir);
  const ctx = { store, actor: 'setup', now: () => new Date() };
  await seed?.(ctx);
  const user = await store.db
    .transaction()
    .execute((trx) =>
      createUser(trx, ctx, { username: 'canbo', fullName: 'Cán bộ', role: 'staff', password: 'mat-khau-1' }),
    );
  const app: AppContext = {
    store,
    session: { user },
    pickedFiles: new Map(),
    now: () => new Date(),
    host: testHost(),
  };
  const handlers = createHandlerTable();
  return {
    // JSON round trip: the same structured data IPC would carry.
    call: async (method, input) => dispatch(handlers, app, method, JSON.parse(JSON.stringify(input ?? {}))),
    unitCount: () => (store.sqlite.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n,
    units: () => store.sqlite.prepare('SELECT name, households, created_by FROM units ORDER BY id').all(),
    close: async () => {
      await store.close();
      cleanup();
    },
  };
}
