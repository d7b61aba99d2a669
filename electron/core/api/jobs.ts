// Long operations (backups, restores, package imports and exports) run as jobs: the call that starts one returns at
// once with an id, the renderer polls jobs.get for progress and may ask jobs.cancel, which aborts the job's signal.
// Jobs belong to the window that started them (one registry per app context) and are read or cancelled only by a
// signed-in user, with one exception: a job that itself signed the session out (a restore: the accounts are those of
// the restored data from then on) stays readable, not cancellable, by that signed-out window until someone signs in,
// so its outcome still reaches the person who started it.
import { randomUUID } from 'node:crypto';
import type { ApiError } from '#shared/api/result.ts';
import type { JobStatus } from '#shared/api/backupTypes.ts';
import { outsideFolderLocks, withFolderLock } from '../db/folderLock.ts';
import { mapSqliteError } from '../db/sqliteErrors.ts';
import { DomainError } from '../errors.ts';
import type { AppContext, PartialHandlerTable } from './types.ts';

export type ReportProgress = (done: number, total: number, message?: string) => void;
export type JobRun = (report: ReportProgress, signal: AbortSignal, id: string) => Promise<unknown>;

interface Job {
  status: JobStatus;
  controller: AbortController;
  finished: Promise<JobStatus>;
  /** The key of a job that runs once at a time. */
  once: string | undefined;
  /** Set when the job signed the session out; cleared at the next sign-in. */
  readableSignedOut: boolean;
}

/** Finished jobs kept for late polls; older ones are dropped. */
const KEEP_FINISHED = 20;
const registries = new WeakMap<AppContext, Map<string, Job>>();

function registry(app: AppContext): Map<string, Job> {
  let jobs = registries.get(app);
  if (!jobs) {
    jobs = new Map();
    registries.set(app, jobs);
  }
  return jobs;
}

function toApiError(error: unknown): ApiError {
  const mapped = mapSqliteError(error);
  if (mapped instanceof DomainError) return mapped.toApiError();
  console.error('Unexpected failure in a job', error);
  return {
    kind: 'internal',
    message: 'Có lỗi không mong đợi khi thực hiện công việc. Hãy thử lại hoặc báo cán bộ kỹ thuật.',
  };
}

function prune(jobs: Map<string, Job>): void {
  const finished = [...jobs.values()].filter((j) => j.status.state !== 'running');
  for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(job.status.id);
}

export interface JobOptions {
  /** A job of this key still running is answered instead of starting another ("Sao lưu ngay" clicked twice). */
  once?: string;
  /**
   * 'shared' (the default): the job holds the data folder's lock shared while it runs, so it never works on data a
   * restore is replacing. 'own': the job takes the lock itself (a restore, exclusively).
   */
  folderLock?: 'shared' | 'own';
}

/** Starts `run` in the background and returns its id at once. */
export function startJob(app: AppContext, label: string, run: JobRun, options: JobOptions = {}): string {
  const { once, folderLock = 'shared' } = options;
  const jobs = registry(app);
  if (once !== undefined) {
    const running = [...jobs.values()].find((j) => j.once === once && j.status.state === 'running');
    if (running) return running.status.id;
  }
  const id = randomUUID();
  const controller = new AbortController();
  const status: JobStatus = {
    id,
    label,
    state: 'running',
    done: 0,
    total: 0,
    message: null,
    result: null,
    error: null,
  };
  const report: ReportProgress = (done, total, message) => {
    if (status.state !== 'running') return;
    status.done = done;
    status.total = total;
    if (message !== undefined) status.message = message;
  };
  const locked = () =>
    folderLock === 'own'
      ? run(report, controller.signal, id)
      : withFolderLock(app.store.dataDir, 'shared', () => run(report, controller.signal, id));
  // Started on the next turn so the caller always gets the id before any progress or failure; outside the caller's
  // hold of the folder lock, which ends with the call.
  const finished = outsideFolderLocks(() => new Promise<void>((resolve) => setImmediate(resolve)))
    .then(() => outsideFolderLocks(locked))
    .then(
      (result) => {
        status.state = 'done';
        status.result = result ?? null;
      },
      (error: unknown) => {
        if (controller.signal.aborted) {
          status.state = 'cancelled';
          status.message = 'Đã hủy.';
        } else {
          status.state = 'failed';
          status.error = toApiError(error);
        }
      },
    )
    .then(() => {
      prune(jobs);
      return { ...status };
    });
  jobs.set(id, { status, controller, finished, once, readableSignedOut: false });
  return id;
}

function find(app: AppContext, id: string): Job {
  const job = registry(app).get(id);
  if (!job) throw new DomainError('not-found', 'Không tìm thấy công việc này; có thể nó đã xong từ lâu.');
  return job;
}

const SIGNED_OUT = 'Phiên làm việc đã hết. Hãy đăng nhập lại.';

/** A job as its caller may see it: signed in, or signed out by that very job (reading only). */
function visible(app: AppContext, id: string, cancelling: boolean): Job {
  if (app.session.user) return find(app, id);
  const job = registry(app).get(id);
  // The same answer whether or not the id exists: a signed-out caller learns nothing about jobs.
  if (!job || cancelling || !job.readableSignedOut) throw new DomainError('unauthorized', SIGNED_OUT);
  return job;
}

/**
 * Called by a running job whose work replaced the accounts (a restore): signs the session out and leaves this job's
 * outcome readable by the signed-out caller, so the window that started it still learns how it ended.
 */
export function signOutFromJob(app: AppContext, id: string): void {
  app.session.user = null;
  const job = registry(app).get(id);
  if (job) job.readableSignedOut = true;
}

/** At sign-in: no job stays readable by a later signed-out caller. */
export function forgetSignedOutJobs(app: AppContext): void {
  for (const job of registry(app).values()) job.readableSignedOut = false;
}

export function getJob(app: AppContext, id: string): JobStatus {
  return { ...visible(app, id, false).status };
}

/** Asks a job to stop; it ends as "cancelled" unless it had already passed the point of no return. */
export function cancelJob(app: AppContext, id: string): JobStatus {
  const job = visible(app, id, true);
  if (job.status.state === 'running') job.controller.abort();
  return { ...job.status };
}

/** Resolves when the job has ended, with its final status. */
export function waitForJob(app: AppContext, id: string): Promise<JobStatus> {
  // In-process callers (tests, quitting), not the renderer: no session check.
  return find(app, id).finished;
}

/** Cancels every running job and waits for all of them, e.g. before the app quits. */
export async function settleJobs(app: AppContext): Promise<void> {
  const running = [...registry(app).values()].filter((j) => j.status.state === 'running');
  for (const job of running) job.controller.abort();
  await Promise.all(running.map((j) => j.finished));
}

export const jobHandlers: PartialHandlerTable = {
  'jobs.get': async (input, app) => getJob(app, input.id),
  'jobs.cancel': async (input, app) => cancelJob(app, input.id),
};
