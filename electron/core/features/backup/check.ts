// The data check: database structure and references, every stored file the database names present with the
// recorded size and SHA-256, and every file of the data folder that it does not name.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DataCheckReport } from '#shared/api/backupTypes.ts';
import type { ReportProgress } from '../../api/jobs.ts';
import type { DataStore } from '../../db/open.ts';
import { databaseProblems, expectedFiles } from './databaseFacts.ts';
import { FILE_DIRS } from './manifest.ts';
import { listStoredFiles, yieldToEventLoop } from './zipFiles.ts';

const MAX_LISTED = 200;

async function sha256Of(file: string, signal: AbortSignal | undefined, onBytes: (n: number) => void): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { signal })) {
    hash.update(chunk as Buffer);
    onBytes((chunk as Buffer).length);
  }
  return hash.digest('hex');
}

export async function checkData(
  store: DataStore,
  options: { signal?: AbortSignal; onProgress?: ReportProgress } = {},
): Promise<DataCheckReport> {
  options.onProgress?.(0, 0, 'Đang kiểm tra cơ sở dữ liệu');
  const problems = databaseProblems(store.sqlite);
  const { attachments, issued } = expectedFiles(store.sqlite);
  const files = [...attachments, ...issued];
  const total = files.reduce((sum, f) => sum + f.size, 0);
  let done = 0;
  for (const [index, f] of files.entries()) {
    options.signal?.throwIfAborted();
    options.onProgress?.(done, total, `Đang kiểm tra tệp ${index + 1}/${files.length}`);
    const abs = path.join(store.dataDir, ...f.name.split('/'));
    let size: number;
    try {
      size = fs.statSync(abs).size;
    } catch {
      problems.push(`Thiếu ${f.what} (${f.name}).`);
      done += f.size;
      continue;
    }
    if (size !== f.size) {
      problems.push(`${capitalise(f.what)} có kích thước khác với lúc lưu (${f.name}).`);
      done += f.size;
      continue;
    }
    let actual: string;
    try {
      actual = await sha256Of(abs, options.signal, (n) => {
        done += n;
        options.onProgress?.(done, total);
      });
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      problems.push(`Không đọc được ${f.what} (${f.name}): ${(error as NodeJS.ErrnoException).code ?? 'lỗi đọc'}.`);
      continue;
    }
    if (actual !== f.sha256) problems.push(`${capitalise(f.what)} đã bị thay đổi, mã kiểm tra không khớp (${f.name}).`);
    await yieldToEventLoop();
  }
  // Files in the data folder that no row names: left by an interrupted import, or put there by hand.
  const named = new Set(files.map((f) => f.name));
  for (const name of FILE_DIRS.flatMap((d) => listStoredFiles(store.dataDir, d))) {
    if (!named.has(name)) problems.push(`Tệp "${name}" nằm trong thư mục dữ liệu nhưng dữ liệu không nhắc tới.`);
  }
  const listed = problems.slice(0, MAX_LISTED);
  if (problems.length > MAX_LISTED) listed.push(`Và ${problems.length - MAX_LISTED} vấn đề khác.`);
  options.onProgress?.(total, total, 'Đã kiểm tra xong');
  return {
    sound: problems.length === 0,
    problems: listed,
    checked: { attachments: attachments.length, issuedFiles: issued.length },
  };
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
