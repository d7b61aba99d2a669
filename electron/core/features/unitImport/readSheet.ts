// Reads a spreadsheet off the main thread: the parse runs in a worker with a heap cap and a time limit, so a
// spreadsheet bomb fails with a message instead of freezing or killing the app. One worker serves the requests in
// turn and is kept between them; one that fails, runs out of memory or time is ended, and the next request starts
// a fresh one.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorKind } from '#shared/api/result.ts';
import { DomainError } from '../../errors.ts';
import type { SheetGrid } from './spreadsheet.ts';
import type { SheetRequest } from './spreadsheetWorker.ts';

const HEAP_MB = 1536;
const TIME_LIMIT_MS = 180_000;

export interface ReadSheet {
  fileName: string;
  sheetNames: string[];
  grid: SheetGrid;
}

type Reply = ({ ok: true } & ReadSheet) | { ok: false; kind: ErrorKind; message: string };

/** The worker script: built beside the main bundle, or the source file when run from source (tests, the CLI). */
function workerFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = path.join(here, 'spreadsheetWorker.js');
  return fs.existsSync(built) ? built : path.join(here, 'spreadsheetWorker.ts');
}

const tooHeavy = (fileName: string) =>
  new DomainError(
    'validation',
    `Tệp "${fileName}" quá lớn hoặc quá phức tạp để đọc (vượt giới hạn bộ nhớ hoặc thời gian). Hãy chia danh sách thành nhiều tệp nhỏ hơn, hoặc mở bằng Excel, lưu lại dạng .xlsx rồi chọn lại.`,
  );

let current: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function worker(): Worker {
  if (!current) {
    current = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
    // An idle worker never keeps the process (the command line) alive.
    current.unref();
  }
  return current;
}

function readOnce(request: SheetRequest, fileName: string): Promise<ReadSheet> {
  return new Promise((resolve, reject) => {
    const w = worker();
    let settled = false;
    const settle = (keep: boolean, run: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      if (!keep) {
        if (current === w) current = null;
        void w.terminate();
      }
      run();
    };
    const onMessage = (reply: Reply) =>
      settle(true, () =>
        reply.ok
          ? resolve({ fileName: reply.fileName, sheetNames: reply.sheetNames, grid: reply.grid })
          : reject(new DomainError(reply.kind, reply.message)),
      );
    const onError = (error: NodeJS.ErrnoException) =>
      settle(false, () => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooHeavy(fileName) : error));
    const onExit = () => settle(false, () => reject(tooHeavy(fileName)));
    const timer = setTimeout(() => settle(false, () => reject(tooHeavy(fileName))), TIME_LIMIT_MS);
    w.once('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
    w.ref();
    w.postMessage(request);
  }).finally(() => current?.unref()) as Promise<ReadSheet>;
}

export function readSheet(filePath: string, sheet?: string): Promise<ReadSheet> {
  const fileName = path.basename(filePath);
  const request: SheetRequest = { filePath, sheet };
  // One request at a time: the worker's memory cap is for one spreadsheet.
  const next = queue.then(
    () => readOnce(request, fileName),
    () => readOnce(request, fileName),
  );
  queue = next.catch(() => undefined);
  return next;
}
