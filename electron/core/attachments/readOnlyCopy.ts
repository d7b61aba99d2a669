// Files are opened in other programs as read-only copies under their original names, so nothing (Word's autosave,
// a mistaken edit) can alter the stored original.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Copies `source` to a per-content temp folder as `name`, read-only; reuses an earlier copy of the same content. */
export function readOnlyCopy(source: string, name: string, contentKey: string): string {
  const dir = path.join(os.tmpdir(), 'AnToanANTT', contentKey.slice(0, 16));
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, name.replace(/[\\/:*?"<>|]/g, '_'));
  if (!fs.existsSync(target)) {
    fs.copyFileSync(source, target);
    fs.chmodSync(target, 0o444);
  }
  return target;
}
