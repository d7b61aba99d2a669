// The records of a "criteria" package: this office's criteria sets and template as records, and a received
// package's records read and checked (docs/exchange-format.md, "Records (kind "criteria")").
import { parseRecords, reject } from './provenance.ts';
import type { Db } from '../../context.ts';
import { incidentCategoriesOf } from '../campaigns/index.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS } from '#shared/domain/units.ts';
import { templateProblems, type DecisionTemplate } from '#shared/documents/decisionTemplate.ts';
import type { Manifest, PackageReader } from './container.ts';
import {
  CRITERIA_RECORD_FILES,
  DECISION_TEMPLATE_ID,
  criteriaSetRecordSchema,
  officeRecordSchema,
  templateRecordSchema,
  type CriteriaSetRecord,
  type OfficeRecord,
  type TemplateRecord,
} from './records.ts';

export interface LocalSet {
  id: number;
  name: string;
  version: number;
  importHash: string | null;
  record: CriteriaSetRecord;
}

/** A set's record as a format-1 package wrote it: criteria without incident categories, for comparing with one. */
export function withoutIncidentCategories(record: CriteriaSetRecord): CriteriaSetRecord {
  return { ...record, criteria: record.criteria.map(({ incidentCategories: _dropped, ...c }) => c) };
}

/** Every criteria set here, oldest first (a set's base is always older), as the record a package carries. */
export async function localSets(db: Db): Promise<LocalSet[]> {
  const sets = await db
    .selectFrom('criteria_sets')
    .select(['id', 'uid', 'name', 'version', 'based_on_id', 'note', 'import_hash'])
    .orderBy('id')
    .execute();
  const criteria = await db
    .selectFrom('criteria')
    .selectAll()
    .orderBy('set_id')
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  const mapping = await incidentCategoriesOf(
    db,
    sets.map((s) => s.id),
  );
  const uidOf = new Map(sets.map((s) => [s.id, s.uid]));
  const bySet = new Map<number, CriteriaSetRecord['criteria']>();
  for (const c of criteria) {
    const list = bySet.get(c.set_id) ?? [];
    list.push({
      kind: c.kind,
      code: c.code,
      text: c.text,
      origin: c.origin as 'quoc_gia' | 'dia_phuong',
      confirmed: c.confirmed === 1,
      autoRule: c.auto_rule as 'registration' | 'commune_70' | null,
      incidentSensitive: c.incident_sensitive === 1,
      incidentCategories: mapping.get(c.id) ?? [],
    });
    bySet.set(c.set_id, list);
  }
  return sets.map((s) => ({
    id: s.id,
    name: s.name,
    version: s.version,
    importHash: s.import_hash,
    record: {
      id: s.uid,
      name: s.name,
      version: s.version,
      basedOnId: s.based_on_id === null ? null : (uidOf.get(s.based_on_id) ?? null),
      note: s.note,
      criteria: bySet.get(s.id) ?? [],
    },
  }));
}

export function templateRecordOf(t: DecisionTemplate): TemplateRecord {
  return {
    id: DECISION_TEMPLATE_ID,
    subject: t.subject,
    listTitle: t.listTitle,
    bases: [...t.bases],
    articles: [...t.articles],
    recipients: [...t.recipients],
  };
}

/** What makes a set unusable here even though each field is well-formed; null when it is fine. */
export function setProblem(set: CriteriaSetRecord): string | null {
  const keys = new Set<string>();
  for (const c of set.criteria) {
    const key = `${c.kind}:${c.code}`;
    if (keys.has(key)) return `mã tiêu chí "${c.code}" của ${UNIT_KIND_LABELS[c.kind].toLowerCase()} bị trùng`;
    keys.add(key);
    if (c.incidentCategories && c.incidentCategories.length > 0 !== c.incidentSensitive) {
      return `tiêu chí "${c.code}" của ${UNIT_KIND_LABELS[c.kind].toLowerCase()} ghi có liên quan vụ việc không khớp với danh sách loại vụ việc`;
    }
  }
  const missing = UNIT_KINDS.filter((k) => !set.criteria.some((c) => c.kind === k));
  if (missing.length)
    return `không có tiêu chí nào cho ${missing.map((k) => UNIT_KIND_LABELS[k].toLowerCase()).join(', ')}`;
  return null;
}

