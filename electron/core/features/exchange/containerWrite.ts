// Writing a package: entries hashed as they are zipped, manifest.json last, into a temp file beside the target that
// is flushed, read back through the same checks an importer applies, and only then renamed into place.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import yazl from 'yazl';
import { DomainError } from '../../errors.ts';
import { PackageError } from './containerErrors.ts';
import {
  DEFAULT_LIMITS,
  MANIFEST_PATH,
  PACKAGE_FORMAT,
  FORMAT_VERSION_BY_KIND,
  type EntrySource,
  type Manifest,
  type ManifestEntry,
  type PackageHeader,
  type Progress,
} from './containerFormat.ts';
import { describeIssue, packageHeaderSchema } from './containerManifest.ts';
import { isPrecompressed, parentFolders, pathKey, pathProblem } from './containerPaths.ts';
import { openPackage } from './containerRead.ts';

const SMALL_BUFFER = 1 << 20;
/** Small buffers go to yazl directly; after this many bytes of them the next entry is streamed, marking progress. */
const BARRIER_BYTES = 4 << 20;
/** Streamed entries queued in yazl before the writer waits for the oldest. */
const MAX_QUEUED_STREAMS = 8;
const FILE_MODE = 0o100644;
const LOOKAHEAD = 32;

function invalid(message: string): DomainError {
  return new DomainError('validation', message);
}

/** Counts and hashes what passes through, then calls `onDone`; fails if a file changed size since it was measured. */
function hasher(entry: ManifestEntry, file: string | undefined, onDone: () => void): Transform {
  const hash = createHash('sha256');
  let count = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      count += chunk.length;
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      if (count !== entry.size) {
        callback(
          new DomainError('conflict', `Tệp "${file ?? entry.path}" thay đổi trong khi đang tạo gói. Hãy tạo lại gói.`),
        );
        return;
      }
      entry.sha256 = hash.digest('hex');
      callback();
      onDone();
    },
  });
}

/**
 * Whether to deflate an entry. Readers refuse large entries that inflate more than maxRatio times, so a large entry
 * whose first MiB deflates more than half that much (a blank bitmap scan, padded text) is stored instead.
 */
async function shouldCompress(source: EntrySource, size: number, sample: () => Promise<Buffer>): Promise<boolean> {
  if (source.compress === false || (source.compress === undefined && isPrecompressed(source.path))) return false;
  if (size < DEFAULT_LIMITS.ratioFloorBytes) return true;
  const head = await sample();
  return head.length <= deflateRawSync(head).length * (DEFAULT_LIMITS.maxRatio / 2);
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(SMALL_BUFFER);
    const { bytesRead } = await handle.read(buffer, 0, SMALL_BUFFER, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function sourceError(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return new DomainError('not-found', `Không tìm thấy tệp "${file}" để đưa vào gói.`);
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new DomainError('io', `Không đọc được tệp "${file}" (lỗi ${code}) để đưa vào gói.`);
  }
  return error;
}

function outputError(error: unknown): unknown {
  if (error instanceof DomainError || (error as { name?: unknown }).name === 'AbortError') return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOSPC') return new DomainError('io', 'Ổ đĩa đã đầy, không tạo được gói. Hãy chọn nơi lưu khác.');
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new DomainError('io', `Không ghi được tệp gói (lỗi ${code}). Hãy kiểm tra nơi lưu rồi thử lại.`);
  }
  return error;
}

interface Prepared {
  source: EntrySource;
  size: number;
  /** The content, for buffers and for files small enough to read whole. */
  data: Buffer | undefined;
}

async function prepare(source: EntrySource): Promise<Prepared> {
  if ('data' in source) {
    const data = Buffer.from(source.data.buffer, source.data.byteOffset, source.data.byteLength);
    return { source, size: data.length, data };
  }
  const file = source.file;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) throw invalid(`"${file}" không phải là tệp, không đưa vào gói được.`);
    if (stat.size >= DEFAULT_LIMITS.ratioFloorBytes) return { source, size: stat.size, data: undefined };
    const data = await fs.promises.readFile(file);
    return { source, size: data.length, data };
  } catch (error) {
    throw error instanceof DomainError ? error : sourceError(error, file);
  }
}

/** Sources in order, prepared a few at a time ahead: 20,000 small attachments are read in parallel, not one by one. */
async function* lookahead(entries: Iterable<EntrySource> | AsyncIterable<EntrySource>): AsyncGenerator<Prepared> {
  const queue: Promise<Prepared>[] = [];
  for await (const source of entries) {
    const next = prepare(source);
    next.catch(() => {}); // awaited in turn below; this only keeps an early failure from counting as unhandled
    queue.push(next);
    if (queue.length >= LOOKAHEAD) yield await queue.shift()!;
  }
  while (queue.length) yield await queue.shift()!;
}

/**
 * Writes a package atomically and returns its manifest. Entry paths are checked by the rules the reader enforces.
 * Progress counts entries (total is known when `entries` is an array; otherwise it is the count so far).
 * Buffers passed in must not change until the returned promise settles.
 */
