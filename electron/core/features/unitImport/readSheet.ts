// Reads a spreadsheet off the main thread: the parse runs in a worker with a heap cap and a time limit, so a
// spreadsheet bomb fails with a message instead of freezing or killing the app.
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

export function readSheet(filePath: string, sheet?: string): Promise<ReadSheet> {
  const fileName = path.basename(filePath);
  const request: SheetRequest = { filePath, sheet };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    });
    let settled = false;
    const settle = (run: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      run();
    };
    const timer = setTimeout(() => settle(() => reject(tooHeavy(fileName))), TIME_LIMIT_MS);
    worker.once('message', (reply: Reply) =>
      settle(() =>
        reply.ok
          ? resolve({ fileName: reply.fileName, sheetNames: reply.sheetNames, grid: reply.grid })
          : reject(new DomainError(reply.kind, reply.message)),
      ),
    );
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooHeavy(fileName) : error)),
    );
    worker.once('exit', () => settle(() => reject(tooHeavy(fileName))));
  });
}
