// Promise helpers over yauzl and small file-system steps shared by backup and restore.
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import yauzl from 'yauzl';

export function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // Names are decoded and checked by the caller, so a crafted name becomes a clear message, not a library error.
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (e, z) =>
      e || !z ? reject(e ?? new Error('zip')) : resolve(z),
    );
  });
}

/** Every central-directory entry, read before any content. */
export function readEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** The entry's name as UTF-8 text, or null when it is not validly encoded. */
export function entryName(entry: yauzl.Entry): string | null {
  const raw = entry.fileNameRaw;
  const utf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
  if (!utf8 && raw.some((b) => b >= 0x80)) return null;
  const name = raw.toString('utf8');
  return Buffer.from(name, 'utf8').equals(raw) ? name : null;
}

export function isSymlinkEntry(entry: yauzl.Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}

export function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (e, s) => (e || !s ? reject(e ?? new Error('entry')) : resolve(s)));
  });
}

/** A pass-through stream that hashes and counts what flows through it and aborts with the signal. */
export function hashing(onBytes: (n: number) => void, signal?: AbortSignal): Transform & { hash: Hash; size: number } {
  const hash = createHash('sha256');
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (signal?.aborted) {
        done(signal.reason as Error);
        return;
      }
      hash.update(chunk);
      result.size += chunk.length;
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
  const result = Object.assign(stream, { hash, size: 0 });
  return result;
}

export function closeZip(zip: yauzl.ZipFile): void {
  if (zip.isOpen) zip.close();
}

/** Flushes a folder's entry table so a rename inside it survives power loss (not possible on Windows). */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Renames, retrying briefly on Windows where a virus scanner or indexer may hold a file for a moment. */
export function renameRetrying(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 20 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

/** Regular files under `root/dir`, as "dir/a/b" names; temp files (starting with a dot) and symlinks skipped. */
export function listStoredFiles(root: string, dir: string): string[] {
  const found: string[] = [];
  const walk = (abs: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.') || e.isSymbolicLink()) continue;
      if (e.isDirectory()) walk(path.join(abs, e.name), `${rel}/${e.name}`);
      else if (e.isFile()) found.push(`${rel}/${e.name}`);
    }
  };
  walk(path.join(root, dir), dir);
  return found;
}

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
