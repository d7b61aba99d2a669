// Import: verify everything before writing anything (container, records, references, every file's size and
// SHA-256), show what would change, then apply in one transaction. Files go into the content-addressed store
// first (atomic renames; an unreferenced blob is harmless), rows after, so a crash leaves the data as before or
// as after. A package imported twice changes nothing.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import {
  noneWritten,
  type Change,
  type Conflict,
  type ConflictChoice,
  type ImportPreview,
  type ImportResult,
  type KindCounts,
  type RecordKind,
} from '#shared/api/exchangeTypes.ts';
import { blobPath, extensionOf } from '../../attachments/store.ts';
import { contentProblem } from '../../attachments/signature.ts';
import { viewableNameProblem } from '#shared/files/viewable.ts';
import { type Manifest, type PackageReader, type Progress } from './container.ts';
import { unitDifferences } from './differences.ts';
import { parseRecords, recordProvenance, reject, startPreview, uniqueIds, writesRecord } from './provenance.ts';
import { unitRecordOf, unitRecordRows } from './exportPackage.ts';
import { applyRecords, jsonList } from './importApply.ts';
import { processAlive } from '../../fs/leftovers.ts';
import { formatNumberCode } from '#shared/documents/format.ts';
import {
  RECORD_FILES,
  decisionRecordSchema,
  dossierRecordSchema,
  filePath,
  officeRecordSchema,
  missingV2Fields,
  recordHash,
  unitRecordAsOf,
  unitRecordSchema,
  type DecisionRecordOut,
  type DossierRecord,
  type OfficeRecord,
  type UnitRecord,
} from './records.ts';

export type { Change, Conflict, ConflictChoice, ImportPreview, ImportResult, KindCounts, RecordKind };

export type ImportStep = 'verify' | 'files' | 'records';

export interface ImportOptions {
  dryRun?: boolean;
  /** What to do with every conflicting record unless `choices` names it; default keep this office's copy. */
  onConflict?: ConflictChoice;
  /** Per conflict, keyed by `conflictKey(kind, id)`. */
  choices?: Record<string, ConflictChoice>;
  /** Bytes checked, then files copied into the store: each step counts from 0 again. */
  onProgress?: Progress;
  /** Names the step that `onProgress` now counts, for a progress dialog. */
  onStep?: (step: ImportStep) => void;
  signal?: AbortSignal;
}

interface Loaded {
  manifest: Manifest;
  office: OfficeRecord;
  units: UnitRecord[];
  dossiers: DossierRecord[];
  decisions: DecisionRecordOut[];
  /** sha256 → extension, every file the records refer to. */
  files: Map<string, { size: number; extension: string }>;
  /** sha256 → a name the records give the file, for messages. */
  names: Map<string, string>;
}

