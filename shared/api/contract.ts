// The one contract between renderer and main: method name -> access level, input schema, result type.
import { z } from 'zod';
import { ROLES } from '../domain/accounts.ts';
import { columnFiltersSchema, columnSortSchema } from '../grid/columnFilters.ts';
import { ROUND_STATUSES, type RoundStatus } from '../domain/round.ts';
import {
  importMappingSchema,
  officeSettingsInputSchema,
  passwordSchema,
  freeText,
  requiredText,
  unitKindSchema,
  unitFieldsSchema,
  unitFilterSchema,
  unitPageSchema,
  usernameSchema,
} from './schemas.ts';
import {
  appraisalSchema,
  assignmentSchema,
  criterionInputSchema,
  dossierStatusSchema,
  incidentSchema,
  isoDateSchema,
  registrationSchema,
  windowSchema,
  yearSchema,
} from './roundSchemas.ts';
import type {
  AttachResult,
  Campaign,
  CriteriaSet,
  DossierComponentSetting,
  DossierDetail,
  FolderProposal,
  Incident,
  Registration,
  RoundOverview,
  RoundPage,
  RoundRow,
} from './roundTypes.ts';
import type { Decision, RegisterEntry, Verification } from './decisionTypes.ts';
import type { DecisionTemplate } from '../documents/decisionTemplate.ts';
import type { DecisionModel } from '../documents/model.ts';
import type { ImportAnalysis, ImportBatch, OfficeSettings, SessionState, Unit, UnitPage, User } from './types.ts';
import {
  backupConfigSchema,
  type BackupCreated,
  type BackupInspection,
  type BackupListing,
  type DataCheckReport,
  type JobStarted,
  type JobStatus,
  type RestoreResult,
} from './backupTypes.ts';
import {
  exemplarSchema,
  modelActionSchema,
  modelFieldsSchema,
  modelListsSchema,
  pointSchema,
  reviewSchema,
  securityTeamSchema,
  teamRatingsSchema,
  teamSchema,
} from './modelSchemas.ts';
import type {
  ModelCounts,
  ModelDetail,
  ModelLists,
  ModelSummary,
  ReviewSheet,
  SecurityTeam,
  TeamRatingSheet,
} from './modelTypes.ts';
import type { ExchangeOverview, ExportDone, ImportPreview, ImportResult, ReceivedData } from './exchangeTypes.ts';

/** Who may call a method: anyone, any signed-in user, users who may write (admin, staff), or admins. */
export type Access = 'public' | 'user' | 'writer' | 'admin';

interface MethodSpec<I extends z.ZodType, R> {
  access: Access;
  input: I;
  /** Phantom: carries the result type only. */
  result?: R;
}

const method =
  <R>() =>
  <I extends z.ZodType>(access: Access, input: I): MethodSpec<I, R> => ({ access, input });

const none = z.object({}).strict();
/** A dropped file travels as base64: up to 100 MB of content; larger ones go through the file dialog. */
const MAX_DROPPED_BASE64 = Math.ceil((100 * 1024 * 1024) / 3) * 4;
const roundFilterSchema = z.object({
  year: yearSchema,
  kind: unitKindSchema.optional(),
  status: z.enum(ROUND_STATUSES as [RoundStatus, ...RoundStatus[]]).optional(),
  search: freeText('Ô tìm kiếm', 200).optional(),
  /** The grid's per-column filters and sort; without them, every unit in Vietnamese name order. */
  filters: columnFiltersSchema.optional(),
  sort: columnSortSchema.optional(),
});
const byId = z.object({ id: z.number().int().positive() }).strict();
/** A line of a document as typed by the office: bounded, no control characters. */
/** A signing as recorded: the date, the signer and the number the văn thư gave. */
const signing = {
  id: z.number().int().positive(),
  signedOn: isoDateSchema('Ngày ký'),
  signerId: z.number().int().positive({ error: 'Hãy chọn người ký.' }),
  number: z
    .number({ error: 'Hãy nhập số văn thư cấp.' })
    .int({ error: 'Số quyết định là số nguyên.' })
    .min(1, { error: 'Số quyết định từ 1 trở lên.' })
    .max(99_999, { error: 'Số quyết định quá lớn.' }),
};
const docLine = freeText('Dòng văn bản mẫu', 2000, true);
const docLines = z.array(docLine).max(50);
const decisionTemplateSchema = z
  .object({ subject: docLine, listTitle: docLine, bases: docLines, articles: docLines, recipients: docLines })
  .strict();

