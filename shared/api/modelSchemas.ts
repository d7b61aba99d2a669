// Input schemas of the models registry and the grassroots security teams.
import { z } from 'zod';
import { EXEMPLAR_SUBJECTS, MEMBER_ROLES, MODEL_FIELDS, TEAM_RATINGS } from '../domain/models.ts';
import { isoDateSchema, yearSchema } from './roundSchemas.ts';
import { optionalText, requiredText } from './schemas.ts';

const id = z.number().int().positive();
const optionalDate = (label: string) =>
  isoDateSchema(label)
    .nullable()
    .optional()
    .transform((v) => v ?? null);
const code = z
  .string()
  .regex(/^[a-z0-9_]{1,40}$/, { error: 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới.' });

export const modelFieldsSchema = z.object({
  name: requiredText('Tên mô hình', 300),
  typeCode: code,
  field: z.enum(MODEL_FIELDS, { error: 'Lĩnh vực không hợp lệ.' }),
  unitIds: z.array(id).max(500),
  proposer: optionalText('Người, đơn vị đề xuất', 200),
  proposedOn: optionalDate('Ngày đề xuất'),
  survey: optionalText('Khảo sát', 4000),
  proposal: optionalText('Đề xuất', 4000),
  approvedBy: optionalText('Cấp phê duyệt', 200),
  notes: optionalText('Ghi chú', 2000),
});

export const modelActionSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('thanh_lap'),
      onDate: isoDateSchema('Ngày quyết định'),
      decisionNumber: requiredText('Số quyết định thành lập', 60),
      decisionSigner: requiredText('Người ký quyết định', 100),
      steeringBoard: optionalText('Ban chỉ đạo, ban điều hành', 4000),
      note: optionalText('Ghi chú', 2000),
    })
    .strict(),
  z
    .object({ action: z.literal('ra_mat'), onDate: isoDateSchema('Ngày ra mắt'), note: optionalText('Ghi chú', 2000) })
    .strict(),
  z
    .object({
      action: z.enum(['so_ket', 'tong_ket']),
      onDate: isoDateSchema('Ngày sơ kết, tổng kết'),
      note: optionalText('Nội dung, kết quả', 2000),
    })
    .strict(),
  z
    .object({
      action: z.literal('thanh_loai'),
      onDate: isoDateSchema('Ngày thanh loại'),
      note: requiredText('Lý do thanh loại', 2000),
      replacedById: id.nullable().optional(),
    })
    .strict(),
]);

export const pointSchema = z
  .object({
    modelId: id,
    unitId: id,
    startedOn: isoDateSchema('Ngày bắt đầu áp dụng'),
    decisionNumber: optionalText('Số quyết định', 60),
    decisionDate: optionalDate('Ngày quyết định'),
  })
  .strict();

export const teamSchema = z
  .object({
    pointId: id,
    name: requiredText('Tên tổ', 200),
    leaderName: optionalText('Tổ trưởng', 100),
    memberCount: z.number().int().min(0).max(100_000),
    foundedOn: optionalDate('Ngày thành lập tổ'),
    members: z
      .array(
        z.object({
          fullName: requiredText('Họ tên thành viên', 100),
          role: optionalText('Chức danh', 60),
          phone: optionalText('Số điện thoại', 40),
          joinedOn: optionalDate('Ngày tham gia'),
        }),
      )
      .max(500)
      .default([]),
  })
  .strict();

export const reviewSchema = z
  .object({
    modelId: id,
    year: yearSchema,
    ratingCode: code,
    /** Left out: the office's today. */
    reviewedOn: isoDateSchema('Ngày đánh giá').optional(),
    note: optionalText('Nhận xét', 2000),
  })
  .strict();

export const exemplarSchema = z
  .object({
    modelId: id,
    subject: z.enum(EXEMPLAR_SUBJECTS),
    subjectName: requiredText('Tên điển hình', 300),
    year: yearSchema,
    decisionNumber: requiredText('Số quyết định', 60),
    decisionDate: isoDateSchema('Ngày quyết định'),
    decisionSigner: optionalText('Người ký', 100),
  })
  .strict();

export const modelListsSchema = z
  .object({
    types: z
      .array(z.object({ code, label: requiredText('Tên loại mô hình', 100), active: z.boolean() }))
      .min(1)
      .max(50),
    ratings: z
      .array(z.object({ code, label: requiredText('Mức đánh giá', 100), effective: z.boolean(), active: z.boolean() }))
      .min(1)
      .max(20),
    settings: z.object({
      reviewMinMonths: z.number().int().min(0).max(60),
      reviewMinMonthsSource: requiredText('Nguồn quy định thời gian tối thiểu', 500),
    }),
  })
  .strict();

export const securityTeamSchema = z
  .object({
    unitId: id,
    name: requiredText('Tên tổ', 200),
    foundedOn: isoDateSchema('Ngày thành lập'),
    dissolvedOn: optionalDate('Ngày giải thể'),
    members: z
      .array(
        z.object({
          fullName: requiredText('Họ tên', 100),
          role: z.enum(MEMBER_ROLES, { error: 'Chức danh không hợp lệ.' }),
          phone: optionalText('Số điện thoại', 40),
          joinedOn: isoDateSchema('Ngày tham gia'),
          leftOn: optionalDate('Ngày thôi tham gia'),
        }),
      )
      .max(200)
      .default([]),
  })
  .strict();

export const teamRatingsSchema = z
  .object({
    year: yearSchema,
    ratings: z
      .array(
        z.object({
          teamId: id,
          rating: z.enum(TEAM_RATINGS, { error: 'Mức xếp loại không hợp lệ.' }).nullable(),
          note: optionalText('Ghi chú', 500),
        }),
      )
      .min(1)
      .max(5000),
  })
  .strict();
