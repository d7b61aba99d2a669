// Reads a backup zip and verifies all of it before anything is trusted: safe entry names, bounded sizes, every entry
// matching the manifest by size and SHA-256, and a database that is sound and not newer than this app.
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import BetterSqlite3 from 'better-sqlite3';
import type yauzl from 'yauzl';
import type { BackupInspection } from '#shared/api/backupTypes.ts';
import type { ReportProgress } from '../../api/jobs.ts';
import { ATTACHMENTS_DIR, DATABASE_FILE, ISSUED_DIR } from '../../db/open.ts';
import { schemaDifferences } from '../../db/schemaShape.ts';
import { DomainError } from '../../errors.ts';
import { ownedTempDir } from '../../fs/leftovers.ts';
import {
  appliedMigrations,
  databaseProblems,
  expectedFiles,
  officeName,
  rowCounts,
  unknownMigrations,
} from './databaseFacts.ts';
import {
  FORMAT_VERSION,
  isSafeEntryName,
  MANIFEST_FILE,
  manifestSchema,
  MAX_ENTRIES,
  MAX_ENTRY_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_RATIO,
  MAX_TOTAL_BYTES,
  RATIO_FLOOR_BYTES,
  rejected,
  type Manifest,
  type ManifestEntry,
} from './manifest.ts';
import { assertViewableAttachments, assertViewableContent } from './viewableFiles.ts';
import { closeZip, entryName, hashing, isSymlinkEntry, openEntry, openZip, readEntries } from './zipFiles.ts';

/** The system temp folders a backup's database is checked in. */
export const INSPECT_DIR_PREFIX = 'antt-kiem-tra-';

export interface ReadOptions {
  /** Extract every entry into this (empty) folder; otherwise only the database is extracted, to a temp folder. */
  extractTo?: string;
  signal?: AbortSignal;
  onProgress?: ReportProgress;
}

const NEWER =
  'Bản sao lưu này được tạo bởi phiên bản ứng dụng mới hơn. Hãy cài phiên bản mới nhất của ứng dụng rồi phục hồi; dữ liệu hiện tại không bị thay đổi.';