export const contract = {
  'session.state': method<SessionState>()('public', none),
  /** The system print dialog for the window's print view. */
  'print.dialog': method<null>()('user', none),
  /** The window's print view saved as an A4 PDF where the user chooses; null when cancelled. */
  'print.savePdf': method<{ fileName: string } | null>()(
    'user',
    z.object({ title: freeText('Tiêu đề', 200).trim().min(1) }).strict(),
  ),
  'setup.initialize': method<SessionState>()(
    'public',
    z.object({
      admin: z.object({
        username: usernameSchema,
        fullName: requiredText('Họ tên', 100),
        password: passwordSchema,
      }),
      office: officeSettingsInputSchema,
      demo: z.boolean(),
    }),
  ),
  'auth.login': method<SessionState>()(
    'public',
    z.object({ username: z.string().max(100), password: z.string().max(200) }),
  ),
  'auth.logout': method<SessionState>()('user', none),
  'auth.changePassword': method<null>()(
    'user',
    z.object({ currentPassword: z.string().max(200), newPassword: passwordSchema }),
  ),

  'users.list': method<User[]>()('admin', none),
  'users.create': method<User>()(
    'admin',
    z.object({
      username: usernameSchema,
      fullName: requiredText('Họ tên', 100),
      role: z.enum(ROLES, { error: 'Vai trò không hợp lệ.' }),
      password: passwordSchema,
    }),
  ),
  'users.update': method<User>()(
    'admin',
    z.object({
      id: z.number().int().positive(),
      fullName: requiredText('Họ tên', 100),
      role: z.enum(ROLES, { error: 'Vai trò không hợp lệ.' }),
      active: z.boolean(),
    }),
  ),
  'users.resetPassword': method<User>()(
    'admin',
    z.object({ id: z.number().int().positive(), password: passwordSchema }),
  ),

  'settings.get': method<OfficeSettings>()('user', none),
  'settings.update': method<OfficeSettings>()('admin', officeSettingsInputSchema),

  'units.list': method<Unit[]>()('user', z.object({ includeInactive: z.boolean().default(true) })),
  'units.page': method<UnitPage>()('user', unitPageSchema),
  'units.get': method<Unit>()('user', byId),
  'units.create': method<Unit>()('writer', unitFieldsSchema),
  'units.update': method<Unit>()(
    'writer',
    z.object({ id: z.number().int().positive(), version: z.number().int().min(1), fields: unitFieldsSchema }),
  ),
  'units.remove': method<{ id: number }>()('writer', byId),
  /** Units of the kind whose name folds to the same key (case, diacritics, spaces and punctuation aside). */
  'units.sameName': method<{ id: number; name: string }[]>()(
    'user',
    z
      .object({
        kind: unitKindSchema,
        name: freeText('Tên đơn vị', 400),
        excludeId: z.number().int().positive().optional(),
      })
      .strict(),
  ),
  'units.exportXlsx': method<{ fileName: string; count: number } | null>()('user', unitFilterSchema),

  'unitImport.pickFile': method<{ token: string; fileName: string } | null>()('writer', none),
  'unitImport.analyze': method<ImportAnalysis>()('writer', importMappingSchema),
  'unitImport.commit': method<{ batch: ImportBatch; created: number; skipped: number; errorRows: number[] }>()(
    'writer',
    importMappingSchema.extend({ skipErrors: z.boolean().optional() }),
  ),
  'unitImport.batches': method<ImportBatch[]>()('user', none),
  'unitImport.undo': method<ImportBatch>()('writer', byId),

  'campaigns.get': method<Campaign | null>()('user', z.object({ year: yearSchema })),
  'campaigns.open': method<Campaign>()('writer', z.object({ year: yearSchema })),
  'campaigns.update': method<Campaign>()(
    'admin',
    z.object({ year: yearSchema, criteriaSetId: z.number().int().positive(), windows: z.array(windowSchema).max(5) }),
  ),
  'criteria.sets': method<CriteriaSet[]>()('user', none),
  'criteria.createVersion': method<CriteriaSet>()(
    'admin',
    z.object({
      baseSetId: z.number().int().positive(),
      note: freeText('Ghi chú phiên bản', 2000, true).nullable(),
      criteria: z.array(criterionInputSchema).min(1).max(200),
    }),
  ),

  'round.rows': method<RoundRow[]>()(
    'user',
    z.object({ year: yearSchema, unitIds: z.array(z.number().int().positive()).max(5000).optional() }),
  ),
  'round.page': method<RoundPage>()(
    'user',
    roundFilterSchema.extend({
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(1000),
    }),
  ),
  /** Every unit id matching the grid's filter, e.g. to register all of them at once. */
  'round.ids': method<number[]>()('user', roundFilterSchema),
  /** The grid's rows (same filters and order) as an .xlsx where the user chooses; null when cancelled. */
  'round.exportXlsx': method<{ fileName: string; count: number } | null>()('user', roundFilterSchema),
  'round.overview': method<RoundOverview>()('user', z.object({ year: yearSchema })),
  'registrations.save': method<Registration>()('writer', registrationSchema),
  'registrations.bulk': method<{ registered: number; alreadyRegistered: number }>()(
    'writer',
    z.object({
      year: yearSchema,
      unitIds: z.array(z.number().int().positive()).min(1).max(200_000),
      registeredOn: isoDateSchema('Ngày đăng ký'),
      allHouseholds: z.boolean(),
    }),
  ),
  'registrations.remove': method<null>()('writer', z.object({ year: yearSchema, unitId: z.number().int().positive() })),

  'dossiers.open': method<DossierDetail>()(
    'writer',
    z.object({ year: yearSchema, unitId: z.number().int().positive() }),
  ),
  'dossiers.detail': method<DossierDetail>()('user', z.object({ dossierId: z.number().int().positive() })),
  'dossiers.receive': method<DossierDetail>()(
    'writer',
    z.object({ year: yearSchema, unitId: z.number().int().positive(), receivedOn: isoDateSchema('Ngày nhận') }),
  ),
  'dossiers.setStatus': method<DossierDetail>()(
    'writer',
    z.object({
      dossierId: z.number().int().positive(),
      status: dossierStatusSchema,
      reason: freeText('Lý do', 2000, true).nullable(),
    }),
  ),
  'appraisal.save': method<DossierDetail>()('writer', appraisalSchema),

  'dossierComponents.list': method<DossierComponentSetting[]>()('user', none),
  'dossierComponents.save': method<DossierComponentSetting[]>()(
    'admin',
    z.object({
      components: z
        .array(
          z.object({
            code: z.string().max(40).nullable(),
            label: requiredText('Tên thành phần hồ sơ', 120),
            required: z.boolean(),
            active: z.boolean(),
            requiredKinds: z.array(unitKindSchema).max(5).optional(),
            partyOrganisationOnly: z.boolean().optional(),
          }),
        )
        .min(1)
        .max(40),
    }),
  ),
  'dossierFiles.pickFolder': method<{ token: string; folderName: string } | null>()('writer', none),
  'dossierFiles.preview': method<FolderProposal[]>()(
    'writer',
    z.object({ token: z.string().min(1).max(100), year: yearSchema }),
  ),
  'dossierFiles.attach': method<AttachResult>()(
    'writer',
    z.object({ token: z.string().min(1).max(100), year: yearSchema, assignments: z.array(assignmentSchema).max(5000) }),
  ),
  'dossierFiles.setComponent': method<DossierDetail>()(
    'writer',
    z.object({ fileId: z.number().int().positive(), componentCode: z.string().max(40).nullable() }),
  ),
  'dossierFiles.open': method<null>()('user', z.object({ fileId: z.number().int().positive() })),
  /** Asks for one file and adds it to the dossier (under a component or none); null when the user cancels. */
  'dossierFiles.add': method<DossierDetail | null>()(
    'writer',
    z.object({ dossierId: z.number().int().positive(), componentCode: z.string().max(40).nullable() }).strict(),
  ),
  /** Adds a file dropped on the dossier page: its name and its bytes as base64 (no path leaves the renderer). */
  'dossierFiles.addDropped': method<DossierDetail>()(
    'writer',
    z
      .object({
        dossierId: z.number().int().positive(),
        componentCode: z.string().max(40).nullable(),
        fileName: requiredText('Tên tệp', 255),
        contentBase64: z
          .string()
          .max(MAX_DROPPED_BASE64, { error: 'Tệp kéo thả quá lớn; hãy dùng nút "Thêm tệp".' })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Nội dung tệp không hợp lệ.' }),
      })
      .strict(),
  ),
  /** Removes a file from its dossier; it can be put back until the next backup has kept it. */
  'dossierFiles.remove': method<DossierDetail>()(
    'writer',
    z.object({ fileId: z.number().int().positive(), reason: freeText('Lý do', 500).nullable() }).strict(),
  ),
  'dossierFiles.restore': method<DossierDetail>()(
    'writer',
    z.object({ removedId: z.number().int().positive() }).strict(),
  ),
  /** Moves a file to another unit's dossier of the same round (or another component); returns the source dossier. */
  'dossierFiles.move': method<DossierDetail>()(
    'writer',
    z
      .object({
        fileId: z.number().int().positive(),
        unitId: z.number().int().positive(),
        componentCode: z.string().max(40).nullable(),
      })
      .strict(),
  ),

  /** Clears the demo's sample data (units, rounds, decisions, files) to start for real; accounts and settings stay. */
  'demo.clear': method<SessionState>()('admin', none),

  'decisions.list': method<Decision[]>()('user', z.object({ year: yearSchema })),
  'decisions.get': method<Decision>()('user', byId),
  /** The year's decisions as an .xlsx where the user chooses; null when cancelled. */
  'decisions.exportXlsx': method<{ fileName: string; count: number } | null>()('user', z.object({ year: yearSchema })),
  'decisions.create': method<Decision>()(
    'writer',
    z.object({ year: yearSchema, unitIds: z.array(z.number().int().positive()).min(1).max(100_000) }),
  ),
  'decisions.submit': method<Decision>()('writer', byId),
  /** A draft decision revoking a signed one; signing it returns the units to their earlier status. */
  'decisions.revoke': method<Decision>()('writer', byId),
  /** Records the signing with the number the văn thư gave (refused when already used that year). */
  'decisions.sign': method<Decision>()('writer', z.object(signing).strict()),
  /** The register's next free number for a decision signed in `year`: what the signing dialog suggests. */
  'decisions.nextNumber': method<number>()('writer', z.object({ id: z.number().int().positive(), year: yearSchema })),
  /** Corrects a signing before issue; a changed number is left void in the register. */
  'decisions.correctSigning': method<Decision>()(
    'writer',
    z.object({ ...signing, reason: requiredText('Lý do', 500) }).strict(),
  ),
  /** Cancels a signing before issue: back to "submitted", the number void, the units back to their status. */
  'decisions.cancelSigning': method<Decision>()(
    'writer',
    z.object({ id: z.number().int().positive(), reason: requiredText('Lý do', 500) }).strict(),
  ),
  /** The year's document register: numbers given and numbers voided. */
  'decisions.register': method<RegisterEntry[]>()('user', z.object({ year: yearSchema }).strict()),
  'decisions.issue': method<Decision>()('writer', byId),
  'decisions.openFile': method<null>()('user', byId),
  /** Asks where to save a copy of an issued file; the token names the chosen place (the path stays in main). */
  'decisions.pickCopyTarget': method<{ token: string; fileName: string } | null>()('user', byId),
  /** Saves a copy of an issued file where the user chose, checked against the hash recorded at issue. */
  'decisions.saveFileCopy': method<{ fileName: string }>()(
    'user',
    z.object({ id: z.number().int().positive(), token: z.string().min(1).max(100) }).strict(),
  ),
  'decisions.verifyFile': method<(Verification & { fileName: string }) | null>()('user', none),
  /** The document model the .docx is rendered from; the preview and the print view draw the same model. */
  'decisions.model': method<DecisionModel>()('user', byId),
  'decisions.update': method<Decision>()(
    'writer',
    z
      .object({
        id: z.number().int().positive(),
        subject: docLine.optional(),
        listTitle: docLine.optional(),
        bases: docLines.optional(),
        articles: docLines.optional(),
        recipients: docLines.optional(),
        unitIds: z.array(z.number().int().positive()).max(100_000).optional(),
      })
      .strict(),
  ),
  'decisions.delete': method<null>()('writer', byId),
  /** Back from "submitted for signature" to a draft. */
  'decisions.withdraw': method<Decision>()('writer', byId),
  /** Asks for the signed scan (PDF) and attaches it; null when the user cancels. */
  'decisions.attachScan': method<Decision | null>()('writer', byId),
  'decisions.openScan': method<null>()('user', byId),
  /** Writes the tờ trình for a decision's units where the user chooses; a draft then cites its number and date. */
  'decisions.proposal': method<{ fileName: string; decision: Decision } | null>()(
    'writer',
    z
      .object({
        id: z.number().int().positive(),
        number: z.number().int().min(1).max(99_999).nullable(),
        date: isoDateSchema('Ngày tờ trình').nullable(),
        signerName: freeText('Người ký tờ trình', 100).trim(),
      })
      .strict(),
  ),
  'decisions.template': method<{ template: DecisionTemplate; isDefault: boolean }>()('user', none),
  /** Saves the office's decision template; null restores the shipped one. */
  'decisions.saveTemplate': method<{ template: DecisionTemplate; isDefault: boolean }>()(
    'admin',
    z.object({ template: decisionTemplateSchema.nullable() }).strict(),
  ),
  'decisions.yearBases': method<string[]>()('user', z.object({ year: yearSchema }).strict()),
  'decisions.saveYearBases': method<string[]>()('writer', z.object({ year: yearSchema, bases: docLines }).strict()),

  'incidents.list': method<Incident[]>()('user', z.object({ year: yearSchema.optional() })),
  'incidents.create': method<Incident>()('writer', incidentSchema),
  'incidents.remove': method<null>()('writer', byId),

  /**
   * Long operations run as jobs: poll for progress, ask to cancel, signed in. jobs.get passes the gate signed out
   * only so that a restore, which signs the session out, can still tell its window how it ended: the handler answers
   * a signed-out caller for that one job and refuses every other (see electron/core/api/jobs.ts).
   */
  'jobs.get': method<JobStatus>()('public', z.object({ id: z.string().min(1).max(100) }).strict()),
  'jobs.cancel': method<JobStatus>()('user', z.object({ id: z.string().min(1).max(100) }).strict()),

  'backup.list': method<BackupListing>()('admin', none),
  'backup.saveConfig': method<BackupListing>()('admin', backupConfigSchema.strict()),
  /** Into the automatic backups folder, or (chooseFile) where the user picks; the job's result is BackupCreated. */
  'backup.create': method<JobStarted<BackupCreated> | null>()('admin', z.object({ chooseFile: z.boolean() }).strict()),
  /** Verifies a backup (an automatic one by name, or a file the user picks); the job's result is BackupInspection. */
  'backup.inspect': method<(JobStarted<BackupInspection> & { token: string; fileName: string }) | null>()(
    'admin',
    z.object({ name: z.string().min(1).max(100).optional() }).strict(),
  ),
  /** Replaces all data with an inspected backup, keeping the current data as a backup first; signs everyone out. */
  'backup.restore': method<JobStarted<RestoreResult>>()(
    'admin',
    z.object({ token: z.string().min(1).max(100) }).strict(),
  ),
  'backup.check': method<JobStarted<DataCheckReport>>()('admin', none),

  /** Packages imported (provenance) and the offices they came from. */
  'exchange.overview': method<ExchangeOverview>()('user', none),
  /** One sending office's received dossiers of a year (its latest by default) and its received decisions. */
  'exchange.received': method<ReceivedData>()(
    'user',
    z.object({ officeId: z.number().int().positive(), year: yearSchema.optional() }).strict(),
  ),
  'exchange.openReceivedFile': method<null>()(
    'user',
    z
      .object({
        owner: z.enum(['dossier', 'decision']),
        id: z.number().int().positive(),
        position: z.number().int().min(0).max(100_000),
      })
      .strict(),
  ),
  /** Writes a package (this office's year, or its criteria) where the user picks; null when the dialog is cancelled. */
  'exchange.export': method<JobStarted<ExportDone> | null>()(
    'writer',
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('commune-year'), year: yearSchema }).strict(),
      // From an office above: its criteria sets and decision template, for the offices below.
      z.object({ kind: z.literal('criteria') }).strict(),
    ]),
  ),
  /** Picks a package and checks it completely, writing nothing; the job's result is the preview. */
  'exchange.preview': method<(JobStarted<ImportPreview> & { token: string; fileName: string }) | null>()(
    'writer',
    none,
  ),
  /** Imports a previewed package (checked again, since the stick may have changed), with the user's choices. */
  'exchange.apply': method<JobStarted<ImportResult>>()(
    'writer',
    z
      .object({
        token: z.string().min(1).max(100),
        onConflict: z.enum(['keep', 'take']),
        choices: z
          .record(z.string().min(1).max(300), z.enum(['keep', 'take']))
          .refine((c) => Object.keys(c).length <= 100_000, 'Quá nhiều lựa chọn.'),
      })
      .strict(),
  ),
  /** The models registry (Hướng dẫn 22/HD-BCA-V05): lists, lifecycle, points and teams, yearly review, counts. */
  'models.lists': method<ModelLists>()('user', none),
  'models.saveLists': method<ModelLists>()('admin', modelListsSchema),
  'models.list': method<ModelSummary[]>()('user', none),
  'models.get': method<ModelDetail>()('user', byId),
  'models.create': method<ModelDetail>()('writer', modelFieldsSchema),
  'models.update': method<ModelDetail>()(
    'writer',
    z.object({ id: z.number().int().positive(), version: z.number().int().min(1), fields: modelFieldsSchema }),
  ),
  /** One lifecycle step (thành lập, ra mắt, sơ kết, tổng kết, thanh loại); replication happens by adding a point. */
  'models.act': method<ModelDetail>()('writer', z.object({ id: z.number().int().positive(), step: modelActionSchema })),
  /** Retires a model and registers its replacement in one step. */
  'models.retireAndReplace': method<{ retired: ModelDetail; replacement: ModelDetail }>()(
    'writer',
    z
      .object({
        id: z.number().int().positive(),
        onDate: isoDateSchema('Ngày thanh loại'),
        reason: requiredText('Lý do thanh loại', 2000),
        replacement: modelFieldsSchema,
      })
      .strict(),
  ),
  'models.addPoint': method<ModelDetail>()('writer', pointSchema),
  'models.endPoint': method<ModelDetail>()(
    'writer',
    z.object({ pointId: z.number().int().positive(), endedOn: isoDateSchema('Ngày kết thúc') }).strict(),
  ),
  'models.addTeam': method<ModelDetail>()('writer', teamSchema),
  'models.removeTeam': method<ModelDetail>()('writer', byId),
  'models.reviewSheet': method<ReviewSheet>()('user', z.object({ year: yearSchema }).strict()),
  'models.review': method<ModelDetail>()('writer', reviewSchema),
  'models.addExemplar': method<ModelDetail>()('writer', exemplarSchema),
  'models.counts': method<ModelCounts>()('user', z.object({ year: yearSchema }).strict()),
  /** Asks for a document (survey, proposal, decision scan) and keeps it in the file store; null when cancelled. */
  'models.attachFile': method<ModelDetail | null>()('writer', byId),
  'models.openFile': method<null>()('user', z.object({ fileId: z.number().int().positive() }).strict()),

  /** Grassroots security teams per residential area, and their yearly rating by the commune chair. */
  'securityTeams.list': method<SecurityTeam[]>()('user', none),
  'securityTeams.create': method<SecurityTeam>()('writer', securityTeamSchema),
  'securityTeams.update': method<SecurityTeam>()(
    'writer',
    z.object({ id: z.number().int().positive(), fields: securityTeamSchema }).strict(),
  ),
  'securityTeams.ratingSheet': method<TeamRatingSheet>()('user', z.object({ year: yearSchema }).strict()),
  'securityTeams.rate': method<TeamRatingSheet>()('writer', teamRatingsSchema),
  /** The chair's rating decision with the list (.docx, a draft to sign) where the user chooses; null when cancelled. */
  'securityTeams.decisionDocx': method<{ fileName: string } | null>()(
    'writer',
    z.object({ year: yearSchema }).strict(),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Exclude<Contract[M]['result'], undefined>;
