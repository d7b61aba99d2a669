// "Sao lưu ngay" clicked twice while the first backup runs makes one backup, not two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '#shared/api/result.ts';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import { waitForJob } from '../../electron/core/api/jobs.ts';
import type { AppContext } from '../../electron/core/api/types.ts';
import { openDataStore } from '../../electron/core/db/open.ts';
import { createUser } from '../../electron/core/features/accounts/service.ts';
import { listAutomaticBackups } from '../../electron/core/features/backup/auto.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { tempDir } from '../support/tempData.ts';
import { testHost } from '../support/testHost.ts';

const handlers = createHandlerTable();
let data: ReturnType<typeof tempDir>;
let app: AppContext;
let firstJob = '';

async function backupNow(): Promise<string> {
  const result = (await dispatch(handlers, app, 'backup.create', { chooseFile: false })) as Result<{ jobId: string }>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value.jobId;
}

beforeAll(async () => {
  data = tempDir();
  const store = openDataStore(data.dir);
  const ctx = { store, actor: 'setup', now: () => new Date() };
  await seedDemo(ctx, 2026);
  const admin = await store.db
    .transaction()
    .execute((trx) =>
      createUser(trx, ctx, { username: 'quantri', fullName: 'Quản trị', role: 'admin', password: 'mat-khau-1' }),
    );
  app = { store, session: { user: admin }, pickedFiles: new Map(), now: () => new Date(), host: testHost() };
});
afterAll(async () => {
  await app.store.close();
  data.cleanup();
});

describe('backup now', () => {
  it('joins a second click to the running backup and writes one file', async () => {
    const [first, second] = await Promise.all([backupNow(), backupNow()]);
    expect(second).toBe(first);
    firstJob = first;
    expect((await waitForJob(app, first)).state).toBe('done');
    expect(listAutomaticBackups(data.dir).filter((b) => b.label === 'auto')).toHaveLength(1);
  });

  it('starts a new backup once the previous one has finished', async () => {
    const third = await backupNow();
    expect(third).not.toBe(firstJob);
    expect((await waitForJob(app, third)).state).toBe('done');
  });
});
