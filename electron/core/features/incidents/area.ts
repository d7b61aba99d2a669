// Whose incidents count for a unit: its own; for a commune, its own and those of every residential area it manages.
import { sql } from 'kysely';
import type { Db } from '../../context.ts';

/**
 * The commune and the residential areas under it: through "Thuộc" (parent) links, also via communes merged into
 * it. Where this office holds one commune only, residential areas with no parent recorded are its own too.
 */
export async function communeAreaUnitIds(db: Db, communeId: number): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    WITH RECURSIVE area(id) AS (
      SELECT ${communeId}
      UNION
      SELECT u.id FROM units u JOIN area a
        ON u.parent_id = a.id OR (u.merged_into_id = a.id AND u.kind = 'xa_phuong')
    ),
    commune AS (SELECT source_office_id AS office, merged_into_id IS NULL AS current FROM units WHERE id = ${communeId}),
    sole AS (
      SELECT count(*) = 1 AS yes FROM units u, commune c
      WHERE u.kind = 'xa_phuong' AND u.merged_into_id IS NULL AND u.source_office_id IS c.office
    )
    SELECT u.id FROM units u, commune c, sole s
    WHERE u.id = ${communeId}
       OR (u.kind = 'khu_dan_cu' AND u.source_office_id IS c.office
           AND (u.id IN (SELECT id FROM area) OR (u.parent_id IS NULL AND s.yes AND c.current)))
    ORDER BY u.id`.execute(db);
  return rows.rows.map((r) => r.id);
}
