import { forgetSignedOutJobs } from '../../api/jobs.ts';
import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { addUser, changePassword, listUsers, login, resetPassword, updateUser } from './service.ts';
import { sessionState } from './session.ts';

export const accountHandlers: PartialHandlerTable = {
  'session.state': async (_input, app) => sessionState(app),

  'auth.login': async (input, app) => {
    app.session.user = await login(serviceContext(app), input.username, input.password);
    forgetSignedOutJobs(app);
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

  'users.create': async (input, app) => addUser(serviceContext(app), input),

  'users.update': async (input, app) => {
    const user = await updateUser(serviceContext(app), input);
    if (app.session.user?.id === user.id) app.session.user = user;
    return user;
  },

  'users.resetPassword': async (input, app) => resetPassword(serviceContext(app), input.id, input.password),
};
