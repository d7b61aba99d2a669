// Which units take part in a year's round, and their status, in one query shared by the grid and the figures.
import { sql, type RawBuilder } from 'kysely';
import type { CampaignWindow } from '#shared/api/roundTypes.ts';

/**
 * Rows of the round: this office's own units active at some point in their kind's evaluation window, with their registration,
 * dossier and derived status. Windows are passed in, so a year with no campaign yet still has its figures.
 * Used as a subquery so the grid and the aggregates agree.
 */
export function roundScopeSql(campaignId: number | null, windows: readonly CampaignWindow[]): RawBuilder<unknown> {
  const values = sql.join(windows.map((w) => sql`(${w.kind}, ${w.windowFrom}, ${w.windowTo})`));
  const campaign = campaignId ?? -1;
  return sql`
    WITH w(kind, window_from, window_to) AS (VALUES ${values})
    SELECT u.id AS unit_id, u.kind, u.name, u.sort_key, u.subtype, u.parent_id, u.households,
           r.id AS registration_id, d.id AS dossier_id,
           -- A dossier opened for files before any registration still counts as not registered.
           CASE WHEN r.id IS NULL AND (d.id IS NULL OR d.status = 'chua_nop') THEN 'chua_dang_ky'
                WHEN d.id IS NULL THEN 'chua_nop' ELSE d.status END AS status,
           coalesce(d.result_override, d.computed_result) AS result
    FROM units u
    JOIN w ON w.kind = u.kind
    LEFT JOIN registrations r ON r.campaign_id = ${campaign} AND r.unit_id = u.id
    LEFT JOIN dossiers d ON d.campaign_id = ${campaign} AND d.unit_id = u.id
    -- Units received from communes belong to their own rounds, which arrive as received dossiers.
    WHERE u.source_office_id IS NULL
      AND (u.active_from IS NULL OR u.active_from <= w.window_to)
      AND (u.active_until IS NULL OR u.active_until >= w.window_from)`;
}
