// First start: the office's settings and its first administrator, optionally with demonstration data.
import type { User } from '#shared/api/types.ts';
import type { ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { createUser, hasAdmin, type NewUser } from '../accounts/index.ts';
import { markSampleData, seedDemo } from '../demo/index.ts';
import { saveSettings, type OfficeSettingsInput } from '../settings/index.ts';

export interface SetupInput {
  admin: Omit<NewUser, 'role'>;
  office: OfficeSettingsInput;
  demo: boolean;
}

/** Sets the office up once; refused when an administrator already exists. Returns the administrator. */
export async function initializeOffice(ctx: ServiceContext, input: SetupInput): Promise<User> {
  const user = await ctx.store.db.transaction().execute(async (trx) => {
    if (await hasAdmin(trx)) {
      throw new DomainError('conflict', 'Ứng dụng đã được thiết lập. Hãy đăng nhập bằng tài khoản quản trị.');
    }
    await saveSettings(trx, ctx, input.office);
    return createUser(trx, ctx, { ...input.admin, role: 'admin' });
  });
  if (input.demo) {
    await seedDemo(ctx, ctx.now().getFullYear());
    await markSampleData(ctx);
  }
  return user;
}
