// Export: a commune's year as one package — its units, the year's dossiers (registration, appraisal, files) and
// its signed decisions with their issued files and signed scans.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { ExcludedKind } from '#shared/domain/competence.ts';
import { nowIso, recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { issuingBodyName } from '#shared/text/officeName.ts';
import { DomainError } from '../../errors.ts';
import { ISSUED_DIR } from '../../db/open.ts';
import { blobPath } from '../../attachments/store.ts';
import { getCampaign } from '../campaigns/index.ts';
import { getSettings } from '../settings/index.ts';
import { UNIT_COLUMNS, unitDetails, type UnitColumnsRow } from '../units/index.ts';
import { writePackage, type EntrySource, type Manifest, type Progress } from './container.ts';
import {
  RECORD_FILES,
  filePath,
  type DecisionRecordOut,
  type DossierRecord,
  type OfficeRecord,
  type UnitRecord,
} from './records.ts';

const APP_VERSION = (createRequire(import.meta.url)('../../../../package.json') as { version: string }).version;

/** This office's stable id, created the first time it is needed. */
export async function ownOfficeUid(ctx: ServiceContext): Promise<string> {
  const row = await ctx.store.db
    .selectFrom('office_settings')
    .select('office_uid')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!row) throw new DomainError('conflict', 'Hãy nhập thông tin cơ quan trong Cài đặt trước khi trao đổi dữ liệu.');
  if (row.office_uid) return row.office_uid;
  const uid = randomUUID();
  await ctx.store.db
    .updateTable('office_settings')
    .set({ office_uid: uid })
    .where('id', '=', 1)
    .where('office_uid', 'is', null)
    .execute();
  return (
    await ctx.store.db.selectFrom('office_settings').select('office_uid').where('id', '=', 1).executeTakeFirstOrThrow()
  ).office_uid!;
}

export async function officeRecord(ctx: ServiceContext): Promise<OfficeRecord> {
  const s = await getSettings(ctx.store.db);
  return {
    id: await ownOfficeUid(ctx),
    name: issuingBodyName(s),
    level: s.level,
    province: s.provinceName,
    placeName: s.placeName,
    standingOfficeName: s.standingOfficeName,
  };
}

/** Units with the ids of their parent and merge target: what a unit record is made of (see unitRecordOf). */
export function unitRecordRows(db: Db) {
  return db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .leftJoin('units as m', 'm.id', 'u.merged_into_id')
    .select([
      'u.uid',
      ...UNIT_COLUMNS,
      'p.uid as parent_uid',
      'm.uid as merged_uid',
      'u.source_office_id',
      'u.import_hash',
    ]);
}

export async function unitRecords(db: Db): Promise<UnitRecord[]> {
  const rows = await unitRecordRows(db).where('u.source_office_id', 'is', null).orderBy('u.id').execute();
  return rows.map((u) => unitRecordOf(u));
}

export function unitRecordOf(
  u: UnitColumnsRow & { uid: string; parent_uid: string | null; merged_uid: string | null },
): UnitRecord {
  return {
    id: u.uid,
    kind: u.kind,
    subtype: u.subtype,
    name: u.name,
    parentId: u.parent_uid,
    ...unitDetails(u),
    mergedIntoId: u.merged_uid,
    hasPartyOrganisation: u.has_party_organisation === 1,
    excludedKind: u.excluded_kind as ExcludedKind | null,
    excludedReason: u.excluded_reason,
  };
}

