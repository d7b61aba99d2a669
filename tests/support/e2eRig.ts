// The set-up every e2e file repeats: Chromium, a bridge serving the built renderer over a fresh data folder that the
// test seeds, the two sign-in accounts; all closed and removed after the file. Read the parts inside tests only.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ServiceContext } from '../../electron/core/context.ts';
import { startBridge, type Bridge } from './bridge.ts';
import { launchChromium } from './browser.ts';
import { RENDERER, addAccounts, assertBuilt } from './e2eApp.ts';
import { tempDir } from './tempData.ts';

export interface E2eRig {
  readonly browser: Browser;
  readonly bridge: Bridge;
  /** The test's temp folder: the app's data lives in its data/ subfolder, anything else the test makes beside it. */
  readonly dir: string;
  /** Runs the SQL on the test's database and returns its rows. */
  sql<T>(query: string, ...params: unknown[]): T[];
}

function ready<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('The e2e set-up has not run: use the rig inside a test.');
  return value;
}

/** Registers the file's beforeAll/afterAll; `seed` fills the data folder before the accounts are added. */
export function e2eRig(prefix: string, seed: (ctx: ServiceContext) => Promise<unknown>): E2eRig {
  let browser: Browser | undefined;
  let bridge: Bridge | undefined;
  let data: ReturnType<typeof tempDir> | undefined;

  beforeAll(async () => {
    assertBuilt();
    browser = await launchChromium();
    data = tempDir(prefix);
    bridge = await startBridge(path.join(data.dir, 'data'), RENDERER);
    const ctx = { store: bridge.context.store, actor: 'setup', now: () => new Date() };
    await seed(ctx);
    await bridge.context.store.db.transaction().execute((trx) => addAccounts(trx, ctx));
  });
  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    data?.cleanup();
  });

  return {
    get browser() {
      return ready(browser);
    },
    get bridge() {
      return ready(bridge);
    },
    get dir() {
      return ready(data).dir;
    },
    sql: <T>(query: string, ...params: unknown[]) =>
      ready(bridge)
        .context.store.sqlite.prepare(query)
        .all(...params) as T[],
  };
}
