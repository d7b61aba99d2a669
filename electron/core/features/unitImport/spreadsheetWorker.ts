// Runs in a worker thread with a memory cap: reads one sheet of a spreadsheet per request and posts back the grid or
// the error, so a hostile file can exhaust only this thread, never the app. The thread stays for the next request
// (loading the spreadsheet library again would cost more than the parse of a long list).
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../errors.ts';
import { readWorkbook } from './spreadsheet.ts';

export interface SheetRequest {
  filePath: string;
  sheet?: string;
}

parentPort!.on('message', ({ filePath, sheet }: SheetRequest) => {
  try {
    const wb = readWorkbook(filePath);
    parentPort!.postMessage({ ok: true, fileName: wb.fileName, sheetNames: wb.sheetNames, grid: wb.sheet(sheet) });
  } catch (error) {
    const known = error instanceof DomainError;
    parentPort!.postMessage({
      ok: false,
      kind: known ? error.kind : 'internal',
      message: known ? error.message : String(error),
    });
  }
});
