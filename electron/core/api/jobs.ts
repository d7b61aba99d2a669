// Long operations (backups, restores, package imports and exports) run as jobs: the call that starts one returns at
// once with an id, the renderer polls jobs.get for progress and may ask jobs.cancel, which aborts the job's signal.
import { randomUUID } from 'node:crypto';
import type { ApiError } from '#shared/api/result.ts';
import type { JobStatus } from '#shared/api/backupTypes.ts';
import { mapSqliteError } from '../db/sqliteErrors.ts';
import { DomainError } from '../errors.ts';
import type { AppContext, PartialHandlerTable } from './types.ts';

export type ReportProgress = (done: number, total: number, message?: string) => void;
export type JobRun = (report: ReportProgress, signal: AbortSignal) => Promise<unknown>;

interface Job {
  status: JobStatus;
  controller: AbortController;
  finished: Promise<JobStatus>;
  /** The key of a job that runs once at a time. */
  once: string | undefined;
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

/**
 * Starts `run` in the background and returns its id at once. With a `once` key, a job of that key still running is
 * answered instead of starting another (a double-clicked "Sao lưu ngay" makes one backup).
 */
export function startJob(app: AppContext, label: string, run: JobRun, once?: string): string {
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
  // Started on the next turn so the caller always gets the id before any progress or failure.
  const finished = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => run(report, controller.signal))
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
  jobs.set(id, { status, controller, finished, once });
  return id;
}

function find(app: AppContext, id: string): Job {
  const job = registry(app).get(id);
  if (!job) throw new DomainError('not-found', 'Không tìm thấy công việc này; có thể nó đã xong từ lâu.');
  return job;
}

export function getJob(app: AppContext, id: string): JobStatus {
  return { ...find(app, id).status };
}

/** Asks a job to stop; it ends as "cancelled" unless it had already passed the point of no return. */
export function cancelJob(app: AppContext, id: string): JobStatus {
  const job = find(app, id);
  if (job.status.state === 'running') job.controller.abort();
  return { ...job.status };
}

/** Resolves when the job has ended, with its final status. */
export function waitForJob(app: AppContext, id: string): Promise<JobStatus> {
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
