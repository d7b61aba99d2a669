// Every unit's standing in a year, as typed arrays indexed by unit id. Aggregating 100,000 units this way takes a
// third of the time of a joined GROUP BY: three narrow index reads instead of 200,000 b-tree probes. The index, and
// the grid's name order, are built once per change of the data and reused by every block the grid asks for.
import type { CampaignWindow } from '#shared/api/roundTypes.ts';
import { DOSSIER_STATUSES, type RoundStatus } from '#shared/domain/round.ts';
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../context.ts';

/** Status codes: 0 = not registered, 1.. = DOSSIER_STATUSES in order ('chua_nop' = 1). */
export const STATUS_BY_CODE: readonly RoundStatus[] = ['chua_dang_ky', ...DOSSIER_STATUSES];

export interface StatusIndex {
  maxId: number;
  /** 0 = not in the round (inactive in its window, or received from a commune); otherwise 1 + index in UNIT_KINDS. */
  kindOf: Uint8Array;
  statusOf: Uint8Array;
  /**
   * 1 = out of recognition's scope: a unit of a kind Thông tư 124 leaves out (Điều 1 khoản 2) that the office has not
   * registered this year with a reason. It stays in the round's lists, but not in what the commune is measured on.
   */
  outOfScope: Uint8Array;
}

export function kindCode(kind: UnitKind): number {
  return UNIT_KINDS.indexOf(kind) + 1;
}

/** Ids as one comma-separated string per query: reading 100,000 ids this way costs a fraction of 100,000 rows. */
export async function idList(db: Db, query: RawBuilder<{ ids: string | null }>): Promise<number[]> {
  const { rows } = await query.execute(db);
  const text = rows[0]?.ids;
  return text ? text.split(',').map(Number) : [];
}

/**
 * Where the data stands as this connection sees it: its own writes move total_changes(), other connections' commits
 * move data_version. Equal stamps mean nothing was written in between (a rolled-back write only costs a rebuild).
 */
async function dataStamp(db: Db): Promise<string> {
  const { rows } = await sql<{ changes: number; version: number }>`
    SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version()) AS version`.execute(db);
  return `${rows[0]!.changes}:${rows[0]!.version}`;
}

const built = new WeakMap<Db, Map<string, { stamp: string; value: unknown }>>();
/** Keys kept per connection (the year's index, the name order, the grid's last filters); the oldest go first. */
const KEPT = 12;

/** `build()` once per change of the data, per connection and `key`; the last value of each key is kept. */
export async function oncePerChange<T>(db: Db, key: string, build: () => Promise<T>): Promise<T> {
  const stamp = await dataStamp(db);
  let values = built.get(db);
  if (!values) built.set(db, (values = new Map()));
  const hit = values.get(key);
  if (hit?.stamp === stamp) return hit.value as T;
  const value = await build();
  values.delete(key);
  values.set(key, { stamp, value });
  for (const old of values.keys()) {
    if (values.size <= KEPT) break;
    values.delete(old);
  }
  return value;
}

/** The status index of a year (treat as read-only: it is shared until the data changes). */
export function statusIndex(
  db: Db,
  campaignId: number | null,
  windows: readonly CampaignWindow[],
): Promise<StatusIndex> {
  return oncePerChange(db, `status ${campaignId} ${JSON.stringify(windows)}`, () =>
    buildStatusIndex(db, campaignId, windows),
  );
}

async function buildStatusIndex(
  db: Db,
  campaignId: number | null,
  windows: readonly CampaignWindow[],
): Promise<StatusIndex> {
  const max = await db
    .selectFrom('units')
    .select((eb) => eb.fn.max('id').as('m'))
    .executeTakeFirst();
  const maxId = Number(max?.m ?? 0);
  const kindOf = new Uint8Array(maxId + 1);
  for (const w of windows) {
    const code = kindCode(w.kind);
    const ids = await idList(
      db,
      sql`SELECT group_concat(id) AS ids FROM units WHERE kind = ${w.kind}
          AND (active_from IS NULL OR active_from <= ${w.windowTo}) AND (active_until IS NULL OR active_until >= ${w.windowFrom})`,
    );
    for (const id of ids) kindOf[id] = code;
  }
  // Units received from communes belong to their own rounds: a short walk of the source index takes them out.
  for (const id of await idList(
    db,
    sql`SELECT group_concat(id) AS ids FROM units WHERE source_office_id IS NOT NULL`,
  )) {
    kindOf[id] = 0;
  }
  const statusOf = new Uint8Array(maxId + 1);
  if (campaignId !== null) {
    const registered = new Uint8Array(maxId + 1);
    for (const id of await idList(
      db,
      sql`SELECT group_concat(unit_id) AS ids FROM registrations WHERE campaign_id = ${campaignId}`,
    )) {
      registered[id] = 1;
      statusOf[id] = 1;
    }
    for (const [i, status] of DOSSIER_STATUSES.entries()) {
      const code = i + 1;
      const ids = await idList(
        db,
        sql`SELECT group_concat(unit_id) AS ids FROM dossiers WHERE campaign_id = ${campaignId} AND status = ${status}`,
      );
      // A dossier opened for files before any registration still counts as not registered.
      for (const id of ids) statusOf[id] = !registered[id] && code === 1 ? 0 : code;
    }
  }
  // The law leaves these units out of recognition, so they are left out of the commune's criterion 4 too, unless
  // the office registered one anyway: registering an excluded unit needs a reason, so the reason is the office's
  // recorded choice to bring it into the movement, and a unit brought in is counted like any other (total,
  // registered, recognised), else the 70% could be met by units nobody is measured on. A unit flagged excluded after
  // a plain registration has no such choice on record and stays out. The partial index keeps this a short walk.
  const outOfScope = new Uint8Array(maxId + 1);
  for (const id of await idList(
    db,
    sql`SELECT group_concat(u.id) AS ids FROM units u WHERE u.excluded_kind IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.campaign_id = ${campaignId} AND r.unit_id = u.id
                        AND coalesce(trim(r.excluded_reason), '') <> '')`,
  )) {
    outOfScope[id] = 1;
  }
  return { maxId, kindOf, statusOf, outOfScope };
}

export interface StatusCount {
  kind: UnitKind;
  status: RoundStatus;
  /** Units out of recognition's scope (see StatusIndex.outOfScope) are counted apart. */
  outOfScope: boolean;
  n: number;
}

/** Counts per kind, status and scope of the units in the round. */
export function countStatuses(index: StatusIndex): StatusCount[] {
  const S = STATUS_BY_CODE.length;
  const counts = new Uint32Array(UNIT_KINDS.length * S * 2);
  for (let id = 1; id <= index.maxId; id++) {
    const k = index.kindOf[id]!;
    if (k) counts[((k - 1) * S + index.statusOf[id]!) * 2 + index.outOfScope[id]!]!++;
  }
  const rows: StatusCount[] = [];
  UNIT_KINDS.forEach((kind, k) =>
    STATUS_BY_CODE.forEach((status, s) => {
      for (const out of [0, 1]) {
        const n = counts[(k * S + s) * 2 + out]!;
        if (n) rows.push({ kind, status, outOfScope: out === 1, n });
      }
    }),
  );
  return rows;
}