async function dossierRecords(db: Db, year: number): Promise<DossierRecord[]> {
  const campaign = await getCampaign(db, year);
  const set = await db
    .selectFrom('criteria_sets')
    .select(['name', 'version'])
    .where('id', '=', campaign.criteriaSetId)
    .executeTakeFirstOrThrow();
  const dossiers = await db
    .selectFrom('dossiers as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .leftJoin('registrations as r', (j) =>
      j.onRef('r.campaign_id', '=', 'd.campaign_id').onRef('r.unit_id', '=', 'd.unit_id'),
    )
    .select([
      'd.id',
      'u.uid',
      'd.status',
      'd.received_on',
      'd.computed_result',
      'd.result_override',
      'd.override_reason',
      'd.review_method',
      'd.review_date',
      'd.review_detail',
      'd.note',
      'r.registered_on',
      'r.resolution_number',
      'r.resolution_date',
      'r.households_registered',
      'r.households_total',
      'r.note as registration_note',
      'r.plan_number',
      'r.plan_date',
      'r.excluded_reason',
    ]) // prettier-ignore
    .where('d.campaign_id', '=', campaign.id)
    .where('u.source_office_id', 'is', null)
    .orderBy('d.id')
    .execute();
  const verdicts = await db
    .selectFrom('appraisal_items as a')
    .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
    .innerJoin('criteria as c', 'c.id', 'a.criterion_id')
    .select(['a.dossier_id', 'c.code', 'c.sort_order', 'a.verdict', 'a.note'])
    .where('d.campaign_id', '=', campaign.id)
    .orderBy('a.dossier_id')
    .orderBy('c.sort_order')
    .execute();
  const files = await db
    .selectFrom('dossier_files as f')
    .innerJoin('dossiers as d', 'd.id', 'f.dossier_id')
    .innerJoin('attachments as a', 'a.id', 'f.attachment_id')
    .select(['f.dossier_id', 'f.original_name', 'f.component_code', 'a.sha256', 'a.size', 'a.extension'])
    .where('d.campaign_id', '=', campaign.id)
    .orderBy('f.dossier_id')
    .orderBy('f.id')
    .execute();
  const group = <T extends { dossier_id: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const r of rows) map.set(r.dossier_id, [...(map.get(r.dossier_id) ?? []), r]);
    return map;
  };
  const verdictsBy = group(verdicts);
  const filesBy = group(files);
  return dossiers.map((d) => ({
    id: `${d.uid}/${year}`,
    unitId: d.uid,
    year,
    status: d.status,
    registration: d.registered_on
      ? {
          registeredOn: d.registered_on,
          resolutionNumber: d.resolution_number,
          resolutionDate: d.resolution_date,
          householdsRegistered: d.households_registered,
          householdsTotal: d.households_total,
          note: d.registration_note,
          planNumber: d.plan_number,
          planDate: d.plan_date,
          excludedReason: d.excluded_reason,
        }
      : null,
    receivedOn: d.received_on,
    computedResult: d.computed_result,
    resultOverride: d.result_override,
    overrideReason: d.override_reason,
    reviewMethod: d.review_method,
    reviewDate: d.review_date,
    reviewDetail: d.review_detail,
    note: d.note,
    criteriaSet: { name: set.name, version: set.version },
    verdicts: (verdictsBy.get(d.id) ?? []).map((v) => ({ code: v.code, verdict: v.verdict, note: v.note })),
    files: (filesBy.get(d.id) ?? []).map((f) => ({
      sha256: f.sha256,
      size: f.size,
      name: f.original_name,
      extension: f.extension,
      componentCode: f.component_code,
    })),
  }));
}

const decisionKey = (year: number, number: number, code: string) => `${year}/${number}/${code}`;