export interface LoadedCriteria {
  manifest: Manifest;
  office: OfficeRecord;
  sets: CriteriaSetRecord[];
  templates: TemplateRecord[];
}

/** Reads and checks the records: entries, schema, duplicate ids, each set usable, references between sets. */
export async function loadCriteriaRecords(reader: PackageReader): Promise<LoadedCriteria> {
  const manifest = reader.manifest;
  if (manifest.kind !== 'criteria') throw reject('Gói này không phải gói tiêu chí và mẫu văn bản từ cấp trên.');
  if (manifest.year !== null) {
    throw reject('Gói tiêu chí không được gắn với một năm. Gói bị hỏng hoặc do phần mềm khác tạo; hãy xin lại gói.');
  }
  const expected: string[] = Object.values(CRITERIA_RECORD_FILES);
  const paths = new Set(manifest.entries.map((e) => e.path));
  for (const p of expected) {
    if (!paths.has(p)) throw reject(`Gói thiếu tệp dữ liệu "${p}". Gói bị hỏng hoặc chép chưa hết; hãy chép lại.`);
  }
  for (const p of paths) {
    if (!expected.includes(p))
      throw reject(`Gói có tệp lạ "${p}" không thuộc dữ liệu nào. Gói không đúng định dạng; hãy xin lại gói.`);
  }
  const office = officeRecordSchema.safeParse(await reader.readJson(CRITERIA_RECORD_FILES.office));
  if (!office.success || office.data.id !== manifest.office.id) {
    throw reject('Thông tin cơ quan gửi trong gói không khớp với phần đầu gói. Gói bị hỏng; hãy xin lại gói.');
  }
  const sets = parseRecords(
    criteriaSetRecordSchema,
    await reader.readJson(CRITERIA_RECORD_FILES.criteriaSets),
    'danh sách bộ tiêu chí',
  );
  const templates = parseRecords(
    templateRecordSchema,
    await reader.readJson(CRITERIA_RECORD_FILES.templates),
    'danh sách mẫu văn bản',
  );
  const broken = (what: string) =>
    reject(`${what}. Gói bị hỏng hoặc do phần mềm khác tạo; hãy xin lại gói từ nơi gửi.`);
  const seen = new Set<string>();
  const versions = new Set<string>();
  for (const s of sets) {
    const label = `Bộ tiêu chí "${s.name}" phiên bản ${s.version}`;
    if (seen.has(s.id)) throw broken(`Gói có hai bộ tiêu chí cùng mã "${s.id}"`);
    if (versions.has(`${s.version}:${s.name}`)) throw broken(`Gói có hai lần ${label.toLowerCase()}`);
    // A set's base comes before it, so the file is read top-down and no chain can loop.
    if (s.basedOnId !== null && !seen.has(s.basedOnId)) throw broken(`${label} dựa trên một bộ không có trước nó`);
    if (manifest.formatVersion >= 2 && s.criteria.some((c) => c.incidentCategories === undefined)) {
      throw broken(`${label} có tiêu chí thiếu danh sách loại vụ việc (bắt buộc từ định dạng phiên bản 2)`);
    }
    const problem = setProblem(s);
    if (problem) throw broken(`${label} ${problem}`);
    seen.add(s.id);
    versions.add(`${s.version}:${s.name}`);
  }
  if (templates.length > 1) throw broken('Gói có hai mẫu quyết định công nhận');
  for (const t of templates) {
    const problems = templateProblems(t);
    if (problems.length) throw broken(`Mẫu quyết định trong gói chưa dùng được (${problems.join(' ')})`);
  }
  return { manifest, office: office.data, sets, templates };
}