async function readManifest(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Manifest> {
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES) throw rejected('Tệp mô tả (manifest.json) quá lớn.');
  const chunks: Buffer[] = [];
  try {
    const stream = await openEntry(zip, entry);
    for await (const chunk of stream) chunks.push(chunk as Buffer);
  } catch {
    throw rejected('Tệp mô tả (manifest.json) trong bản sao lưu bị hỏng.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw rejected('Tệp mô tả (manifest.json) trong bản sao lưu không đọc được.');
  }
  const head = raw as { kind?: unknown; formatVersion?: unknown };
  if (head?.kind !== 'backup') {
    throw rejected('Tệp này không phải bản sao lưu dữ liệu của ứng dụng (có thể là gói trao đổi hoặc tệp nén khác).');
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) {
    throw new DomainError('validation', NEWER);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw rejected('Tệp mô tả (manifest.json) trong bản sao lưu không đúng định dạng.');
  return parsed.data;
}

/** Checks names, kinds and sizes from the central directory alone, before reading any content. */
function checkEntries(raw: yauzl.Entry[]): { files: Map<string, yauzl.Entry>; manifest: yauzl.Entry } {
  const files = new Map<string, yauzl.Entry>();
  const folded = new Set<string>();
  let manifest: yauzl.Entry | null = null;
  let total = 0;
  for (const entry of raw) {
    const name = entryName(entry);
    if (name === null) throw rejected('Bản sao lưu có tên tệp bên trong không hợp lệ.');
    if (name.endsWith('/')) {
      if (!isSafeEntryName(`${name}x`)) throw rejected(`Bản sao lưu chứa đường dẫn không an toàn "${name}".`);
      continue;
    }
    if (!isSafeEntryName(name)) throw rejected(`Bản sao lưu chứa đường dẫn không an toàn "${name}".`);
    if (isSymlinkEntry(entry)) throw rejected(`Bản sao lưu chứa liên kết tượng trưng "${name}", không được phép.`);
    if (entry.isEncrypted()) throw rejected(`Tệp "${name}" trong bản sao lưu bị mã hóa, không đọc được.`);
    // Windows folds case, so two names differing only in case would land on one file.
    if (folded.has(name.toLowerCase())) throw rejected(`Bản sao lưu có tệp "${name}" bị lặp lại.`);
    folded.add(name.toLowerCase());
    if (entry.uncompressedSize > MAX_ENTRY_BYTES) throw rejected(`Tệp "${name}" trong bản sao lưu quá lớn.`);
    const size = entry.uncompressedSize;
    if (size >= RATIO_FLOOR_BYTES && size > entry.compressedSize * MAX_RATIO) {
      throw rejected(`Tệp "${name}" trong bản sao lưu có tỉ lệ nén bất thường (có thể là "bom nén" làm đầy ổ đĩa).`);
    }
    total += entry.uncompressedSize;
    if (name === MANIFEST_FILE) manifest = entry;
    else files.set(name, entry);
  }
  if (total > MAX_TOTAL_BYTES) throw rejected('Bản sao lưu quá lớn so với giới hạn cho phép.');
  if (!manifest) throw rejected('Tệp không có bảng kê (manifest.json) nên không phải bản sao lưu của ứng dụng.');
  return { files, manifest };
}

function matchManifest(manifest: Manifest, files: Map<string, yauzl.Entry>): void {
  const listed = new Set<string>();
  for (const e of manifest.entries) {
    if (listed.has(e.path)) throw rejected(`Bảng kê của bản sao lưu có tệp "${e.path}" bị lặp lại.`);
    listed.add(e.path);
    const entry = files.get(e.path);
    if (!entry) throw rejected(`Bản sao lưu thiếu tệp "${e.path}" có trong bảng kê (tệp không đầy đủ).`);
    if (entry.uncompressedSize !== e.size) throw rejected(`Kích thước tệp "${e.path}" không khớp với bảng kê.`);
  }
  for (const name of files.keys()) {
    if (!listed.has(name)) throw rejected(`Bản sao lưu có tệp lạ "${name}" không có trong bảng kê.`);
  }
  if (!files.has(DATABASE_FILE)) throw rejected('Bản sao lưu không có tệp cơ sở dữ liệu.');
}

interface Progress {
  done: number;
  total: number;
  index: number;
  count: number;
}

/** Streams the given entries once, checking size and SHA-256 against the manifest; extracts those `extract` names. */
async function verifyContent(
  zip: yauzl.ZipFile,
  entries: ManifestEntry[],
  files: Map<string, yauzl.Entry>,
  into: string,
  extract: (name: string) => boolean,
  options: ReadOptions,
  progress: Progress,
): Promise<void> {
  for (const listed of entries) {
    options.signal?.throwIfAborted();
    options.onProgress?.(progress.done, progress.total, `Đang kiểm tra ${++progress.index}/${progress.count} tệp`);
    const counter = hashing((n) => {
      progress.done += n;
      options.onProgress?.(progress.done, progress.total);
    }, options.signal);
    let sink: Writable;
    if (extract(listed.path)) {
      const target = path.join(into, ...listed.path.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      sink = fs.createWriteStream(target, { flags: 'wx', flush: true });
    } else {
      sink = new Writable({ write: (_chunk, _enc, next) => next() });
    }
    try {
      await pipeline(await openEntry(zip, files.get(listed.path)!), counter, sink);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
        throw new DomainError(
          'io',
          'Ổ đĩa chứa dữ liệu đã đầy, không giải nén được bản sao lưu. Hãy giải phóng chỗ trống.',
        );
      }
      throw rejected(`Tệp "${listed.path}" trong bản sao lưu bị hỏng, không giải nén được.`);
    }
    if (counter.size !== listed.size || counter.hash.digest('hex') !== listed.sha256) {
      throw rejected(`Tệp "${listed.path}" trong bản sao lưu đã bị thay đổi hoặc hỏng (mã kiểm tra không khớp).`);
    }
  }
}

type DatabaseInspection = Omit<BackupInspection, 'fileName'> & { referenced: Set<string> };

/** Opens the extracted database and checks it; returns what a person sees before restoring and the files it names. */
function inspectDatabase(file: string, manifest: Manifest): DatabaseInspection {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { fileMustExist: true });
  } catch {
    throw rejected('Không mở được cơ sở dữ liệu trong bản sao lưu.');
  }
  try {
    const applied = appliedMigrations(db);
    if (applied.length === 0) throw rejected('Cơ sở dữ liệu trong bản sao lưu không phải dữ liệu của ứng dụng này.');
    if (unknownMigrations(applied).length > 0) throw new DomainError('validation', NEWER);
    // Checked before anything else reads it: a foreign trigger or a dropped guard must never reach the data folder.
    const foreign = schemaDifferences(db, applied);
    if (foreign.length > 0) {
      const more = foreign.length > 1 ? ` (và ${foreign.length - 1} khác biệt khác)` : '';
      throw rejected(
        `Cơ sở dữ liệu trong bản sao lưu có cấu trúc khác với ứng dụng: ${foreign[0]!.replace(/\.$/, '')}${more}.`,
      );
    }
    const problems = databaseProblems(db);
    if (problems.length > 0) throw rejected(`Cơ sở dữ liệu trong bản sao lưu bị hỏng: ${problems[0]}`);
    const schemaVersion = applied.at(-1)!;
    if (schemaVersion !== manifest.schemaVersion) {
      throw rejected('Bảng kê của bản sao lưu không khớp với cơ sở dữ liệu bên trong.');
    }
    const listed = new Map(manifest.entries.map((e) => [e.path, e]));
    const expected = expectedFiles(db);
    const warnings: string[] = [];
    for (const f of [...expected.attachments, ...expected.issued]) {
      const entry = listed.get(f.name);
      if (!entry) warnings.push(`Bản sao lưu thiếu ${f.what}; tệp này đã không còn khi sao lưu.`);
      else if (entry.sha256 !== f.sha256) warnings.push(`${f.what} trong bản sao lưu khác với bản đã ghi nhận.`);
    }
    const sum = (prefix: string) => {
      const found = manifest.entries.filter((e) => e.path.startsWith(`${prefix}/`));
      return { count: found.length, bytes: found.reduce((s, e) => s + e.size, 0) };
    };
    return {
      createdAt: manifest.createdAt,
      appVersion: manifest.appVersion,
      schemaVersion,
      office: officeName(db),
      label: manifest.label,
      counts: rowCounts(db),
      attachments: sum(ATTACHMENTS_DIR),
      issuedFiles: sum(ISSUED_DIR),
      warnings: warnings.slice(0, 50),
      referenced: new Set([...expected.attachments, ...expected.issued].map((f) => f.name)),
    };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw rejected('Cơ sở dữ liệu trong bản sao lưu bị hỏng, không đọc được.');
  } finally {
    db.close();
  }
}

