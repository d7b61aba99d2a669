// The one contract between renderer and main: method name -> access level, input schema, result type.
import { z } from 'zod';
import { ROLES } from '../domain/accounts.ts';
import {
  importMappingSchema,
  officeSettingsInputSchema,
  passwordSchema,
  requiredText,
  unitFieldsSchema,
  usernameSchema,
} from './schemas.ts';
import type { ImportAnalysis, ImportBatch, OfficeSettings, SessionState, Unit, User } from './types.ts';

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
const byId = z.object({ id: z.number().int().positive() }).strict();

export const contract = {
  'session.state': method<SessionState>()('public', none),
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
  'units.get': method<Unit>()('user', byId),
  'units.create': method<Unit>()('writer', unitFieldsSchema),
  'units.update': method<Unit>()(
    'writer',
    z.object({ id: z.number().int().positive(), version: z.number().int().min(1), fields: unitFieldsSchema }),
  ),
  'units.remove': method<{ id: number }>()('writer', byId),
  'units.exportXlsx': method<{ fileName: string; count: number } | null>()(
    'user',
    z.object({ ids: z.array(z.number().int().positive()).max(1_000_000).optional() }),
  ),

  'unitImport.pickFile': method<{ token: string; fileName: string } | null>()('writer', none),
  'unitImport.analyze': method<ImportAnalysis>()('writer', importMappingSchema),
  'unitImport.commit': method<{ batch: ImportBatch; created: number; skipped: number }>()(
    'writer',
    importMappingSchema,
  ),
  'unitImport.batches': method<ImportBatch[]>()('user', none),
  'unitImport.undo': method<ImportBatch>()('writer', byId),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Exclude<Contract[M]['result'], undefined>;