/** Reads and checks the records: schema, duplicate ids, references between records and to files. */
async function loadRecords(reader: PackageReader): Promise<Loaded> {
  const manifest = reader.manifest;
  if (manifest.kind !== 'commune-year') {
    throw reject('Đây không phải gói dữ liệu năm của xã, phường.');
  }
  if (manifest.year === null) {
    throw reject('Gói dữ liệu năm không ghi năm nào. Gói bị hỏng hoặc do phần mềm khác tạo; hãy xin lại gói.');
  }
  const paths = new Set(manifest.entries.map((e) => e.path));
  for (const p of Object.values(RECORD_FILES)) {
    if (!paths.has(p)) throw reject(`Gói thiếu tệp dữ liệu "${p}". Gói bị hỏng hoặc chép chưa hết; hãy chép lại.`);
  }
  const office = officeRecordSchema.safeParse(await reader.readJson(RECORD_FILES.office));
  if (!office.success || office.data.id !== manifest.office.id) {
    throw reject('Thông tin cơ quan gửi trong gói không khớp với phần đầu gói. Gói bị hỏng; hãy xin lại gói.');
  }
  const units = parseRecords(unitRecordSchema, await reader.readJson(RECORD_FILES.units), 'danh sách đơn vị');
  const dossiers = parseRecords(dossierRecordSchema, await reader.readJson(RECORD_FILES.dossiers), 'danh sách hồ sơ');
  const decisions = parseRecords(
    decisionRecordSchema,
    await reader.readJson(RECORD_FILES.decisions),
    'danh sách quyết định',
  );
  const missing = missingV2Fields(units, dossiers, manifest.formatVersion);
  if (missing) {
    throw reject(
      `Gói ghi định dạng phiên bản ${manifest.formatVersion} nhưng ${missing}. Gói bị hỏng hoặc do phần mềm khác tạo; hãy xin lại gói.`,
    );
  }
  uniqueIds(units, 'đơn vị');
  uniqueIds(dossiers, 'hồ sơ');
  uniqueIds(decisions, 'quyết định');

  const unitIds = new Set(units.map((u) => u.id));
  const broken = (what: string) =>
    reject(`Gói có ${what} trỏ tới bản ghi không có trong gói. Gói bị hỏng; hãy xin lại gói từ nơi gửi.`);
  for (const u of units) {
    if ((u.parentId && !unitIds.has(u.parentId)) || (u.mergedIntoId && !unitIds.has(u.mergedIntoId))) {
      throw broken(`đơn vị "${u.name}"`);
    }
  }
  for (const d of dossiers) {
    if (!unitIds.has(d.unitId) || d.year !== manifest.year || d.id !== `${d.unitId}/${d.year}`)
      throw broken(`hồ sơ "${d.id}"`);
  }
  const decisionIds = new Set(decisions.map((d) => d.id));
  for (const d of decisions) {
    if (d.year !== manifest.year || d.unitIds.some((u) => !unitIds.has(u))) throw broken(`quyết định "${d.id}"`);
    if (d.revokesId && !decisionIds.has(d.revokesId)) throw broken(`quyết định "${d.id}"`);
  }
  const entries = new Map(manifest.entries.map((e) => [e.path, e]));
  const files = new Map<string, { size: number; extension: string }>();
  const names = new Map<string, string>();
  for (const f of [...dossiers.flatMap((d) => d.files), ...decisions.flatMap((d) => d.files)]) {
    const entry = entries.get(filePath(f.sha256));
    if (!entry || entry.sha256 !== f.sha256 || entry.size !== f.size) {
      throw reject(`Gói thiếu tệp đính kèm "${f.name}" hoặc tệp không khớp mã kiểm tra. Hãy chép lại gói.`);
    }
    // Only files the app may keep and open: the whole package is refused otherwise, before anything is written.
    const problem = viewableNameProblem(f.name) ?? viewableNameProblem(`x.${f.extension}`);
    if (problem) throw refusedFile(f.name, problem);
    files.set(f.sha256, { size: f.size, extension: extensionOf(`x.${f.extension}`) });
    names.set(f.sha256, f.name);
  }
  for (const e of manifest.entries) {
    const known =
      Object.values(RECORD_FILES).includes(e.path as never) ||
      (e.path.startsWith('files/') && files.has(e.path.slice(6)));
    if (!known)
      throw reject(`Gói có tệp lạ "${e.path}" không thuộc dữ liệu nào. Gói không đúng định dạng; hãy xin lại gói.`);
  }
  return { manifest, office: office.data, units, dossiers, decisions, files, names };
}

const refusedFile = (name: string, problem: string) =>
  reject(
    `Gói có tệp đính kèm "${name}" không được nhận (${problem}). Không nhập gì từ gói này; ` +
      'hãy báo nơi gửi chuyển tệp sang PDF, Word, Excel hoặc ảnh rồi gửi lại gói.',
  );

interface Plan {
  preview: ImportPreview;
  /** The files not yet in the store. */
  newFiles: string[];
  officeId: number | null;
  unitChanges: Map<string, Change>;
  dossierChanges: Map<string, Change>;
  decisionChanges: Map<string, Change>;
}