/** Verifies a whole backup file; with `extractTo`, also leaves its verified content there. */
export async function readBackup(file: string, options: ReadOptions = {}): Promise<BackupInspection> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new DomainError('validation', 'Không tìm thấy tệp sao lưu đã chọn. Hãy chọn lại tệp.');
  }
  if (!stat.isFile()) throw new DomainError('validation', 'Đường dẫn đã chọn không phải một tệp sao lưu.');
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch {
    throw rejected(
      'Tệp không phải bản sao lưu hợp lệ: không đọc được tệp nén (có thể tệp bị hỏng hoặc chép chưa hết).',
    );
  }
  const temp = options.extractTo ? null : ownedTempDir(INSPECT_DIR_PREFIX);
  try {
    if (zip.entryCount > MAX_ENTRIES) throw rejected('Bản sao lưu có quá nhiều tệp.');
    let raw: yauzl.Entry[];
    try {
      raw = await readEntries(zip);
    } catch {
      throw rejected('Tệp sao lưu bị hỏng: không đọc được danh mục tệp bên trong.');
    }
    const { files, manifest: manifestEntry } = checkEntries(raw);
    const manifest = await readManifest(zip, manifestEntry);
    matchManifest(manifest, files);
    const into = options.extractTo ?? temp!;
    const progress = {
      done: 0,
      total: manifest.entries.reduce((sum, e) => sum + e.size, 0),
      index: 0,
      count: manifest.entries.length,
    };
    // The database first: its schema is checked, and the files it names known, before any other entry is written.
    assertViewableAttachments(manifest);
    const database = manifest.entries.filter((e) => e.path === DATABASE_FILE);
    await verifyContent(zip, database, files, into, () => true, options, progress);
    const { referenced, ...inspection } = inspectDatabase(path.join(into, DATABASE_FILE), manifest);
    const others = manifest.entries.filter((e) => e.path !== DATABASE_FILE);
    // The app backs up only the files its data names; anything else was put there by someone else. Refused before
    // any of them is read; the data check lists such files in a data folder.
    const strays = others.filter((e) => !referenced.has(e.path));
    if (strays.length > 0) {
      throw rejected(
        `Bản sao lưu có ${strays.length} tệp mà dữ liệu không nhắc tới (ví dụ "${strays[0]!.path}"); bản sao lưu do phần mềm tạo không có tệp như vậy.`,
      );
    }
    await verifyContent(zip, others, files, into, () => options.extractTo !== undefined, options, progress);
    // Once extracted for a restore, the files the data refers to must be what their names say.
    if (options.extractTo !== undefined) {
      const attachments = [...referenced].filter((name) => name.startsWith(`${ATTACHMENTS_DIR}/`));
      assertViewableContent(
        into,
        attachments.map((name) => ({ name })),
      );
    }
    return { fileName: path.basename(file), ...inspection };
  } finally {
    closeZip(zip);
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  }
}

export const inspectBackup = (file: string, options: Omit<ReadOptions, 'extractTo'> = {}) => readBackup(file, options);
