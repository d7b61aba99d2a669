// Input schemas of the yearly round.
import { z } from 'zod';
import {
  DOSSIER_STATUSES,
  INCIDENT_CATEGORIES,
  INCIDENT_EFFECTS,
  RESULTS,
  REVIEW_METHODS,
  VERDICTS,
  YEAR_MAX,
  YEAR_MIN,
} from '../domain/round.ts';
import { incidentMappingProblem } from '../domain/incidentCriteria.ts';
import { isValidIsoDate } from '../text/dates.ts';
import { optionalText, requiredText, unitKindSchema } from './schemas.ts';

export const yearSchema = z
  .number({ error: 'Năm phải là số.' })
  .int()
  .min(YEAR_MIN, { error: 'Năm không hợp lệ.' })
  .max(YEAR_MAX, { error: 'Năm không hợp lệ.' });
const id = z.number().int().positive();
export const isoDateSchema = (label: string) =>
  z.string({ error: `${label}: hãy chọn ngày.` }).refine(isValidIsoDate, { error: `${label} không phải ngày hợp lệ.` });
const optionalDate = (label: string) =>
  isoDateSchema(label)
    .nullable()
    .optional()
    .transform((v) => v ?? null);
const count = z
  .number()
  .int()
  .min(0)
  .max(10_000_000)
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const windowSchema = z.object({
  kind: unitKindSchema,
  windowFrom: isoDateSchema('Ngày bắt đầu đánh giá'),
  windowTo: isoDateSchema('Ngày kết thúc đánh giá'),
  registrationDeadline: isoDateSchema('Hạn đăng ký'),
  dossierDeadline: isoDateSchema('Hạn nộp hồ sơ').nullable(),
  decisionDeadline: isoDateSchema('Hạn quyết định').nullable(),
});

export const registrationSchema = z
  .object({
    year: yearSchema,
    unitId: id,
    registeredOn: isoDateSchema('Ngày đăng ký'),
    resolutionNumber: optionalText('Số nghị quyết', 60),
    resolutionDate: optionalDate('Ngày nghị quyết'),
    householdsRegistered: count,
    householdsTotal: count,
    note: optionalText('Ghi chú', 1000),
    planNumber: optionalText('Số kế hoạch', 60),
    planDate: optionalDate('Ngày kế hoạch'),
    excludedReason: optionalText('Lý do vẫn đăng ký', 500),
  })
  .refine(
    (r) => r.householdsRegistered === null || r.householdsTotal === null || r.householdsRegistered <= r.householdsTotal,
    { error: 'Số hộ đăng ký không thể lớn hơn tổng số hộ.', path: ['householdsRegistered'] },
  );

export const criterionInputSchema = z
  .object({
    kind: unitKindSchema,
    code: requiredText('Mã tiêu chí', 10),
    text: requiredText('Nội dung tiêu chí', 3000),
    origin: z.enum(['quoc_gia', 'dia_phuong']),
    confirmed: z.boolean(),
    autoRule: z.enum(['registration', 'commune_70']).nullable(),
    incidentSensitive: z.boolean(),
    /** Absent: kept from the criterion with the same kind and code in the base set. */
    incidentCategories: z
      .array(
        z.object({ category: z.enum(INCIDENT_CATEGORIES), effect: z.enum(INCIDENT_EFFECTS), confirmed: z.boolean() }),
      )
      .max(INCIDENT_CATEGORIES.length)
      .optional(),
  })
  .superRefine((c, ctx) => {
    const problem = incidentMappingProblem(c);
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['incidentCategories'], message: `Tiêu chí ${c.code}: ${problem}` });
  });

export const appraisalSchema = z.object({
  dossierId: id,
  version: z.number().int().min(1),
  items: z
    .array(
      z.object({
        criterionId: id,
        verdict: z.enum(VERDICTS),
        note: optionalText('Ghi chú', 2000),
      }),
    )
    .max(100),
  resultOverride: z.enum(RESULTS).nullable(),
  overrideReason: optionalText('Lý do', 2000),
  reviewMethod: z.enum(REVIEW_METHODS).nullable(),
  reviewDate: optionalDate('Ngày xét'),
  reviewDetail: optionalText('Thành phần, ý kiến', 4000),
});

export const assignmentSchema = z.object({
  relativePath: z.string().min(1).max(1000),
  unitId: id.nullable(),
  componentCode: z.string().max(40).nullable(),
});

export const dossierStatusSchema = z.enum(DOSSIER_STATUSES);
export const incidentSchema = z.object({
  unitId: id,
  occurredOn: isoDateSchema('Ngày xảy ra'),
  category: z.enum(INCIDENT_CATEGORIES, { error: 'Hãy chọn loại vụ việc.' }),
  note: optionalText('Nội dung', 2000),
});
