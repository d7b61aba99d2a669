// Import: verify everything before writing anything (container, records, references, every file's size and
// SHA-256), show what would change, then apply in one transaction. Files go into the content-addressed store
// first (atomic renames; an unreferenced blob is harmless), rows after, so a crash leaves the data as before or
// as after. A package imported twice changes nothing.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { nowIso, recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import {
  emptyCounts,
  noneWritten,
  type Change,
  type Conflict,
  type ConflictChoice,
  type ImportPreview,
  type ImportResult,
  type KindCounts,
  type RecordKind,
} from '../../../../shared/api/exchangeTypes.ts';
import { blobPath, extensionOf } from '../dossierFiles/store.ts';
import { openPackage, type Manifest, type PackageReader, type Progress } from './container.ts';
import { unitDifferences } from './differences.ts';
import { unitRecordOf, unitRecordRows } from './exportPackage.ts';
import { applyRecords, jsonList } from './importApply.ts';
import {
  RECORD_FILES,
  decisionRecordSchema,
  dossierRecordSchema,
  filePath,
  officeRecordSchema,
  recordHash,
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
  choices?: Record<string, ConflictChoice>;
  /** Bytes checked, then files copied into the store: each step counts from 0 again. */
  onProgress?: Progress;
  /** Names the step that `onProgress` now counts, for a progress dialog. */
  onStep?: (step: ImportStep) => void;
  signal?: AbortSignal;
}

const reject = (message: string) => new DomainError('validation', message);

function parseRecords<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S>[] {
  if (!Array.isArray(value))
    throw reject(`Tệp ${what} trong gói không phải danh sách bản ghi. Gói bị hỏng hoặc không đúng định dạng.`);
  return value.map((item, i) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw reject(
        `Bản ghi thứ ${i + 1} trong ${what} không hợp lệ (trường "${issue.path.join('.')}"): gói bị hỏng hoặc do phần mềm khác tạo. Hãy xin lại gói từ nơi gửi.`,
      );
    }
    return parsed.data;
  });
}

function uniqueIds(records: { id: string }[], what: string): void {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) throw reject(`Gói có hai ${what} cùng mã "${r.id}". Gói bị hỏng; hãy xin lại gói từ nơi gửi.`);
    seen.add(r.id);
  }
}

interface Loaded {
  manifest: Manifest;
  office: OfficeRecord;
  units: UnitRecord[];
  dossiers: DossierRecord[];
  decisions: DecisionRecordOut[];
  /** sha256 → extension, every file the records refer to. */
  files: Map<string, { size: number; extension: string }>;
}

