// What every service call receives: the open data store, who is acting, and the clock.
import type { Kysely, Transaction } from 'kysely';
import type { DataStore } from './db/open.ts';
import type { Database } from './db/schema.ts';

export interface ServiceContext {
  store: DataStore;
  /** Recorded on every write: the signed-in username, or "cli:<os user>" for the command line. */
  actor: string;
  now: () => Date;
}

export type Db = Kysely<Database> | Transaction<Database>;

export function nowIso(ctx: Pick<ServiceContext, 'now'>): string {
  return ctx.now().toISOString();
}

export async function recordAudit(
  db: Db,
  ctx: ServiceContext,
  action: string,
  entity: string,
  entityId: number | null,
  summary: string,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ at: nowIso(ctx), actor: ctx.actor, action, entity, entity_id: entityId, summary })
    .execute();
}

/** Fields stamped on every insert. */
export function created(ctx: ServiceContext) {
  const at = nowIso(ctx);
  return { created_at: at, created_by: ctx.actor, updated_at: at, updated_by: ctx.actor };
}

/** Fields stamped on every update. */
export function updated(ctx: ServiceContext) {
  return { updated_at: nowIso(ctx), updated_by: ctx.actor };
}
