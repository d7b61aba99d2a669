// Opening a package: everything that can be judged from the central directory and the manifest is judged before
// openPackage returns; entry contents are verified as they are read.
import zlib from 'node:zlib';
import fs from 'node:fs/promises';
import { DomainError } from '../../errors.ts';
import { readCentralDirectory, type ZipEntry } from './containerDirectory.ts';
import { decodeSpan, isSmall, mapReadError, readSmall, streamEntry, WINDOW_BYTES } from './containerEntries.ts';
import { packageErrors } from './containerErrors.ts';
import {
  DEFAULT_LIMITS,
  MANIFEST_PATH,
  type Manifest,
  type PackageLimits,
  type PackageReader,
  type Progress,
} from './containerFormat.ts';
import { parseManifest } from './containerManifest.ts';
import { bufferSource, fileSource, type ByteSource } from './containerSource.ts';

/** Files extracted, then flushed, together: a journaling file system then commits one batch in about one flush. */
const BATCH_FILES = 128;
/** ...holding at most this much content in memory at a time. */
const BATCH_BYTES = 16 << 20;

export async function openPackage(file: string, limits?: Partial<PackageLimits>): Promise<PackageReader> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw openError(error);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw packageErrors.notAFile();
    return await openSource(file, fileSource(handle, stat.size), { ...DEFAULT_LIMITS, ...limits });
  } catch (error) {
    await handle.close().catch(() => {});
    throw openError(error);
  }
}

/** The same checks over a package held in memory (tests, small packages received some other way). */
export async function openPackageBuffer(data: Uint8Array, limits?: Partial<PackageLimits>): Promise<PackageReader> {
  return openSource('(bộ nhớ)', bufferSource(data), { ...DEFAULT_LIMITS, ...limits });
}

function openError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return packageErrors.notFound();
  if (code === 'EISDIR') return packageErrors.notAFile();
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return packageErrors.unreadable(code);
  return error;
}

async function openSource(file: string, source: ByteSource, limits: PackageLimits): Promise<PackageReader> {
  if (source.size === 0) throw packageErrors.empty();
  const entries = await readCentralDirectory(source, limits);
  const manifestEntry = entries.find((entry) => entry.name === MANIFEST_PATH);
  if (!manifestEntry) throw packageErrors.missingManifest();
  const manifestBytes = isSmall(manifestEntry)
    ? await readSmall(source, manifestEntry, undefined)
    : await collect(source, manifestEntry, undefined);
  // Every other entry is covered by its SHA-256 in the manifest; the manifest itself only by the zip's CRC-32.
  if (zlib.crc32(manifestBytes) !== manifestEntry.crc32)
    throw packageErrors.corrupt('phần mô tả gói (manifest.json) bị sai lệch');
  const manifest = parseManifest(manifestBytes, limits.maxEntries);

  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const listed = new Map<string, ZipEntry>();
  for (const { path, size, sha256 } of manifest.entries) {
    const entry = byName.get(path);
    if (!entry) throw packageErrors.missingEntry(path);
    if (entry.size !== size) throw packageErrors.sizeMismatch(path);
    entry.sha256 = sha256;
    listed.set(path, entry);
  }
  for (const entry of entries) {
    if (entry !== manifestEntry && !listed.has(entry.name)) throw packageErrors.unlisted(entry.name);
  }
  return new Reader(
    file,
    manifest,
    source,
    entries.filter((entry) => entry !== manifestEntry),
    listed,
  );
}

async function collect(source: ByteSource, entry: ZipEntry, sha256: string | undefined): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await streamEntry(source, entry, sha256, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}

class Reader implements PackageReader {
  readonly file: string;
  readonly manifest: Manifest;
  private readonly source: ByteSource;
  /** Listed entries in file order. */
  private readonly ordered: ZipEntry[];
  private readonly listed: Map<string, ZipEntry>;

  constructor(
    file: string,
    manifest: Manifest,
    source: ByteSource,
    ordered: ZipEntry[],
    listed: Map<string, ZipEntry>,
  ) {
    this.file = file;
    this.manifest = manifest;
    this.source = source;
    this.ordered = ordered;
    this.listed = listed;
  }

  async verifyAll(options: { onProgress?: Progress; signal?: AbortSignal } = {}): Promise<void> {
    const { onProgress, signal } = options;
    const list = this.ordered;
    const total = list.reduce((sum, entry) => sum + entry.size, 0);
    let done = 0;
    onProgress?.(0, total);
    for (let i = 0; i < list.length;) {
      signal?.throwIfAborted();
      const first = list[i]!;
      if (!isSmall(first)) {
        await streamEntry(this.source, first, first.sha256, () => {}, signal);
        done += first.size;
        i += 1;
      } else {
        // One read for a run of small neighbours: 20,000 attachments cost a few dozen reads, not 20,000.
        let j = i + 1;
        while (j < list.length && isSmall(list[j]!) && list[j]!.end - first.offset <= WINDOW_BYTES) j++;
        const last = list[j - 1]!;
        let window: Buffer;
        try {
          window = await this.source.read(first.offset, last.end - first.offset);
        } catch (error) {
          throw mapReadError(error, first);
        }
        for (; i < j; i++) {
          const entry = list[i]!;
          decodeSpan(entry, window.subarray(entry.offset - first.offset, entry.end - first.offset), entry.sha256);
          done += entry.size;
        }
      }
      onProgress?.(done, total);
    }
  }

