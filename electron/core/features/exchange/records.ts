// The records a "commune-year" package carries (docs/exchange-format.md, "Records"): one JSON file per kind, each
// record with a stable id. The same serializers produce a package and the canonical form a received record is
// compared with, so "unchanged" means byte-for-byte the same record.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { INCIDENT_CATEGORIES, INCIDENT_EFFECTS } from '#shared/domain/round.ts';
import { EXCLUDED_KINDS } from '#shared/domain/competence.ts';
import { UNIT_KINDS } from '#shared/domain/units.ts';
import { textProblem } from '#shared/text/freeText.ts';

export const RECORD_FILES = {
  office: 'records/office.json',
  units: 'records/units.json',
  dossiers: 'records/dossiers.json',
  decisions: 'records/decisions.json',
} as const;

/** Attachments and issued documents are stored once per content: files/<sha256>. */
export const filePath = (sha256: string) => `files/${sha256}`;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/u);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
/** Every text of a record follows the app's text rule (line breaks allowed): a refused record names its field. */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((v, ctx) => {
      const problem = textProblem(v, true);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
const optionalText = (max: number) => text(max).nullable();
const count = z.number().int().min(0).max(100_000_000).nullable();

export const officeRecordSchema = z.object({
  id: text(100).min(1),
  name: text(300).min(1),
  level: text(40),
  province: text(200),
  placeName: text(200),
  standingOfficeName: text(300),
});

export const unitRecordSchema = z
  .object({
    id: text(100).min(1),
    kind: z.enum(UNIT_KINDS),
    subtype: optionalText(40),
    name: text(500).min(1),
    parentId: optionalText(100),
    address: optionalText(1000),
    headName: optionalText(300),
    headPhone: optionalText(100),
    households: count,
    population: count,
    notes: optionalText(5000),
    activeFrom: isoDate.nullable(),
    activeUntil: isoDate.nullable(),
    mergedIntoId: optionalText(100),
    /** From format version 2 (see SCOPE_FIELDS): absent in a version-1 record, and the reader keeps its own value. */
    hasPartyOrganisation: z.boolean().optional(),
    excludedKind: z.enum(EXCLUDED_KINDS).nullable().optional(),
    excludedReason: optionalText(500).optional(),
  })
  .refine((u) => !u.excludedKind || (u.excludedReason ?? '').trim() !== '', {
    error: 'đơn vị không thuộc phạm vi công nhận mà không ghi lý do',
    path: ['excludedReason'],
  });

/** Unit fields a commune-year record carries from format version 2 on. */
export const UNIT_SCOPE_FIELDS = ['hasPartyOrganisation', 'excludedKind', 'excludedReason'] as const;
/** Registration fields a dossier record carries from format version 2 on. */
export const REGISTRATION_V2_FIELDS = ['planNumber', 'planDate', 'excludedReason'] as const;

/** A unit record as a package of the given format version has it: a version-1 record has no scope fields. */
export function unitRecordAsOf(record: UnitRecord, formatVersion: number): UnitRecord {
  if (formatVersion >= 2) return record;
  const { hasPartyOrganisation: _party, excludedKind: _kind, excludedReason: _reason, ...version1 } = record;
  return version1;
}

/** The version-2 fields a record of a version-2 package lacks, by name; none for a version-1 package. */
export function missingV2Fields(
  units: readonly UnitRecord[],
  dossiers: readonly DossierRecord[],
  formatVersion: number,
): string | null {
  if (formatVersion < 2) return null;
  for (const u of units) {
    const missing = UNIT_SCOPE_FIELDS.find((f) => u[f] === undefined);
    if (missing) return `đơn vị "${u.name}" thiếu trường "${missing}"`;
  }
  for (const d of dossiers) {
    const missing = d.registration && REGISTRATION_V2_FIELDS.find((f) => d.registration![f] === undefined);
    if (missing) return `hồ sơ "${d.id}" thiếu trường "registration.${missing}"`;
  }
  return null;
}

const fileRefSchema = z.object({ sha256, size: z.number().int().min(0), name: text(500).min(1), extension: text(10) });

export const dossierRecordSchema = z.object({
  /** "<unit id>/<year>": one dossier per unit and year. */
  id: text(120).min(1),
  unitId: text(100).min(1),
  year: z.number().int().min(2000).max(2100),
  status: text(40).min(1),
  registration: z
    .object({
      registeredOn: isoDate,
      resolutionNumber: optionalText(200),
      resolutionDate: isoDate.nullable(),
      householdsRegistered: count,
      householdsTotal: count,
      note: optionalText(5000),
      /** From format version 2: the UBND's quarter-I plan, and why an excluded unit is registered. */
      planNumber: optionalText(200).optional(),
      planDate: isoDate.nullable().optional(),
      excludedReason: optionalText(500).optional(),
    })

    .nullable(),
  receivedOn: isoDate.nullable(),
  computedResult: optionalText(40),
  resultOverride: optionalText(40),
  overrideReason: optionalText(5000),
  reviewMethod: optionalText(40),
  reviewDate: isoDate.nullable(),
  reviewDetail: optionalText(5000),
  note: optionalText(5000),
  criteriaSet: z
    .object({ name: text(300), version: z.number().int().min(1) })

    .nullable(),
  verdicts: z.array(z.object({ code: text(40), verdict: text(40), note: optionalText(5000) })).max(500),
  files: z.array(fileRefSchema.extend({ componentCode: optionalText(40) })).max(10_000),
});

export const decisionRecordSchema = z.object({
  /** "<year>/<number>/<code>": a signed decision's place in its office's register. */
  id: text(200).min(1),
  year: z.number().int().min(2000).max(2100),
  number: z.number().int().min(1),
  code: text(100).min(1),
  signedOn: isoDate,
  status: z.enum(['signed', 'issued']),
  subject: text(2000).min(1),
  signerName: text(300),
  signerTitle: text(300),
  revokesId: optionalText(200),
  bases: z.array(text(2000)).max(50),
  articles: z.array(text(5000)).max(50),
  recipients: z.array(text(2000)).max(50),
  unitIds: z.array(text(100).min(1)).max(100_000),
  files: z.array(fileRefSchema.extend({ kind: z.enum(['decision', 'certificates', 'scan']) })).max(1000),
});

export type OfficeRecord = z.infer<typeof officeRecordSchema>;
export type UnitRecord = z.infer<typeof unitRecordSchema>;
export type DossierRecord = z.infer<typeof dossierRecordSchema>;
export type DecisionRecordOut = z.infer<typeof decisionRecordSchema>;

/** JSON with keys in a fixed (sorted) order, so equal records hash equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export function recordHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

// The records a "criteria" package carries: what an office above hands down to the offices below.
export const CRITERIA_RECORD_FILES = {
  office: 'records/office.json',
  criteriaSets: 'records/criteria-sets.json',
  templates: 'records/templates.json',
} as const;

/** The one template a package can carry today: the wording of the recognition decision. */
export const DECISION_TEMPLATE_ID = 'decision-template';

/** Text a person typed: at most `max` characters, the app's text rule (tab and line breaks allowed). */
const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((v, ctx) => {
      const problem = textProblem(v, true);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((s) => s.normalize('NFC'));
const requiredText = (max: number) => plainText(max).refine((s) => s.trim() !== '', { error: 'để trống' });

export const criterionRecordSchema = z.object({
  kind: z.enum(UNIT_KINDS),
  code: requiredText(10),
  text: requiredText(3000),
  origin: z.enum(['quoc_gia', 'dia_phuong']),
  confirmed: z.boolean(),
  autoRule: z.enum(['registration', 'commune_70']).nullable(),
  incidentSensitive: z.boolean(),
  /** Required from format version 2; a criterion of a version-1 package gets the shipped mapping for its code. */
  incidentCategories: z
    .array(
      z.object({ category: z.enum(INCIDENT_CATEGORIES), effect: z.enum(INCIDENT_EFFECTS), confirmed: z.boolean() }),
    )
    .max(INCIDENT_CATEGORIES.length)
    .refine((list) => new Set(list.map((m) => m.category)).size === list.length, { error: 'có loại vụ việc trùng' })
    .optional(),
});

/** Set ids are compared as written in lower case: a writer that upper-cases a UUID names the same set. */
const setId = z.uuid().transform((id) => id.toLowerCase());

export const criteriaSetRecordSchema = z.object({
  /** UUID of the set, the same in every office that holds it. */
  id: setId,
  name: requiredText(300),
  version: z.number().int().min(1).max(1_000_000),
  /** The set this one was made from: an earlier set in the same file, or null. */
  basedOnId: setId.nullable(),
  note: plainText(2000).nullable(),
  /** In display order. */
  criteria: z.array(criterionRecordSchema).min(1).max(200),
});

export const templateRecordSchema = z.object({
  id: z.literal(DECISION_TEMPLATE_ID),
  subject: plainText(2000),
  listTitle: plainText(2000),
  bases: z.array(plainText(2000)).max(50),
  articles: z.array(plainText(2000)).max(50),
  recipients: z.array(plainText(2000)).max(50),
});

export type CriterionRecord = z.infer<typeof criterionRecordSchema>;
export type CriteriaSetRecord = z.infer<typeof criteriaSetRecordSchema>;
export type TemplateRecord = z.infer<typeof templateRecordSchema>;
