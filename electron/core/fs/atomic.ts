// Files are written next to their target, flushed, then renamed: a crash leaves the old file or the new, never half.
import fs from 'node:fs';
import path from 'node:path';
import { tempFileName } from './leftovers.ts';

export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const tmp = path.join(path.dirname(target), tempFileName(path.basename(target)));
  const fd = fs.openSync(tmp, 'wx');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, target);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
