// What this office holds from others: every package imported (provenance), the offices they came from, and a
// commune's received dossiers and decisions, kept apart from this office's own round and register.
import { sql } from 'kysely';
import type { Db } from '../../context.ts';
import { DomainError, notFound } from '../../errors.ts';
import { storedCopy } from '../../attachments/open.ts';
import type {
  ExchangeOverview,
  ImportRecordView,
  ReceivedData,
  ReceivedDecisionView,
  ReceivedDossierView,
  ReceivedFileView,
  ReceivedOfficeView,
  RecordKind,
} from '#shared/api/exchangeTypes.ts';
import { dossierRecordSchema } from './records.ts';

function writtenOf(summary: string): Partial<Record<RecordKind, number>> {
  try {
    const parsed = JSON.parse(summary) as { written?: Partial<Record<RecordKind, number>> };
    return parsed.written ?? {};
  } catch {
    return {};
  }
}

async function offices(db: Db, officeId?: number): Promise<ReceivedOfficeView[]> {
  let query = db
    .selectFrom('exchange_offices as o')
    .select((eb) => [
      'o.id',
      'o.name',
      'o.level',
      'o.province',
      'o.first_seen_at',
      'o.last_seen_at',
      eb
        .selectFrom('units')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('source_office_id', '=', 'o.id')
        .as('units'),
      eb
        .selectFrom('received_decisions')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('office_id', '=', 'o.id')
        .as('decisions'),
      eb
        .selectFrom('criteria_sets')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('source_office_id', '=', 'o.id')
        .as('criteria_sets'),
      eb
        .selectFrom('office_settings')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('decision_template_source_office_id', '=', 'o.id')
        .as('template'),
    ])
    .orderBy(sql`o.name COLLATE NOCASE`);
  if (officeId !== undefined) query = query.where('o.id', '=', officeId);
  const rows = await query.execute();
  const years = await db
    .selectFrom('received_dossiers')
    .select(['office_id', 'year', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['office_id', 'year'])
    .orderBy('year', 'desc')
    .execute();
  return rows.map((o) => ({
    id: o.id,
    name: o.name,
    level: o.level,
    province: o.province,
    firstSeenAt: o.first_seen_at,
    lastSeenAt: o.last_seen_at,
    units: Number(o.units ?? 0),
    decisions: Number(o.decisions ?? 0),
    criteriaSets: Number(o.criteria_sets ?? 0),
    template: Number(o.template ?? 0) > 0,
    dossierYears: years.filter((y) => y.office_id === o.id).map((y) => ({ year: y.year, dossiers: Number(y.n) })),
  }));
}

export async function exchangeOverview(db: Db): Promise<ExchangeOverview> {
  const imports = await db
    .selectFrom('exchange_imports as i')
    .innerJoin('exchange_offices as o', 'o.id', 'i.office_id')
    .leftJoin('users as us', 'us.username', 'i.imported_by')
    .select([
      'us.full_name',
      'i.id',
      'i.package_id',
      'i.kind',
      'o.name',
      'i.year',
      'i.package_created_at',
      'i.file_name',
      'i.imported_at',
      'i.imported_by',
      'i.summary',
    ])
    .orderBy('i.imported_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(500)
    .execute();
  return {
    imports: imports.map((i): ImportRecordView => ({
      id: i.id,
      packageId: i.package_id,
      packageKind: i.kind,
      officeName: i.name,
      year: i.year,
      packageCreatedAt: i.package_created_at,
      fileName: i.file_name,
      importedAt: i.imported_at,
      importedBy: i.full_name ?? i.imported_by,
      written: writtenOf(i.summary),
    })),
    offices: await offices(db),
  };
}

/** A commune's received dossiers of one year (its latest when none is given) and all its received decisions. */
export async function receivedData(db: Db, officeId: number, year?: number): Promise<ReceivedData> {
  const [office] = await offices(db, officeId);
  if (!office) throw notFound('cơ quan đã gửi gói');
  const shownYear = year ?? office.dossierYears[0]?.year ?? null;
  const dossierRows =
    shownYear === null
      ? []
      : await db
          .selectFrom('received_dossiers as r')
          .innerJoin('units as u', 'u.id', 'r.unit_id')
          .select(['r.id', 'u.name', 'u.kind', 'u.sort_key', 'u.excluded_kind', 'r.status', 'r.record'])
          .where('r.office_id', '=', officeId)
          .where('r.year', '=', shownYear)
          .orderBy('u.kind')
          .orderBy('u.sort_key')
          .execute();
  const dossierFiles = await db
    .selectFrom('received_dossier_files as f')
    .innerJoin('received_dossiers as r', 'r.id', 'f.received_dossier_id')
    .select(['f.received_dossier_id as owner', 'f.position', 'f.original_name as name', 'f.component_code as tag'])
    .where('r.office_id', '=', officeId)
    .$if(shownYear !== null, (q) => q.where('r.year', '=', shownYear!))
    .orderBy('f.position')
    .execute();
  const decisionRows = await db
    .selectFrom('received_decisions')
    .select(['id', 'year', 'number', 'code', 'signed_on', 'subject', 'record'])
    .where('office_id', '=', officeId)
    .orderBy('year', 'desc')
    .orderBy('number', 'desc')
    .execute();
  const decisionFiles = await db
    .selectFrom('received_decision_files as f')
    .innerJoin('received_decisions as r', 'r.id', 'f.received_decision_id')
    .select(['f.received_decision_id as owner', 'f.position', 'f.file_name as name', 'f.file_kind as tag'])
    .where('r.office_id', '=', officeId)
    .orderBy('f.position')
    .execute();
  const group = (rows: { owner: number; position: number; name: string; tag: string | null }[]) => {
    const map = new Map<number, ReceivedFileView[]>();
    for (const r of rows) {
      const list = map.get(r.owner) ?? [];
      list.push({ position: r.position, name: r.name, tag: r.tag });
      map.set(r.owner, list);
    }
    return map;
  };
  // The commune's component codes are the shipped ones unless it added its own: shown by this office's label.
  const labels = new Map(
    (await db.selectFrom('dossier_components').select(['code', 'label']).execute()).map((c) => [c.code, c.label]),
  );
  const dFiles = group(dossierFiles.map((f) => ({ ...f, tag: f.tag === null ? null : (labels.get(f.tag) ?? f.tag) })));
  const qFiles = group(decisionFiles);
  return {
    office,
    year: shownYear,
    dossiers: dossierRows.map((r): ReceivedDossierView => {
      // Stored as validated on import; read defensively all the same.
      const record = dossierRecordSchema.safeParse(JSON.parse(r.record));
      const d = record.success ? record.data : null;
      const reg = d?.registration ?? null;
      return {
        id: r.id,
        unitName: r.name,
        unitKind: r.kind,
        status: r.status,
        result: d ? (d.resultOverride ?? d.computedResult) : null,
        receivedOn: d?.receivedOn ?? null,
        // A version 1 package has no plan and no reason: shown as not given.
        registration: reg && {
          registeredOn: reg.registeredOn,
          resolutionNumber: reg.resolutionNumber,
          resolutionDate: reg.resolutionDate,
          planNumber: reg.planNumber ?? null,
          planDate: reg.planDate ?? null,
          excludedReason: reg.excludedReason ?? null,
        },
        excludedKind: r.excluded_kind,
        files: dFiles.get(r.id) ?? [],
      };
    }),
    decisions: decisionRows.map((r): ReceivedDecisionView => {
      let units = 0;
      try {
        units = (JSON.parse(r.record) as { unitIds?: unknown[] }).unitIds?.length ?? 0;
      } catch {
        units = 0;
      }
      return {
        id: r.id,
        year: r.year,
        number: r.number,
        code: r.code,
        signedOn: r.signed_on,
        subject: r.subject,
        units,
        files: qFiles.get(r.id) ?? [],
      };
    }),
  };
}

/** A read-only copy of one received file, for the system viewer. */
export async function receivedFileCopy(
  db: Db,
  attachmentsDir: string,
  input: { owner: 'dossier' | 'decision'; id: number; position: number },
): Promise<string> {
  const row =
    input.owner === 'dossier'
      ? await db
          .selectFrom('received_dossier_files as f')
          .innerJoin('attachments as a', 'a.id', 'f.attachment_id')
          .select(['f.original_name as name', 'a.sha256', 'a.extension'])
          .where('f.received_dossier_id', '=', input.id)
          .where('f.position', '=', input.position)
          .executeTakeFirst()
      : await db
          .selectFrom('received_decision_files as f')
          .innerJoin('attachments as a', 'a.id', 'f.attachment_id')
          .select(['f.file_name as name', 'a.sha256', 'a.extension'])
          .where('f.received_decision_id', '=', input.id)
          .where('f.position', '=', input.position)
          .executeTakeFirst();
  if (!row) throw notFound('tệp');
  return storedCopy(
    attachmentsDir,
    row,
    () =>
      new DomainError('io', `Không thấy nội dung tệp "${row.name}" trong thư mục dữ liệu; hãy chạy kiểm tra dữ liệu.`),
  );
}
