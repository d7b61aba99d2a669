// Writes a backup zip: a consistent database snapshot, every stored file it names and a manifest of sizes and SHA-256.
// The zip is written next to its target and renamed into place, so a killed backup never leaves a half file
// under the final name.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import yazl from 'yazl';
import packageJson from '../../../../package.json' with { type: 'json' };
import type { BackupCreated, BackupLabel } from '#shared/api/backupTypes.ts';
import type { ReportProgress } from '../../api/jobs.ts';
import { purgeAfterBackup } from '../../attachments/cleanup.ts';
import { DATABASE_FILE, type DataStore } from '../../db/open.ts';
import { DomainError } from '../../errors.ts';
import { ownedTempDir, tempFileName } from '../../fs/leftovers.ts';
import { appliedMigrations, expectedFiles, officeName, rowCounts } from './databaseFacts.ts';
import { FORMAT_VERSION, MANIFEST_FILE, type Manifest, type ManifestEntry } from './manifest.ts';
import { fsyncDir, fsyncFile, hashing, yieldToEventLoop } from './zipFiles.ts';

/** The system temp folders holding a database snapshot while a backup is written. */
export const SNAPSHOT_DIR_PREFIX = 'antt-sao-luu-';

export interface BackupOptions {
  label: BackupLabel;
  now: () => Date;
  signal?: AbortSignal;
  onProgress?: ReportProgress;
}

// Already-compressed formats are stored as they are; compressing them again costs time and saves nothing.
const STORED = new Set([
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'heic',
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'zip',
  'rar',
  '7z',
]);
const compressible = (name: string) => !STORED.has(path.extname(name).slice(1).toLowerCase());

/** Copies the live database page by page (other work keeps running between steps) into a plain one-file copy. */
async function snapshotDatabase(store: DataStore, file: string, signal?: AbortSignal) {
  await store.sqlite.backup(file, {
    progress: () => {
      signal?.throwIfAborted();
      return 1000;
    },
  });
  const copy = new BetterSqlite3(file);
  try {
    copy.pragma('journal_mode = DELETE');
    const { attachments, issued } = expectedFiles(copy);
    return {
      counts: rowCounts(copy),
      schemaVersion: appliedMigrations(copy).at(-1) ?? '',
      office: officeName(copy),
      // Attachment rows share a blob when their content is the same.
      files: [...new Set([...attachments, ...issued].map((f) => f.name))],
    };
  } finally {
    copy.close();
  }
}

/** Waits for one entry to be fully consumed by the zip writer, failing early if the writer fails. */
function consumed(stream: NodeJS.EventEmitter, failure: Promise<never>): Promise<void> {
  return Promise.race([
    new Promise<void>((resolve, reject) => {
      stream.once('end', () => resolve());
      stream.once('error', reject);
    }),
    failure,
  ]);
}

export async function createBackup(store: DataStore, target: string, options: BackupOptions): Promise<BackupCreated> {
  const { signal } = options;
  signal?.throwIfAborted();
  const createdAt = options.now();
  const outDir = path.dirname(target);
  fs.mkdirSync(outDir, { recursive: true });
  const work = ownedTempDir(SNAPSHOT_DIR_PREFIX);
  const tmp = path.join(outDir, tempFileName(path.basename(target)));
  let output: fs.WriteStream | null = null;
  try {
    options.onProgress?.(0, 0, 'Đang chụp cơ sở dữ liệu');
    const snapshot = path.join(work, DATABASE_FILE);
    const facts = await snapshotDatabase(store, snapshot, signal);

    // The files the snapshot refers to, and only those: stored files are written before the rows that name them and
    // never deleted, so each is already on disk; a file no row names (left by an interrupted import, or put there by
    // hand) stays out, since a restore refuses what the data does not name. The data check lists such files.
    const named = facts.files
      .map((name) => ({ name, abs: path.join(store.dataDir, ...name.split('/')) }))
      .filter((s) => fs.existsSync(s.abs));
    const sources = [{ name: DATABASE_FILE, abs: snapshot }, ...named].map((s) => ({
      ...s,
      size: fs.statSync(s.abs).size,
    }));
    const total = sources.reduce((sum, s) => sum + s.size, 0);
    let done = 0;

    const zip = new yazl.ZipFile();
    output = fs.createWriteStream(tmp, { flags: 'wx' });
    const failure = new Promise<never>((_resolve, reject) => {
      zip.on('error', reject);
      output!.on('error', reject);
    });
    failure.catch(() => undefined);
    zip.outputStream.pipe(output);

    const entries: ManifestEntry[] = [];
    for (const source of sources) {
      signal?.throwIfAborted();
      options.onProgress?.(done, total, `Đang sao lưu ${entries.length + 1}/${sources.length} tệp`);
      const input = fs.createReadStream(source.abs);
      const counter = hashing((n) => {
        done += n;
        options.onProgress?.(done, total);
      }, signal);
      input.on('error', (e) => counter.destroy(e));
      input.pipe(counter);
      zip.addReadStream(counter, source.name, {
        mtime: createdAt,
        size: source.size,
        compress: compressible(source.name),
      });
      await consumed(counter, failure);
      entries.push({ path: source.name, size: counter.size, sha256: counter.hash.digest('hex') });
      await yieldToEventLoop();
    }

    const manifest: Manifest = {
      kind: 'backup',
      formatVersion: FORMAT_VERSION,
      appVersion: packageJson.version,
      createdAt: createdAt.toISOString(),
      schemaVersion: facts.schemaVersion,
      office: facts.office,
      label: options.label,
      counts: facts.counts,
      entries,
    };
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), MANIFEST_FILE, { mtime: createdAt });
    zip.end();
    await Promise.race([new Promise<void>((resolve) => output!.once('close', () => resolve())), failure]);
    signal?.throwIfAborted();
    fsyncFile(tmp);
    fs.renameSync(tmp, target);
    fsyncDir(outDir);
    // What was removed before this backup began is now kept in it: the live data lets it go.
    purgeAfterBackup(store, createdAt.toISOString());
    options.onProgress?.(total, total, 'Đã sao lưu xong');
    return {
      fileName: path.basename(target),
      size: fs.statSync(target).size,
      createdAt: manifest.createdAt,
      files: entries.length,
    };
  } catch (error) {
    output?.destroy();
    fs.rmSync(tmp, { force: true });
    if (signal?.aborted) throw error;
    if (error instanceof DomainError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new DomainError('io', 'Ổ đĩa nơi lưu bản sao lưu đã đầy. Hãy chọn nơi lưu khác.');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new DomainError('io', 'Không ghi được vào nơi lưu bản sao lưu. Hãy chọn thư mục khác hoặc kiểm tra quyền.');
    }
    throw error;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
