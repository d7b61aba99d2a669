// Zod input schemas with Vietnamese messages; used by main to validate and by the renderer for forms.
import { z } from 'zod';
import { OFFICE_LEVELS, ROLES, SIGNING_AUTHORITIES } from '../domain/accounts.ts';
import { ALL_UNIT_SUBTYPES, UNIT_KINDS, subtypeBelongsTo, type UnitSubtype } from '../domain/units.ts';
import { EXCLUDED_KINDS } from '../domain/competence.ts';
import { isValidIsoDate } from '../text/dates.ts';
import { cleanText } from '../text/fold.ts';
import { UNIT_COUNT_MAX, UNIT_FIELD_LABELS, UNIT_TEXT_LIMITS } from '../domain/unitLimits.ts';
import { textProblem, textProblemMessage } from '../text/freeText.ts';

/**
 * The text rule for a free-text field (shared/text/freeText.ts): refused with a message naming the field. Tab and
 * line breaks pass only in `multiline` fields.
 */
export const freeText = (label: string, max: number, multiline = false, rawMax = max) =>
  z
    .string({ error: `${label}: cần nhập chữ.` })
    .max(rawMax, { error: `${label} dài quá ${max} ký tự.` })
    .superRefine((v, ctx) => {
      const problem = textProblem(v, multiline);
      if (problem) ctx.addIssue({ code: 'custom', message: textProblemMessage(label, problem) });
    });

// Typed text is cleaned (spaces collapsed) after the rule: line breaks a form may carry are collapsed too.
export const requiredText = (label: string, max = 200) =>
  freeText(label, max, true, max * 2)
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { error: `${label} không được để trống.` })
        .max(max, { error: `${label} dài quá ${max} ký tự.` }),
    );

export const optionalText = (label: string, max = 500) =>
  freeText(label, max, true, max * 2)
    .nullable()
    .optional()
    .transform((v) => {
      const t = v === null || v === undefined ? '' : cleanText(v);
      return t === '' ? null : t;
    })
    .pipe(
      z
        .string()
        .max(max, { error: `${label} dài quá ${max} ký tự.` })
        .nullable(),
    );

const count = (label: string) =>
  z
    .number({ error: `${label} phải là số.` })
    .int({ error: `${label} phải là số nguyên.` })
    .min(0, { error: `${label} không được âm.` })
    .max(UNIT_COUNT_MAX, { error: `${label} quá lớn.` })
    .nullable()
    .optional()
    .transform((v) => v ?? null);

const isoDate = (label: string) =>
  z
    .string()
    .refine(isValidIsoDate, { error: `${label} không phải ngày hợp lệ.` })
    .nullable()
    .optional()
    .transform((v) => v ?? null);

const id = z.number().int().positive();
const optionalId = id
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const unitKindSchema = z.enum(UNIT_KINDS, { error: 'Loại đơn vị không hợp lệ.' });