async function decisionRecords(db: Db, year: number): Promise<DecisionRecordOut[]> {
  const decisions = await db
    .selectFrom('decisions as d')
    .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
    .leftJoin('decisions as r', 'r.id', 'd.revokes_id')
    .select([
      'd.id',
      'd.number',
      'd.number_year',
      'd.code',
      'd.signed_on',
      'd.status',
      'd.subject',
      'd.signer_name',
      'd.signer_title',
      'r.number as r_number',
      'r.number_year as r_year',
      'r.code as r_code',
    ]) // prettier-ignore
    .where('c.year', '=', year)
    .where('d.status', 'in', ['signed', 'issued'])
    .orderBy('d.id')
    .execute();
  const out: DecisionRecordOut[] = [];
  for (const d of decisions) {
    const lines = await db
      .selectFrom('decision_lines')
      .selectAll()
      .where('decision_id', '=', d.id)
      .orderBy('position')
      .execute();
    const units = await db
      .selectFrom('decision_units as du')
      .innerJoin('units as u', 'u.id', 'du.unit_id')
      .select('u.uid')
      .where('du.decision_id', '=', d.id)
      .orderBy('du.position')
      .execute();
    const issued = await db
      .selectFrom('issued_files')
      .selectAll()
      .where('decision_id', '=', d.id)
      .orderBy('id')
      .execute();
    const scans = await db
      .selectFrom('decision_scans as s')
      .innerJoin('attachments as a', 'a.id', 's.attachment_id')
      .select(['s.file_name', 'a.sha256', 'a.size'])
      .where('s.decision_id', '=', d.id)
      .orderBy('s.id')
      .execute();
    const section = (s: string) => lines.filter((l) => l.section === s).map((l) => l.text);
    out.push({
      id: decisionKey(d.number_year!, d.number!, d.code),
      year,
      number: d.number!,
      code: d.code,
      signedOn: d.signed_on!,
      status: d.status as 'signed' | 'issued',
      subject: d.subject,
      signerName: d.signer_name ?? '',
      signerTitle: d.signer_title ?? '',
      revokesId: d.r_number ? decisionKey(d.r_year!, d.r_number, d.r_code!) : null,
      bases: section('basis'),
      articles: section('article'),
      recipients: section('recipient'),
      unitIds: units.map((u) => u.uid),
      files: [
        ...issued.map((f) => ({
          sha256: f.sha256,
          size: f.size,
          name: f.file_name,
          extension: 'docx',
          kind: f.file_kind,
        })),
        ...scans.map((s) => ({
          sha256: s.sha256,
          size: s.size,
          name: s.file_name,
          extension: 'pdf',
          kind: 'scan' as const,
        })),
      ],
    });
  }
  return out;
}

export interface ExportResult {
  manifest: Manifest;
  counts: { units: number; dossiers: number; decisions: number; files: number };
}

/** Writes the package atomically: a cancelled or failed export leaves no file under the final name. */
export async function exportCommuneYear(
  ctx: ServiceContext,
  year: number,
  outFile: string,
  options: { onProgress?: Progress; signal?: AbortSignal } = {},
): Promise<ExportResult> {
  const db = ctx.store.db;
  const office = await officeRecord(ctx);
  const units = await unitRecords(db);
  const dossiers = await dossierRecords(db, year);
  const decisions = await decisionRecords(db, year);
  const files = new Map<string, string>();
  for (const d of dossiers) {
    for (const f of d.files) files.set(f.sha256, blobPath(ctx.store.attachmentsDir, f.sha256, f.extension));
  }
  for (const d of decisions) {
    for (const f of d.files) {
      files.set(
        f.sha256,
        f.kind === 'scan'
          ? blobPath(ctx.store.attachmentsDir, f.sha256, 'pdf')
          : path.join(ctx.store.dataDir, ISSUED_DIR, String(year), f.name),
      );
    }
  }
  const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 1));
  const entries: EntrySource[] = [
    { path: RECORD_FILES.office, data: json(office) },
    { path: RECORD_FILES.units, data: json(units) },
    { path: RECORD_FILES.dossiers, data: json(dossiers) },
    { path: RECORD_FILES.decisions, data: json(decisions) },
    ...[...files].map(([sha, file]) => ({ path: filePath(sha), file })),
  ];
  const manifest = await writePackage(
    outFile,
    {
      kind: 'commune-year',
      packageId: randomUUID(),
      office: { id: office.id, name: office.name, level: office.level, province: office.province },
      year,
      createdAt: nowIso(ctx),
      appVersion: APP_VERSION,
    },
    entries,
    options,
  );
  // The written hash of every file must be the one the records name: a blob changed on disk is caught here.
  for (const e of manifest.entries) {
    if (e.path.startsWith('files/') && e.path !== filePath(e.sha256)) {
      fs.rmSync(outFile, { force: true });
      throw new DomainError(
        'io',
        `Tệp đính kèm ${e.path.slice(6, 18)}… trong thư mục dữ liệu đã bị thay đổi; hãy chạy "check".`,
      );
    }
  }
  await recordAudit(db, ctx, 'export', 'package', null, `Xuất gói dữ liệu năm ${year}: ${path.basename(outFile)}`);
  return {
    manifest,
    counts: { units: units.length, dossiers: dossiers.length, decisions: decisions.length, files: files.size },
  };
}