async function plan(db: Db, loaded: Loaded, fileName: string, attachmentsDir: string): Promise<Plan> {
  const { manifest } = loaded;
  const { preview, note, officeId } = await startPreview(db, manifest, fileName, {
    total: loaded.files.size,
    newFiles: 0,
    bytes: 0,
  });

  const local = loaded.units.length
    ? await unitRecordRows(db)
        .where('u.uid', 'in', jsonList(loaded.units.map((u) => u.id)))
        .execute()
    : [];
  const localUnits = new Map(local.map((u) => [u.uid, u]));
  const packageNames = new Map(loaded.units.map((u) => [u.id, u.name]));
  const unitName = (uid: string) => packageNames.get(uid) ?? localUnits.get(uid)?.name ?? uid;
  const officeNames = new Map(
    (await db.selectFrom('exchange_offices').select(['id', 'name']).execute()).map((o) => [o.id, o.name]),
  );
  const unitChanges = new Map<string, Change>();
  for (const u of loaded.units) {
    const mine = localUnits.get(u.id);
    let change: Change;
    let reason = '';
    if (!mine) change = 'new';
    else {
      // A version-1 record has no scope fields: compared without them, and the values here stay.
      const localHash = recordHash(unitRecordAsOf(unitRecordOf(mine), manifest.formatVersion));
      const incoming = recordHash(u);
      if (localHash === incoming) change = 'unchanged';
      else if (officeId !== null && mine.source_office_id === officeId) {
        // import_hash: the record as last imported (by a version-1 package, perhaps). Who changed since decides.
        const lastImported = [localHash, recordHash(unitRecordAsOf(unitRecordOf(mine), 1))];
        if (mine.import_hash !== null && lastImported.includes(mine.import_hash)) change = 'changed';
        else if (mine.import_hash === incoming) change = 'unchanged';
        else {
          change = 'conflicting';
          reason = 'Đơn vị đã được sửa ở đây sau lần nhập trước, và nơi gửi cũng đã sửa.';
        }
      } else {
        change = 'conflicting';
        reason =
          mine.source_office_id === null
            ? 'Đơn vị cùng mã là đơn vị của chính cơ quan này. Lấy theo gói chỉ sửa thông tin; đơn vị vẫn thuộc cơ quan này.'
            : `Đơn vị cùng mã đang là đơn vị nhận từ ${officeNames.get(mine.source_office_id) ?? 'cơ quan khác'}. Lấy theo gói thì đơn vị chuyển sang nơi gửi gói này.`;
      }
    }
    unitChanges.set(
      u.id,
      note('units', u.id, change, u.name, reason, () =>
        unitDifferences(unitRecordAsOf(unitRecordOf(mine!), manifest.formatVersion), u, unitName),
      ),
    );
  }

  const packageTime = Date.parse(manifest.createdAt);
  // When each earlier import's package was made: a stored record from a newer package is not overwritten silently.
  const packageTimes = new Map(
    (await db.selectFrom('exchange_imports').select(['id', 'package_created_at']).execute()).map((r) => [
      r.id,
      Date.parse(r.package_created_at),
    ]),
  );
  const newerThanPackage = (importId: number) => (packageTimes.get(importId) ?? 0) > packageTime;
  const unitNames = new Map(loaded.units.map((u) => [u.id, u.name]));
  const dossierChanges = new Map<string, Change>();
  // A unit has one received dossier a year, whoever sent it: held ones are found by unit, across offices.
  const heldDossiers = loaded.dossiers.length
    ? await db
        .selectFrom('received_dossiers as r')
        .innerJoin('units as u', 'u.id', 'r.unit_id')
        .select(['u.uid', 'r.office_id', 'r.record_hash', 'r.import_id'])
        .where('r.year', '=', manifest.year!)
        .where('u.uid', 'in', jsonList(loaded.dossiers.map((d) => d.unitId)))
        .execute()
    : [];
  const held = new Map(heldDossiers.map((r) => [`${r.uid}/${manifest.year}`, r]));
  for (const d of loaded.dossiers) {
    const row = held.get(d.id);
    const name = unitNames.get(d.unitId) ?? d.id;
    let change: Change = !row ? 'new' : row.record_hash === recordHash(d) ? 'unchanged' : 'changed';
    let reason = 'Đã có bản mới hơn từ một gói nhập trước.';
    if (row && row.office_id !== officeId) {
      change = 'conflicting';
      reason = `Hồ sơ năm ${manifest.year} của đơn vị này đã nhận từ ${officeNames.get(row.office_id) ?? 'cơ quan khác'}.`;
    } else if (change === 'changed' && newerThanPackage(row!.import_id)) change = 'conflicting';
    dossierChanges.set(d.id, note('dossiers', d.id, change, `Hồ sơ ${name}`, reason));
  }

  const decisionChanges = new Map<string, Change>();
  const heldDecisions =
    officeId === null
      ? new Map<string, { record_hash: string; import_id: number }>()
      : new Map(
          (
            await db
              .selectFrom('received_decisions')
              .select(['record_key', 'record_hash', 'import_id'])
              .where('office_id', '=', officeId)
              .execute()
          ).map((r) => [r.record_key, r]),
        );
  for (const d of loaded.decisions) {
    const row = heldDecisions.get(d.id);
    let change: Change = !row ? 'new' : row.record_hash === recordHash(d) ? 'unchanged' : 'changed';
    if (change === 'changed' && newerThanPackage(row!.import_id)) change = 'conflicting';
    decisionChanges.set(
      d.id,
      note(
        'decisions',
        d.id,
        change,
        `Quyết định số ${formatNumberCode({ number: d.number, code: d.code })}`,
        'Đã có bản mới hơn từ một gói nhập trước.',
      ),
    );
  }

  const newFiles: string[] = [];
  for (const [sha, f] of loaded.files) {
    if (!fs.existsSync(blobPath(attachmentsDir, sha, f.extension))) {
      newFiles.push(sha);
      preview.files.newFiles += 1;
      preview.files.bytes += f.size;
    }
  }
  return { preview, newFiles, officeId, unitChanges, dossierChanges, decisionChanges };
}

