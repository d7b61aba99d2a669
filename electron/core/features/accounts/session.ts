import type { SessionState } from '#shared/api/types.ts';
import type { AppContext } from '../../api/types.ts';
import { findSettings } from '../settings/index.ts';
import { hasAdmin } from './service.ts';

/** What the renderer needs to pick its first screen: set up yet, who is signed in, and for which office. */
export async function sessionState(app: AppContext): Promise<SessionState> {
  const db = app.store.db;
  const office = await findSettings(db);
  return {
    initialized: office !== null && (await hasAdmin(db)),
    user: app.session.user,
    office,
    dataDir: app.store.dataDir,
    sampleData: (await db.selectFrom('office_settings').select('sample_data').executeTakeFirst())?.sample_data === 1,
  };
}