  async readBuffer(path: string): Promise<Buffer> {
    const entry = this.lookup(path);
    return isSmall(entry) ? readSmall(this.source, entry, entry.sha256) : collect(this.source, entry, entry.sha256);
  }

  async readJson(path: string): Promise<unknown> {
    const bytes = await this.readBuffer(path);
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
    } catch {
      throw packageErrors.notJson(path);
    }
  }

  async extractTo(path: string, destFile: string, options: { fsync?: boolean } = {}): Promise<void> {
    const entry = this.lookup(path);
    const sha256 = entry.sha256;
    // A small entry is verified in memory before its file exists; a large one is written as it streams.
    const verified = isSmall(entry) ? await readSmall(this.source, entry, sha256) : undefined;
    let out: fs.FileHandle;
    try {
      out = await fs.open(destFile, 'wx');
    } catch (error) {
      throw writeError(error, destFile);
    }
    try {
      if (verified) await out.writeFile(verified);
      else await streamEntry(this.source, entry, sha256, (chunk) => writeAll(out, chunk, destFile));
      if (options.fsync) await out.sync();
      await out.close();
    } catch (error) {
      await out.close().catch(() => {});
      await fs.rm(destFile, { force: true });
      throw error instanceof DomainError ? error : writeError(error, destFile);
    }
  }

  async extractAll(
    items: { path: string; destFile: string }[],
    options: { fsync?: boolean; signal?: AbortSignal; onProgress?: Progress } = {},
  ): Promise<void> {
    const { fsync = false, signal, onProgress } = options;
    const jobs = items.map((item) => ({ entry: this.lookup(item.path), destFile: item.destFile }));
    jobs.sort((a, b) => a.entry.offset - b.entry.offset);
    const created: string[] = [];
    try {
      for (let i = 0; i < jobs.length;) {
        signal?.throwIfAborted();
        const first = jobs[i]!;
        if (!isSmall(first.entry)) {
          // extractTo removes its own file when it fails, and never touches one that was already there.
          await this.extractTo(first.entry.name, first.destFile, { fsync });
          created.push(first.destFile);
          i += 1;
          onProgress?.(i, jobs.length);
          continue;
        }
        // Small neighbours come from one read, are verified in memory, then written and flushed as a batch.
        let j = i + 1;
        let bytes = first.entry.size;
        while (
          j < jobs.length &&
          j - i < BATCH_FILES &&
          isSmall(jobs[j]!.entry) &&
          jobs[j]!.entry.end - first.entry.offset <= WINDOW_BYTES &&
          bytes + jobs[j]!.entry.size <= BATCH_BYTES
        )
          bytes += jobs[j++]!.entry.size;
        const start = first.entry.offset;
        const last = jobs[j - 1]!.entry;
        let window: Buffer;
        try {
          window = await this.source.read(start, last.end - start);
        } catch (error) {
          throw mapReadError(error, first.entry);
        }
        const batch = jobs.slice(i, j).map(({ entry, destFile }) => ({
          destFile,
          data: decodeSpan(entry, window.subarray(entry.offset - start, entry.end - start), entry.sha256),
        }));
        await writeBatch(batch, fsync, created);
        i = j;
        onProgress?.(i, jobs.length);
      }
    } catch (error) {
      await Promise.all(created.map((file) => fs.rm(file, { force: true })));
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.source.close();
  }

  private lookup(path: string): ZipEntry {
    const found = this.listed.get(path);
    if (!found) throw packageErrors.noSuchEntry(path);
    return found;
  }
}

/** Creates ('wx') and writes every file, then flushes them all before closing; `created` learns each new file. */
async function writeBatch(
  files: { destFile: string; data: Buffer }[],
  fsync: boolean,
  created: string[],
): Promise<void> {
  const open = new Map<string, fs.FileHandle>();
  const each = async (work: (destFile: string, out: fs.FileHandle) => Promise<void>) => {
    const results = await Promise.allSettled(
      [...open].map(([destFile, out]) =>
        work(destFile, out).catch((error: unknown) => {
          throw writeError(error, destFile);
        }),
      ),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  };
  try {
    const opened = await Promise.allSettled(
      files.map(async ({ destFile, data }) => {
        let out: fs.FileHandle;
        try {
          out = await fs.open(destFile, 'wx');
        } catch (error) {
          throw writeError(error, destFile);
        }
        created.push(destFile);
        open.set(destFile, out);
        try {
          await out.writeFile(data);
        } catch (error) {
          throw writeError(error, destFile);
        }
      }),
    );
    const failed = opened.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    if (fsync) await each((_, out) => out.sync());
    await each(async (destFile, out) => {
      open.delete(destFile);
      await out.close();
    });
  } finally {
    await Promise.allSettled([...open.values()].map((out) => out.close()));
  }
}

async function writeAll(out: fs.FileHandle, chunk: Buffer, destFile: string): Promise<void> {
  try {
    for (let written = 0; written < chunk.length;) {
      written += (await out.write(chunk, written, chunk.length - written)).bytesWritten;
    }
  } catch (error) {
    throw writeError(error, destFile);
  }
}

function writeError(error: unknown, destFile: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'EEXIST') return new DomainError('conflict', `Tệp "${destFile}" đã có; không ghi đè lên tệp đã có.`);
  if (code === 'ENOSPC') return new DomainError('io', 'Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại.');
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new DomainError('io', `Không ghi được tệp "${destFile}" (lỗi ${code}). Hãy kiểm tra ổ đĩa rồi thử lại.`);
  }
  return error;
}