const STAGING_PREFIX = '.goi-';

/** A failure while copying files into the store, told without paths: nothing of the data has changed yet. */
function storeError(error: unknown, signal?: AbortSignal): unknown {
  if (signal?.aborted || (error instanceof DomainError && error.kind === 'validation')) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOSPC' || (error instanceof Error && error.message.startsWith('Ổ đĩa đã đầy'))) {
    return new DomainError('io', 'Ổ đĩa chứa thư mục dữ liệu đã đầy. Hãy giải phóng dung lượng rồi nhập lại gói.');
  }
  return new DomainError(
    'io',
    `Không chép được tệp đính kèm vào thư mục dữ liệu${typeof code === 'string' ? ` (lỗi ${code})` : ''}. ` +
      'Dữ liệu chưa thay đổi. Hãy kiểm tra ổ đĩa và phần mềm diệt virus không chặn thư mục dữ liệu, rồi nhập lại gói.',
  );
}

/** Whether the process that named a staging folder still runs (a folder without a process id is old). */
function stagingInUse(name: string): boolean {
  const pid = Number(/^\.goi-(\d+)-/u.exec(name)?.[1] ?? NaN);
  return Number.isSafeInteger(pid) && pid > 0 && processAlive(pid);
}

/**
 * Staging folders left by an import that was killed: they hold only verified copies nobody refers to. A folder of
 * an import still running (this app or the command line on the same data) is left alone.
 */
function sweepStaging(attachmentsDir: string): void {
  for (const name of fs.existsSync(attachmentsDir) ? fs.readdirSync(attachmentsDir) : []) {
    if (name.startsWith(STAGING_PREFIX) && !stagingInUse(name))
      fs.rmSync(path.join(attachmentsDir, name), { recursive: true, force: true });
  }
}