export async function writePackage(
  outFile: string,
  header: PackageHeader,
  entries: Iterable<EntrySource> | AsyncIterable<EntrySource>,
  options: { onProgress?: Progress; signal?: AbortSignal } = {},
): Promise<Manifest> {
  const { onProgress, signal } = options;
  const parsedHeader = packageHeaderSchema.safeParse(header);
  if (!parsedHeader.success) throw invalid(`Thông tin gói không hợp lệ: ${describeIssue(parsedHeader.error)}.`);
  signal?.throwIfAborted();
  const knownTotal = Array.isArray(entries) ? entries.length : undefined;
  const limits = DEFAULT_LIMITS;
  const mtime = new Date(header.createdAt);

  const tmp = path.join(path.dirname(outFile), `.${path.basename(outFile)}.${randomBytes(6).toString('hex')}.tmp`);
  const zip = new yazl.ZipFile();
  const out = fs.createWriteStream(tmp, { flags: 'wx', flush: true });
  let fail: (error: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});
  const race = <T>(promise: Promise<T>) => Promise.race([promise, failed]);
  const onAbort = () => fail(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  zip.on('error', fail);
  out.on('error', fail);
  const closed = new Promise<void>((resolve) => out.on('close', resolve));
  zip.outputStream.pipe(out);

  // Sources being read, destroyed if the write fails so no file stays open.
  const reading = new Set<Readable>();
  try {
    const listed: ManifestEntry[] = [];
    const keys = new Set<string>();
    const streamed: Promise<void>[] = [];
    let waitedFor = 0;
    let sinceBarrier = 0;
    let total = 0;
    const stream = (entry: ManifestEntry, compress: boolean, open: () => Readable, file: string | undefined) => {
      streamed.push(
        new Promise<void>((resolve, reject) => {
          zip.addReadStreamLazy(entry.path, { size: entry.size, compress, mtime, mode: FILE_MODE }, (callback) => {
            const input = open();
            reading.add(input);
            let settled = false;
            const done = (error?: unknown) => {
              if (settled) return;
              settled = true;
              reading.delete(input);
              if (error === undefined) return resolve();
              const mapped = file ? sourceError(error, file) : error;
              fail(mapped);
              reject(mapped);
            };
            // pipe() rather than pipeline(): pipeline's per-call abort bookkeeping costs more than a small file.
            const counted = hasher(entry, file, () => done());
            input.once('error', (error) => {
              counted.destroy();
              done(error);
            });
            counted.once('error', (error) => done(error));
            input.pipe(counted);
            callback(null, counted);
          });
        }).catch(() => {}),
      );
      sinceBarrier = 0;
    };

    for await (const { source, size, data } of lookahead(entries)) {
      signal?.throwIfAborted();
      const entryPath = source.path;
      const problem = entryPath === MANIFEST_PATH ? 'là tên dành riêng cho tệp mô tả' : pathProblem(entryPath);
      if (problem) throw invalid(`Tên tệp trong gói không hợp lệ "${entryPath}": ${problem}.`);
      const key = pathKey(entryPath);
      if (keys.has(key)) throw invalid(`Gói có hai tệp trùng tên "${entryPath}".`);
      keys.add(key);
      if (listed.length + 1 > limits.maxEntries) throw invalid(`Gói có quá nhiều tệp (tối đa ${limits.maxEntries}).`);

      if (size > limits.maxEntryBytes) throw invalid(`Tệp "${entryPath}" quá lớn để đưa vào gói.`);
      total += size;
      if (total > limits.maxTotalBytes) throw invalid('Tổng dung lượng các tệp vượt quá giới hạn của một gói.');

      const entry: ManifestEntry = { path: entryPath, size, sha256: '' };
      listed.push(entry);
      if (data) {
        if (size < DEFAULT_LIMITS.ratioFloorBytes && sinceBarrier < BARRIER_BYTES) {
          entry.sha256 = createHash('sha256').update(data).digest('hex');
          const compress = source.compress ?? !isPrecompressed(entryPath);
          zip.addBuffer(data, entryPath, { compress, mtime, mode: FILE_MODE });
          sinceBarrier += size;
        } else {
          // Streamed, so its end tells how far yazl has got: memory stays bounded however many entries come.
          const compress = await shouldCompress(source, size, async () => data.subarray(0, SMALL_BUFFER));
          stream(entry, compress, () => Readable.from([data]), undefined);
        }
      } else if ('file' in source) {
        const file = source.file;
        const compress = await shouldCompress(source, size, () =>
          readHead(file).catch((error: unknown) => {
            throw sourceError(error, file);
          }),
        );
        stream(entry, compress, () => fs.createReadStream(file), file);
      }
      onProgress?.(listed.length, knownTotal ?? listed.length);
      // yazl writes entries in order, so once a streamed entry is done every entry before it is written too.
      while (streamed.length - waitedFor > MAX_QUEUED_STREAMS) await race(streamed[waitedFor++]!);
    }

    for (const folder of listed.flatMap((entry) => parentFolders(entry.path))) {
      if (keys.has(pathKey(folder))) throw invalid(`Tên "${folder}" vừa là tệp vừa là thư mục trong gói.`);
    }
    await race(Promise.all(streamed));
    const manifest: Manifest = {
      format: PACKAGE_FORMAT,
      formatVersion: FORMAT_VERSION_BY_KIND[parsedHeader.data.kind],
      ...parsedHeader.data,
      entries: listed,
    };
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 1)), MANIFEST_PATH, { mtime, mode: FILE_MODE });
    zip.end();
    await race(closed);
    signal?.throwIfAborted();
    await selfCheck(tmp);
    await fs.promises.rename(tmp, outFile);
    onProgress?.(listed.length, listed.length);
    return manifest;
  } catch (error) {
    for (const input of reading) input.destroy();
    zip.outputStream.unpipe(out);
    out.destroy();
    await closed;
    await fs.promises.rm(tmp, { force: true });
    throw outputError(error);
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The written package opens with the importer's checks, or it is not handed out at all. */
async function selfCheck(file: string): Promise<void> {
  try {
    const reader = await openPackage(file);
    await reader.close();
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    throw new DomainError('internal', `Gói vừa tạo không đạt kiểm tra đọc lại: ${error.message}`);
  }
}
