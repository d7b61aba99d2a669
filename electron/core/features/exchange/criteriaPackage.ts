// "criteria" packages: an office above hands its criteria sets and its decision template down to the offices
// below (docs/exchange-format.md). Criteria are never altered once stored — appraisals and campaigns point at
// them — so a received set is only ever added; one that differs from the set with its id here becomes a new version.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { nowIso, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { noneWritten, type Change, type ImportPreview, type ImportResult } from '#shared/api/exchangeTypes.ts';
import { DEFAULT_DECISION_TEMPLATE, type DecisionTemplate } from '#shared/documents/decisionTemplate.ts';
import { insertCriteria } from '../campaigns/index.ts';
import { getDecisionTemplate } from '../decisions/index.ts';
import { recordProvenance, startPreview, writesRecord } from './provenance.ts';
import { writePackage, type Manifest, type PackageReader, type Progress } from './container.ts';
import {
  loadCriteriaRecords,
  localSets,
  setProblem,
  templateRecordOf,
  withoutIncidentCategories,
  type LoadedCriteria,
} from './criteriaRecords.ts';
import { officeRecord } from './exportPackage.ts';
import type { ImportOptions } from './importPackage.ts';
import { CRITERIA_RECORD_FILES, criteriaSetRecordSchema, recordHash, type CriteriaSetRecord } from './records.ts';

const APP_VERSION = (createRequire(import.meta.url)('../../../../package.json') as { version: string }).version;

export interface CriteriaExportResult {
  manifest: Manifest;
  counts: { criteriaSets: number; templates: number };
}

/**
 * Writes this office's criteria sets (every version, oldest first) and its decision template, when it has its own,
 * as one package, atomically.
 */
export async function exportCriteriaPackage(
  ctx: ServiceContext,
  outFile: string,
  options: { onProgress?: Progress; signal?: AbortSignal } = {},
): Promise<CriteriaExportResult> {
  const db = ctx.store.db;
  const office = await officeRecord(ctx);
  const sets = (await localSets(db)).map((s) => s.record);
  const { template, isDefault } = await getDecisionTemplate(db);
  // The shipped wording is every office's already; sending it would only contradict offices that adapted theirs.
  const templates = isDefault ? [] : [templateRecordOf(template)];
  // What this office holds must pass the checks every receiver makes.
  for (const set of sets) {
    if (!criteriaSetRecordSchema.safeParse(set).success || setProblem(set)) {
      throw new DomainError(
        'validation',
        `Bộ tiêu chí "${set.name}" phiên bản ${set.version} không gửi đi được: ${setProblem(set) ?? 'có nội dung quá dài hoặc trống'}.`,
      );
    }
  }
  const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 1));
  const manifest = await writePackage(
    outFile,
    {
      kind: 'criteria',
      packageId: randomUUID(),
      office: { id: office.id, name: office.name, level: office.level, province: office.province },
      year: null,
      createdAt: nowIso(ctx),
      appVersion: APP_VERSION,
    },
    [
      { path: CRITERIA_RECORD_FILES.office, data: json(office) },
      { path: CRITERIA_RECORD_FILES.criteriaSets, data: json(sets) },
      { path: CRITERIA_RECORD_FILES.templates, data: json(templates) },
    ],
    options,
  );
  await recordAudit(
    db,
    ctx,
    'export',
    'package',
    null,
    `Xuất gói tiêu chí và mẫu văn bản (${sets.length} bộ tiêu chí, ${templates.length} mẫu): ${path.basename(outFile)}`,
  );
  return { manifest, counts: { criteriaSets: sets.length, templates: templates.length } };
}

interface Plan {
  preview: ImportPreview;
  officeId: number | null;
  setChanges: Map<string, Change>;
  /** Package set id → the set here that stands for it: the same one, or the copy an earlier import added. */
  localIdOf: Map<string, number>;
  templateChange: Change | null;
}

const setLabel = (s: CriteriaSetRecord) => `Bộ tiêu chí "${s.name}" phiên bản ${s.version}`;
const TEMPLATE_LABEL = 'Mẫu quyết định công nhận';

async function plan(db: Db, loaded: LoadedCriteria, fileName: string): Promise<Plan> {
  const { manifest } = loaded;
  const { preview, note, officeId } = await startPreview(db, manifest, fileName, { total: 0, newFiles: 0, bytes: 0 });

  const local = await localSets(db);
  const byUid = new Map(local.map((s) => [s.record.id, s]));
  const byImportHash = new Map(local.filter((s) => s.importHash).map((s) => [s.importHash!, s]));
  const setChanges = new Map<string, Change>();
  const localIdOf = new Map<string, number>();
  // A format-1 package knows no incident categories: its sets are compared without them.
  const comparable = (r: CriteriaSetRecord) =>
    manifest.formatVersion < 2 ? recordHash(withoutIncidentCategories(r)) : recordHash(r);
  for (const s of loaded.sets) {
    const hash = recordHash(s);
    const mine = byUid.get(s.id);
    // The same set, or one this office already took from a package as a new version.
    const same = mine && (mine.importHash === hash || comparable(mine.record) === hash) ? mine : byImportHash.get(hash);
    let change: Change;
    if (same) change = 'unchanged';
    else if (mine) change = 'conflicting';
    else change = 'new';
    const standsFor = same ?? mine;
    if (standsFor) localIdOf.set(s.id, standsFor.id);
    setChanges.set(
      s.id,
      note(
        'criteriaSets',
        s.id,
        change,
        setLabel(s),
        'Ở đây đã có bộ tiêu chí cùng mã nhưng nội dung khác. Tiêu chí đã lưu không bao giờ bị sửa: lấy bản trong gói sẽ thêm nó thành một phiên bản mới.',
      ),
    );
  }

  let templateChange: Change | null = null;
  const t = loaded.templates[0];
  if (t) {
    const mine = await getDecisionTemplate(db);
    const localHash = recordHash(templateRecordOf(mine.template));
    const row = await db
      .selectFrom('office_settings')
      .select('decision_template_import_hash')
      .where('id', '=', 1)
      .executeTakeFirst();
    if (localHash === recordHash(t)) templateChange = 'unchanged';
    // Untouched here since the shipped one or since the last import: the sender's new wording simply applies.
    else if (mine.isDefault || row?.decision_template_import_hash === localHash) templateChange = 'changed';
    else templateChange = 'conflicting';
    note(
      'templates',
      t.id,
      templateChange,
      TEMPLATE_LABEL,
      'Mẫu quyết định ở đây đã được sửa riêng; lấy bản trong gói sẽ thay mẫu đang dùng.',
    );
  }
  return { preview, officeId, setChanges, localIdOf, templateChange };
}

