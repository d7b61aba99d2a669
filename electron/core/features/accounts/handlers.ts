import type { SessionState } from '#shared/api/types.ts';
import { serviceContext, type AppContext, type PartialHandlerTable } from '../../api/types.ts';
import { DomainError } from '../../errors.ts';
import { seedDemo } from '../demo/service.ts';
import { findSettings, saveSettings } from '../settings/service.ts';
import { changePassword, createUser, hasAdmin, listUsers, login, resetPassword, updateUser } from './service.ts';

export async function sessionState(app: AppContext): Promise<SessionState> {
  const db = app.store.db;
  const office = await findSettings(db);
  return {
    initialized: office !== null && (await hasAdmin(db)),
    user: app.session.user,
    office,
    dataDir: app.store.dataDir,
  };
}

export const accountHandlers: PartialHandlerTable = {
  'session.state': async (_input, app) => sessionState(app),

  'setup.initialize': async (input, app) => {
    const ctx = { ...serviceContext(app), actor: input.admin.username };
    const user = await app.store.db.transaction().execute(async (trx) => {
      if (await hasAdmin(trx)) {
        throw new DomainError('conflict', 'Ứng dụng đã được thiết lập. Hãy đăng nhập bằng tài khoản quản trị.');
      }
      await saveSettings(trx, ctx, input.office);
      return createUser(trx, ctx, { ...input.admin, role: 'admin' });
    });
    if (input.demo) await seedDemo(ctx, ctx.now().getFullYear());
    app.session.user = user;
    return sessionState(app);
  },

  'auth.login': async (input, app) => {
    app.session.user = await login(serviceContext(app), input.username, input.password);
    return sessionState(app);
  },

  'auth.logout': async (_input, app) => {
    app.session.user = null;
    return sessionState(app);
  },

  'auth.changePassword': async (input, app) => {
    await changePassword(serviceContext(app), app.session.user!.id, input.currentPassword, input.newPassword);
    return null;
  },

  'users.list': async (_input, app) => listUsers(serviceContext(app)),

  'users.create': async (input, app) => {
    const ctx = serviceContext(app);
    return app.store.db.transaction().execute((trx) => createUser(trx, ctx, input));
  },

  'users.update': async (input, app) => {
    const user = await updateUser(serviceContext(app), input);
    if (app.session.user?.id === user.id) app.session.user = user;
    return user;
  },

  'users.resetPassword': async (input, app) => resetPassword(serviceContext(app), input.id, input.password),
};