/** Reads and checks the records: schema, duplicate ids, references between records and to files. */
async function loadRecords(reader: PackageReader, ownUid: string): Promise<Loaded> {
  const manifest = reader.manifest;
  if (manifest.kind !== 'commune-year') {
    throw reject('Đây là gói tiêu chí từ cấp trên; phiên bản này chỉ nhập gói dữ liệu năm của xã, phường.');
  }
  if (manifest.office.id === ownUid) {
    throw reject(
      'Gói này do chính cơ quan này xuất ra. Muốn đưa dữ liệu về như cũ, hãy dùng "Phục hồi" từ bản sao lưu.',
    );
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
  for (const f of [...dossiers.flatMap((d) => d.files), ...decisions.flatMap((d) => d.files)]) {
    const entry = entries.get(filePath(f.sha256));
    if (!entry || entry.sha256 !== f.sha256 || entry.size !== f.size) {
      throw reject(`Gói thiếu tệp đính kèm "${f.name}" hoặc tệp không khớp mã kiểm tra. Hãy chép lại gói.`);
    }
    files.set(f.sha256, { size: f.size, extension: extensionOf(`x.${f.extension}`) });
  }
  for (const e of manifest.entries) {
    const known =
      Object.values(RECORD_FILES).includes(e.path as never) ||
      (e.path.startsWith('files/') && files.has(e.path.slice(6)));
    if (!known)
      throw reject(`Gói có tệp lạ "${e.path}" không thuộc dữ liệu nào. Gói không đúng định dạng; hãy xin lại gói.`);
  }
  return { manifest, office: office.data, units, dossiers, decisions, files };
}

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
  const office = await db
    .selectFrom('exchange_offices')
    .select('id')
    .where('uid', '=', manifest.office.id)
    .executeTakeFirst();
  const officeId = office?.id ?? null;
  const previous = await db
    .selectFrom('exchange_imports')
    .select('id')
    .where('package_id', '=', manifest.packageId)
    .executeTakeFirst();
  const preview: ImportPreview = {
    packageId: manifest.packageId,
    packageKind: manifest.kind,
    office: manifest.office,
    year: manifest.year,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    fileName,
    alreadyImported: previous !== undefined,
    counts: emptyCounts(),
    conflicts: [],
    files: { total: loaded.files.size, newFiles: 0, bytes: 0 },
  };
  const note = (
    kind: RecordKind,
    id: string,
    change: Change,
    label: string,
    reason = '',
    details?: () => Conflict['details'],
  ) => {
    preview.counts[kind][change] += 1;
    if (change === 'conflicting' && preview.conflicts.length < 1000)
      preview.conflicts.push({ kind, id, label, reason, ...(details ? { details: details() } : {}) });
    return change;
  };

  const local = loaded.units.length
    ? await unitRecordRows(db)
        .where('u.uid', 'in', jsonList(loaded.units.map((u) => u.id)))
        .execute()
    : [];
  const localUnits = new Map(local.map((u) => [u.uid, u]));
  const packageNames = new Map(loaded.units.map((u) => [u.id, u.name]));
  const unitName = (uid: string) => packageNames.get(uid) ?? localUnits.get(uid)?.name ?? uid;
  const unitChanges = new Map<string, Change>();
  for (const u of loaded.units) {
    const mine = localUnits.get(u.id);
    let change: Change;
    let reason = '';
    if (!mine) change = 'new';
    else {
      const localHash = recordHash(unitRecordOf(mine));
      if (localHash === recordHash(u)) change = 'unchanged';
      else if (mine.source_office_id === null || mine.source_office_id !== officeId) {
        change = 'conflicting';
        reason = 'Đơn vị cùng mã đang thuộc cơ quan khác trong dữ liệu này.';
      } else if (mine.import_hash === localHash) change = 'changed';
      else {
        change = 'conflicting';
        reason = 'Đơn vị đã được sửa ở đây sau lần nhập trước, và nơi gửi cũng đã sửa.';
      }
    }
    unitChanges.set(
      u.id,
      note('units', u.id, change, u.name, reason, () => unitDifferences(unitRecordOf(mine!), u, unitName)),
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
  if (officeId !== null && loaded.dossiers.length) {
    const rows = await db
      .selectFrom('received_dossiers as r')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .select(['u.uid', 'r.record_hash', 'r.import_id'])
      .where('r.office_id', '=', officeId)
      .where('r.year', '=', manifest.year!)
      .execute();
    const held = new Map(rows.map((r) => [`${r.uid}/${manifest.year}`, r]));
    for (const d of loaded.dossiers) {
      const row = held.get(d.id);
      const name = unitNames.get(d.unitId) ?? d.id;
      let change: Change = !row ? 'new' : row.record_hash === recordHash(d) ? 'unchanged' : 'changed';
      if (change === 'changed' && newerThanPackage(row!.import_id)) change = 'conflicting';
      dossierChanges.set(
        d.id,
        note('dossiers', d.id, change, `Hồ sơ ${name}`, 'Đã có bản mới hơn từ một gói nhập trước.'),
      );
    }
  } else for (const d of loaded.dossiers) dossierChanges.set(d.id, note('dossiers', d.id, 'new', d.id));

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
        `Quyết định số ${d.number}/${d.code}`,
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

/** Old staging folders of an import that was killed; they hold only verified copies nobody refers to. */
function sweepStaging(attachmentsDir: string): void {
  for (const name of fs.existsSync(attachmentsDir) ? fs.readdirSync(attachmentsDir) : []) {
    if (name.startsWith('.goi-')) fs.rmSync(path.join(attachmentsDir, name), { recursive: true, force: true });
  }
}

export async function importPackage(
  ctx: ServiceContext,
  file: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const reader = await openPackage(file);
  try {
    return await importCommuneYear(ctx, reader, path.basename(file), options);
  } finally {
    await reader.close();
  }
}

/** Imports an opened `commune-year` package; the caller closes the reader. */
export async function importCommuneYear(
  ctx: ServiceContext,
  reader: PackageReader,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  // Read only: an office that never exported has no id yet, and then no package can be its own.
  const own = await ctx.store.db
    .selectFrom('office_settings')
    .select('office_uid')
    .where('id', '=', 1)
    .executeTakeFirst();
  const ownUid = own?.office_uid ?? '';
  const staging = path.join(ctx.store.attachmentsDir, `.goi-${randomBytes(6).toString('hex')}`);
  try {
    const loaded = await loadRecords(reader, ownUid);
    // Every entry's size and SHA-256, before anything is written anywhere.
    options.onStep?.('verify');
    await reader.verifyAll({ onProgress: options.onProgress, signal: options.signal });
    const p = await plan(ctx.store.db, loaded, fileName, ctx.store.attachmentsDir);
    const choice = (id: string): ConflictChoice => options.choices?.[id] ?? options.onConflict ?? 'keep';
    const applies = (changes: Map<string, Change>, id: string) => {
      const c = changes.get(id)!;
      return c === 'new' || c === 'changed' || (c === 'conflicting' && choice(id) === 'take');
    };
    const units = loaded.units.filter((u) => applies(p.unitChanges, u.id));
    const dossiers = loaded.dossiers.filter((d) => applies(p.dossierChanges, d.id));
    const decisions = loaded.decisions.filter((d) => applies(p.decisionChanges, d.id));
    const written = { ...noneWritten(), units: units.length, dossiers: dossiers.length, decisions: decisions.length };
    const nothing = units.length + dossiers.length + decisions.length === 0;
    if (options.dryRun || (nothing && p.preview.alreadyImported)) {
      return { preview: p.preview, applied: false, importId: null, written: noneWritten() };
    }
    sweepStaging(ctx.store.attachmentsDir);
    // Files first: extracted (verified again while copying) into staging, fsynced in batches, renamed into the store.
    fs.mkdirSync(staging, { recursive: true });
    options.onStep?.('files');
    await reader.extractAll(
      p.newFiles.map((sha) => ({ path: filePath(sha), destFile: path.join(staging, sha) })),
      { fsync: true, signal: options.signal, onProgress: options.onProgress },
    );
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
    options.signal?.throwIfAborted();
    options.onStep?.('records');
    const importId = await ctx.store.db.transaction().execute(async (trx) => {
      const at = nowIso(ctx);
      const office = loaded.manifest.office;
      let officeId = p.officeId;
      if (officeId === null) {
        officeId = (
          await trx
            .insertInto('exchange_offices')
            .values({
              uid: office.id,
              name: office.name,
              level: office.level,
              province: office.province,
              first_seen_at: at,
              last_seen_at: at,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      } else {
        await trx
          .updateTable('exchange_offices')
          .set({ name: office.name, level: office.level, province: office.province, last_seen_at: at })
          .where('id', '=', officeId)
          .execute();
      }
      const existing = await trx
        .selectFrom('exchange_imports')
        .select('id')
        .where('package_id', '=', loaded.manifest.packageId)
        .executeTakeFirst();
      const summary = JSON.stringify({ counts: p.preview.counts, written });
      const importId =
        existing?.id ??
        (
          await trx
            .insertInto('exchange_imports')
            .values({
              package_id: loaded.manifest.packageId,
              office_id: officeId,
              kind: loaded.manifest.kind,
              year: loaded.manifest.year,
              package_created_at: loaded.manifest.createdAt,
              app_version: loaded.manifest.appVersion,
              file_name: fileName,
              summary,
              imported_at: at,
              imported_by: ctx.actor,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      await applyRecords(trx, ctx, {
        officeId,
        importId,
        packageUids: loaded.units.map((u) => u.id),
        units,
        dossiers,
        decisions,
        files: loaded.files,
      });
      await recordAudit(
        trx,
        ctx,
        'import',
        'package',
        importId,
        `Nhập gói của ${office.name} năm ${loaded.manifest.year ?? ''}: ${written.units} đơn vị, ${written.dossiers} hồ sơ, ${written.decisions} quyết định`,
      );
      return importId;
    });
    return { preview: p.preview, applied: true, importId, written };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** What a package holds and would change, without writing anything. */
export async function previewPackage(ctx: ServiceContext, file: string, options: Omit<ImportOptions, 'dryRun'> = {}) {
  return (await importPackage(ctx, file, { ...options, dryRun: true })).preview;
}