const sameTemplate = (a: DecisionTemplate, b: DecisionTemplate) =>
  recordHash(templateRecordOf(a)) === recordHash(templateRecordOf(b));

/** Imports an opened `criteria` package; the caller closes the reader. */
export async function importCriteria(
  ctx: ServiceContext,
  reader: PackageReader,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const loaded = await loadCriteriaRecords(reader);
  await reader.verifyAll({ onProgress: options.onProgress, signal: options.signal });
  const p = await plan(ctx.store.db, loaded, fileName);
  const writes = writesRecord(options);
  const sets = loaded.sets.filter((s) => writes('criteriaSets', p.setChanges.get(s.id), s.id));
  const template = loaded.templates.find((t) => writes('templates', p.templateChange, t.id)) ?? null;
  const written = { ...noneWritten(), criteriaSets: sets.length, templates: template ? 1 : 0 };
  if (options.dryRun || (sets.length === 0 && !template && p.preview.alreadyImported)) {
    return { preview: p.preview, applied: false, importId: null, written: noneWritten() };
  }
  options.signal?.throwIfAborted();
  const importId = await ctx.store.db.transaction().execute(async (trx) => {
    const at = nowIso(ctx);
    const office = loaded.manifest.office;
    const { officeId, importId } = await recordProvenance(trx, ctx, loaded.manifest, fileName, {
      counts: p.preview.counts,
      written,
    });

    for (const s of sets) {
      const taken = p.setChanges.get(s.id) === 'conflicting';
      const latest = await trx
        .selectFrom('criteria_sets')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('name', '=', s.name)
        .executeTakeFirst();
      const clash = await trx
        .selectFrom('criteria_sets')
        .select('id')
        .where('name', '=', s.name)
        .where('version', '=', s.version)
        .executeTakeFirst();
      // A taken set is a new version of the set here with its id, which keeps its id and its content.
      const basedOn = taken ? p.localIdOf.get(s.id)! : s.basedOnId === null ? null : p.localIdOf.get(s.basedOnId)!;
      // A set stored under another version number is another set: it gets its own id, so the sender's id always
      // names the sender's name, version and criteria, wherever the set travels next.
      const { id } = await trx
        .insertInto('criteria_sets')
        .values({
          ...(taken || clash ? {} : { uid: s.id }),
          name: s.name,
          // A name and version already used here by another set: the next free version of that name.
          version: clash ? Number(latest?.v ?? 0) + 1 : s.version,
          based_on_id: basedOn,
          note: s.note,
          created_at: at,
          created_by: ctx.actor,
          source_office_id: officeId,
          import_hash: recordHash(s),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      p.localIdOf.set(s.id, id);
      await insertCriteria(trx, id, s.criteria);
      await recordAudit(
        trx,
        ctx,
        'import',
        'criteria_set',
        id,
        `Nhận bộ tiêu chí "${s.name}" từ ${office.name}${taken ? ' (thành phiên bản mới)' : ''}`,
      );
    }

    if (template) {
      const wording: DecisionTemplate = {
        subject: template.subject,
        listTitle: template.listTitle,
        bases: template.bases,
        articles: template.articles,
        recipients: template.recipients,
      };
      const res = await trx
        .updateTable('office_settings')
        .set({
          // The shipped wording is kept as "the shipped one", so the office follows it as the app updates it.
          decision_template: sameTemplate(wording, DEFAULT_DECISION_TEMPLATE) ? null : JSON.stringify(wording),
          decision_template_source_office_id: officeId,
          decision_template_import_hash: recordHash(template),
          ...updated(ctx),
        })
        .where('id', '=', 1)
        .executeTakeFirst();
      if (res.numUpdatedRows === 0n) {
        throw new DomainError('conflict', 'Hãy nhập thông tin cơ quan trong Cài đặt trước khi nhập mẫu quyết định.');
      }
      await recordAudit(trx, ctx, 'import', 'decision_template', 1, `Nhận mẫu quyết định từ ${office.name}`);
    }
    const summary = `Nhập gói tiêu chí của ${office.name}: ${written.criteriaSets} bộ tiêu chí, ${written.templates} mẫu văn bản`;
    await recordAudit(trx, ctx, 'import', 'package', importId, summary);
    return importId;
  });
  return { preview: p.preview, applied: true, importId, written };
}