/** Imports an opened `commune-year` package; the caller closes the reader. */
export async function importCommuneYear(
  ctx: ServiceContext,
  reader: PackageReader,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const staging = path.join(
    ctx.store.attachmentsDir,
    `${STAGING_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`,
  );
  try {
    const loaded = await loadRecords(reader);
    // Every entry's size and SHA-256, before anything is written anywhere.
    options.onStep?.('verify');
    await reader.verifyAll({ onProgress: options.onProgress, signal: options.signal });
    const p = await plan(ctx.store.db, loaded, fileName, ctx.store.attachmentsDir);
    const writes = writesRecord(options);
    const units = loaded.units.filter((u) => writes('units', p.unitChanges.get(u.id), u.id));
    const dossiers = loaded.dossiers.filter((d) => writes('dossiers', p.dossierChanges.get(d.id), d.id));
    const decisions = loaded.decisions.filter((d) => writes('decisions', p.decisionChanges.get(d.id), d.id));
    const written = { ...noneWritten(), units: units.length, dossiers: dossiers.length, decisions: decisions.length };
    const nothing = units.length + dossiers.length + decisions.length === 0;
    if (options.dryRun || (nothing && p.preview.alreadyImported)) {
      return { preview: p.preview, applied: false, importId: null, written: noneWritten() };
    }
    sweepStaging(ctx.store.attachmentsDir);
    // Files first: extracted (verified again while copying) into staging, fsynced in batches, renamed into the store.
    fs.mkdirSync(staging, { recursive: true });
    options.onStep?.('files');
    try {
      await reader.extractAll(
        p.newFiles.map((sha) => ({ path: filePath(sha), destFile: path.join(staging, sha) })),
        { fsync: true, signal: options.signal, onProgress: options.onProgress },
      );
      // Stopped while copying: the copies stay in staging, which is removed, and nothing reaches the store.
      options.signal?.throwIfAborted();
      // The content must be what the extension says (an .exe named .pdf is refused): checked on the copies kept.
      for (const sha of p.newFiles) {
        const problem = contentProblem(path.join(staging, sha), loaded.files.get(sha)!.extension);
        if (problem) throw refusedFile(loaded.names.get(sha)!, problem);
      }
      const folders = new Set<string>();
      for (const sha of p.newFiles) {
        const target = blobPath(ctx.store.attachmentsDir, sha, loaded.files.get(sha)!.extension);
        const folder = path.dirname(target);
        if (!folders.has(folder)) {
          fs.mkdirSync(folder, { recursive: true });
          folders.add(folder);
        }
        // A blob stored since the plan was made has the same content and may be open: it is left as it is.
        if (!fs.existsSync(target)) fs.renameSync(path.join(staging, sha), target);
      }
    } catch (error) {
      throw storeError(error, options.signal);
    }
    options.onStep?.('records');
    // The last moment a stop is taken: the rows then go in as one transaction, all or nothing.
    options.signal?.throwIfAborted();
    const importId = await ctx.store.db.transaction().execute(async (trx) => {
      const { officeId, importId } = await recordProvenance(trx, ctx, loaded.manifest, fileName, {
        counts: p.preview.counts,
        written,
      });
      await applyRecords(trx, ctx, {
        officeId,
        importId,
        packageUids: loaded.units.map((u) => u.id),
        units,
        dossiers,
        decisions,
        files: loaded.files,
      });
      const summary = `Nhập gói của ${loaded.manifest.office.name} năm ${loaded.manifest.year ?? ''}: ${written.units} đơn vị, ${written.dossiers} hồ sơ, ${written.decisions} quyết định`;
      await recordAudit(trx, ctx, 'import', 'package', importId, summary);
      return importId;
    });
    return { preview: p.preview, applied: true, importId, written };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