export const unitFieldsSchema = z
  .object({
    kind: unitKindSchema,
    subtype: z
      .enum(ALL_UNIT_SUBTYPES as [UnitSubtype, ...UnitSubtype[]], { error: 'Phân loại không hợp lệ.' })
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    name: requiredText(UNIT_FIELD_LABELS.name, UNIT_TEXT_LIMITS.name),
    parentId: optionalId,
    address: optionalText(UNIT_FIELD_LABELS.address, UNIT_TEXT_LIMITS.address),
    headName: optionalText(UNIT_FIELD_LABELS.headName, UNIT_TEXT_LIMITS.headName),
    headPhone: optionalText(UNIT_FIELD_LABELS.headPhone, UNIT_TEXT_LIMITS.headPhone).refine(
      (v) => v === null || /^[+\d][\d\s.()-]{5,}$/.test(v),
      {
        error: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch nối.',
      },
    ),
    households: count('Số hộ'),
    population: count('Số nhân khẩu'),
    notes: optionalText(UNIT_FIELD_LABELS.notes, UNIT_TEXT_LIMITS.notes),
    activeFrom: isoDate('Ngày bắt đầu'),
    activeUntil: isoDate('Ngày kết thúc'),
    mergedIntoId: optionalId,
    hasPartyOrganisation: z.boolean().optional(),
    excludedKind: z.enum(EXCLUDED_KINDS, { error: 'Loại đơn vị không áp dụng không hợp lệ.' }).nullable().optional(),
    excludedReason: optionalText('Lý do vẫn đưa vào', 500),
  })
  .superRefine((u, ctx) => {
    if (u.excludedKind && !u.excludedReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['excludedReason'],
        message: 'Loại đơn vị này không thuộc phạm vi Thông tư 124 (Điều 1 khoản 2): cần ghi lý do vẫn đưa vào.',
      });
    }
    if (u.subtype && !subtypeBelongsTo(u.kind, u.subtype)) {
      ctx.addIssue({ code: 'custom', path: ['subtype'], message: 'Phân loại không thuộc loại đơn vị đã chọn.' });
    }
    if (u.activeFrom && u.activeUntil && u.activeUntil < u.activeFrom) {
      ctx.addIssue({ code: 'custom', path: ['activeUntil'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
    }
    if (u.mergedIntoId && !u.activeUntil) {
      ctx.addIssue({
        code: 'custom',
        path: ['activeUntil'],
        message: 'Đơn vị đã sáp nhập cần có ngày kết thúc (ngày sáp nhập).',
      });
    }
    if (u.households !== null && u.population !== null && u.population > 0 && u.households > u.population) {
      ctx.addIssue({ code: 'custom', path: ['households'], message: 'Số hộ không thể lớn hơn số nhân khẩu.' });
    }
  });

export const UNIT_STATUS_FILTERS = ['all', 'active', 'ended'] as const;

/** Whose units: all, this office's own, those received from communes, or those of one sending office (its id). */
export const unitSourceSchema = z.union([z.enum(['all', 'own', 'received']), z.number().int().positive()]);
export type UnitSource = z.infer<typeof unitSourceSchema>;

export const unitFilterSchema = z.object({
  kind: unitKindSchema.optional(),
  search: freeText('Ô tìm kiếm', 200).optional(),
  status: z.enum(UNIT_STATUS_FILTERS).default('all'),
  source: unitSourceSchema.default('all'),
});

export const unitPageSchema = unitFilterSchema.extend({
  sort: z.enum(['name', 'kind']).default('name'),
  descending: z.boolean().default(false),
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(1000),
  withCounts: z.boolean().default(true),
});

export const usernameSchema = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .pipe(
    z.string().regex(/^[a-z0-9._-]{3,32}$/, {
      error: 'Tên đăng nhập gồm 3–32 ký tự: chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch nối.',
    }),
  );

export const passwordSchema = z
  .string()
  .min(8, { error: 'Mật khẩu cần ít nhất 8 ký tự.' })
  .max(200, { error: 'Mật khẩu quá dài.' });

export const signerInputSchema = z.object({
  id: id.optional(),
  fullName: requiredText('Họ tên người ký', 100),
  title: requiredText('Chức vụ người ký', 100).transform((v) => v.toLocaleUpperCase('vi')),
  authority: z.enum(SIGNING_AUTHORITIES, { error: 'Thẩm quyền ký không hợp lệ.' }),
  isDefault: z.boolean(),
  active: z.boolean().default(true),
});

const upperText = (label: string) => requiredText(label, 120).transform((v) => v.toLocaleUpperCase('vi'));
const docCode = (label: string) =>
  requiredText(label, 30).refine((v) => /^\p{Lu}[\p{L}\d]*(-[\p{L}\d]+)*$/u.test(v), {
    error: `${label} gồm chữ, số và dấu gạch nối, bắt đầu bằng chữ in hoa (ví dụ QĐ-UBND, TTr-CAX).`,
  });

export const officeSettingsInputSchema = z.object({
  level: z.enum(OFFICE_LEVELS, { error: 'Cấp đơn vị không hợp lệ.' }),
  issuingBodyUpper: upperText('Tên cơ quan ban hành (dòng trên)'),
  localityUpper: upperText('Tên cơ quan ban hành (dòng dưới)'),
  placeName: requiredText('Địa danh ghi ngày tháng', 60),
  provinceName: requiredText('Tỉnh, thành phố', 80),
  committeeName: requiredText('Tên Ban Chỉ đạo', 300),
  standingOfficeName: requiredText('Tên cơ quan thường trực', 120),
  decisionCode: docCode('Ký hiệu quyết định'),
  proposalCode: docCode('Ký hiệu tờ trình'),
  archiveCode: requiredText('Ký hiệu lưu', 30),
  /** Left empty: the app's default (the chair; the province), shown "Cần xác nhận" where unconfirmed. */
  proposalAddressee: optionalText('Nơi nhận tờ trình (Kính gửi)', 200),
  communeRecogniser: optionalText('Cấp công nhận xã, phường', 200),
  tt48Date: isoDate('Ngày ban hành Thông tư 48/2025/TT-BCA'),
  signers: z
    .array(signerInputSchema)
    .max(20)
    .refine((s) => s.filter((x) => x.isDefault).length <= 1, {
      error: 'Chỉ chọn một người ký mặc định.',
    }),
});

export const importMappingSchema = z.object({
  token: z.string().min(1).max(100),
  sheet: z.string().max(200).optional(),
  headerRow: z.number().int().min(1).max(1000).optional(),
  mapping: z
    .array(
      z.object({
        index: z.number().int().min(0).max(500),
        field: z
          .enum([
            'name',
            'kind',
            'subtype',
            'parentName',
            'address',
            'headName',
            'headPhone',
            'households',
            'population',
            'notes',
          ])
          .nullable(),
      }),
    )
    .max(500)
    .optional(),
  kind: unitKindSchema.optional(),
});

export { ROLES };
