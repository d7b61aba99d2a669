// Backup, restore and check through the real handler table, as jobs with progress and cancel.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupCreated, BackupInspection, JobStatus, RestoreResult } from '#shared/api/backupTypes.ts';
import type { Result } from '#shared/api/result.ts';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import { startJob, waitForJob } from '../../electron/core/api/jobs.ts';
import type { AppContext } from '../../electron/core/api/types.ts';
import { openDataStore } from '../../electron/core/db/open.ts';
import { createUser } from '../../electron/core/features/accounts/service.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { contentFingerprint } from '../support/backupFixtures.ts';
import { tempDir } from '../support/tempData.ts';
import { testHost } from '../support/testHost.ts';

const handlers = createHandlerTable();
let data: ReturnType<typeof tempDir>;
let out: ReturnType<typeof tempDir>;
let app: AppContext;
const nextSave: string[] = [];
const nextOpen: string[] = [];

async function call<T>(method: string, input: unknown = {}): Promise<T> {
  const result = (await dispatch(handlers, app, method, input)) as Result<T>;
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return result.value;
}

async function finish(jobId: string): Promise<JobStatus> {
  for (;;) {
    const status = await call<JobStatus>('jobs.get', { id: jobId });
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeAll(async () => {
  data = tempDir();
  out = tempDir('antt-out-');
  const store = openDataStore(data.dir);
  const ctx = { store, actor: 'setup', now: () => new Date() };
  await seedDemo(ctx, 2025);
  const admin = await store.db
    .transaction()
    .execute((trx) =>
      createUser(trx, ctx, { username: 'quantri', fullName: 'Quản trị', role: 'admin', password: 'mat-khau-1' }),
    );
  app = {
    store,
    session: { user: admin },
    pickedFiles: new Map(),
    now: () => new Date(),
    host: testHost({
      pickSavePath: async () => nextSave.shift() ?? null,
      pickOpenFile: async () => nextOpen.shift() ?? null,
    }),
  };
});
afterAll(async () => {
  await app.store.close();
  data.cleanup();
  out.cleanup();
});

describe('backup through the API', () => {
  it('only admins may back up or restore', async () => {
    const admin = app.session.user;
    app.session.user = { ...admin!, role: 'staff' };
    const denied = await dispatch(handlers, app, 'backup.create', { chooseFile: false });
    app.session.user = admin;
    expect(denied).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
  });

  it('backs up to a chosen file as a job with progress, inspects it, and restores it as the data in use', async () => {
    const before = contentFingerprint(app.store.sqlite, data.dir);
    nextSave.push(path.join(out.dir, 'sao-luu-tay'));
    const started = await call<{ jobId: string }>('backup.create', { chooseFile: true });
    const done = await finish(started.jobId);
    expect(done).toMatchObject({ state: 'done', label: 'Sao lưu dữ liệu', error: null });
    expect(done.total).toBeGreaterThan(0);
    expect(done.done).toBe(done.total);
    const created = done.result as BackupCreated;
    expect(created.fileName).toBe('sao-luu-tay.zip');

    const oldStore = app.store;
    oldStore.sqlite.prepare('DELETE FROM incidents').run();
    nextOpen.push(path.join(out.dir, 'sao-luu-tay.zip'));
    const picked = await call<{ jobId: string; token: string; fileName: string }>('backup.inspect', {});
    expect(picked.fileName).toBe('sao-luu-tay.zip');
    const inspection = (await finish(picked.jobId)).result as BackupInspection;
    expect(inspection.counts.incidents).toBe(before.rows.incidents!.count);

    const restoring = await call<{ jobId: string }>('backup.restore', { token: picked.token });
    const restored = await finish(restoring.jobId);
    expect(restored.state).toBe('done');
    expect((restored.result as RestoreResult).previousDataBackup).toMatch(/truoc-phuc-hoi\.zip$/);
    // The app now works on the reopened data; everyone signs in again with the restored accounts.
    expect(app.store).not.toBe(oldStore);
    expect(oldStore.sqlite.open).toBe(false);
    expect(app.session.user).toBeNull();
    expect(contentFingerprint(app.store.sqlite, data.dir)).toEqual(before);
    const state = await call<{ user: unknown; initialized: boolean }>('session.state');
    expect(state).toMatchObject({ user: null, initialized: true });
    // Signed out, the window still reads the restore's outcome (read above by `finish`, and again here), but no
    // other job, and it cancels nothing.
    expect(await call<JobStatus>('jobs.get', { id: restoring.jobId })).toMatchObject({ state: 'done' });
    for (const [method, id] of [
      ['jobs.get', started.jobId],
      ['jobs.get', picked.jobId],
      ['jobs.cancel', restoring.jobId],
      ['jobs.cancel', started.jobId],
    ] as const) {
      expect(await dispatch(handlers, app, method, { id }), `${method} ${id}`).toMatchObject({
        ok: false,
        error: { kind: 'unauthorized', message: 'Phiên làm việc đã hết. Hãy đăng nhập lại.' },
      });
    }

    await call('auth.login', { username: 'quantri', password: 'mat-khau-1' });
    expect(await call<JobStatus>('jobs.get', { id: started.jobId })).toMatchObject({ state: 'done' });
    // Once someone has signed in, the restore's outcome is no longer open to a signed-out caller.
    await call('auth.logout');
    expect(await dispatch(handlers, app, 'jobs.get', { id: restoring.jobId })).toMatchObject({
      ok: false,
      error: { kind: 'unauthorized' },
    });
    await call('auth.login', { username: 'quantri', password: 'mat-khau-1' });
    const listing = await call<{ backups: { name: string; label: string }[] }>('backup.list');
    expect(listing.backups).toMatchObject([{ label: 'before-restore' }]);
  });

  it('lists automatic backups, restores one by name, and refuses a name that is not listed', async () => {
    const started = await call<{ jobId: string }>('backup.create', { chooseFile: false });
    expect((await finish(started.jobId)).state).toBe('done');
    const { backups } = await call<{ backups: { name: string; label: string }[] }>('backup.list');
    const auto = backups.find((b) => b.label === 'auto')!;
    const picked = await call<{ jobId: string }>('backup.inspect', { name: auto.name });
    expect((await finish(picked.jobId)).state).toBe('done');
    const refused = await dispatch(handlers, app, 'backup.inspect', { name: '../du-lieu.sqlite' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('a manual backup may not be written inside the data folder', async () => {
    nextSave.push(path.join(data.dir, 'tep-dinh-kem', 'x.zip'));
    const refused = await dispatch(handlers, app, 'backup.create', { chooseFile: true });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('a cancelled backup leaves no file, temp or final', async () => {
    nextSave.push(path.join(out.dir, 'huy.zip'));
    const started = await call<{ jobId: string }>('backup.create', { chooseFile: true });
    const cancelled = await call<JobStatus>('jobs.cancel', { id: started.jobId });
    expect(cancelled.state).toBe('running');
    expect(await finish(started.jobId)).toMatchObject({ state: 'cancelled', error: null });
    expect(fs.readdirSync(out.dir).filter((n) => n.includes('huy'))).toEqual([]);
  });

  it('checks the data as a job', async () => {
    const started = await call<{ jobId: string }>('backup.check');
    expect(await finish(started.jobId)).toMatchObject({ state: 'done', result: { sound: true, problems: [] } });
  });

  it('a signed-out caller can neither read nor cancel a running job, and learns nothing from a guessed id', async () => {
    const id = startJob(
      app,
      'Chờ',
      (_report, signal) =>
        new Promise((_resolve, reject) => {
          if (signal.aborted) reject(signal.reason);
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
    );
    const admin = app.session.user;
    app.session.user = null;
    try {
      for (const [method, jobId] of [
        ['jobs.get', id],
        ['jobs.cancel', id],
        ['jobs.get', 'khong-co'],
      ] as const) {
        expect(await dispatch(handlers, app, method, { id: jobId })).toMatchObject({
          ok: false,
          error: { kind: 'unauthorized' },
        });
      }
    } finally {
      app.session.user = admin;
    }
    expect(await call<JobStatus>('jobs.get', { id })).toMatchObject({ state: 'running' });
    await call('jobs.cancel', { id });
    expect(await waitForJob(app, id)).toMatchObject({ state: 'cancelled' });
  });

  it('a failed job carries a typed error; an unknown job is not found', async () => {
    const id = startJob(app, 'Thử', async (report) => {
      report(1, 2, 'nửa chừng');
      throw new Error('hỏng');
    });
    expect(await waitForJob(app, id)).toMatchObject({
      state: 'failed',
      done: 1,
      total: 2,
      message: 'nửa chừng',
      error: { kind: 'internal' },
    });
    const missing = await dispatch(handlers, app, 'jobs.get', { id: 'khong-co' });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});
