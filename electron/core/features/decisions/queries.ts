// Reading decisions: one decision or a whole year's list in one query. Each decision row carries its lines, units,
// issued files and scans as JSON lists, each in its own order, so a list costs the same single statement.
import type { Decision } from '#shared/api/decisionTypes.ts';
import type { Db } from '../../context.ts';
import { jsonList, parseJsonList } from '../../db/jsonList.ts';
import { notFound } from '../../errors.ts';
import { toDecision } from './mapper.ts';

type Scope = { id: number } | { year: number };

function decisionsQuery(db: Db, scope: Scope) {
  const q = db
    .selectFrom('decisions as d')
    .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
    .selectAll('d')
    .select((eb) => [
      'c.year',
      eb.selectFrom('decisions as r').select('r.id').whereRef('r.revokes_id', '=', 'd.id').limit(1).as('revoked_by_id'),
      jsonList(
        eb
          .selectFrom('decision_lines as l')
          .select(['l.section', 'l.text'])
          .whereRef('l.decision_id', '=', 'd.id')
          .orderBy('l.position'),
      ).as('lines'),
      jsonList(
        eb
          .selectFrom('decision_units as du')
          .innerJoin('units as u', 'u.id', 'du.unit_id')
          .select(['du.unit_id', 'du.unit_name', 'du.parent_name', 'u.kind'])
          .whereRef('du.decision_id', '=', 'd.id')
          .orderBy('du.position'),
      ).as('units'),
      jsonList(
        eb
          .selectFrom('issued_files as f')
          .select(['f.id', 'f.file_kind', 'f.file_name', 'f.sha256', 'f.size'])
          .whereRef('f.decision_id', '=', 'd.id')
          .orderBy('f.id'),
      ).as('files'),
      jsonList(
        eb
          .selectFrom('decision_scans as s')
          .innerJoin('attachments as a', 'a.id', 's.attachment_id')
          .leftJoin('users as us', 'us.username', 's.created_by')
          .select(['s.id', 's.file_name', 's.created_at', 's.created_by', 'us.full_name', 'a.sha256', 'a.size'])
          .whereRef('s.decision_id', '=', 'd.id')
          .orderBy('s.id'),
      ).as('scans'),
    ])
    .orderBy('d.id', 'desc');
  return 'id' in scope ? q.where('d.id', '=', scope.id) : q.where('c.year', '=', scope.year);
}

async function readDecisions(db: Db, scope: Scope): Promise<Decision[]> {
  const rows = await decisionsQuery(db, scope).execute();
  return rows.map(({ lines, units, files, scans, ...head }) =>
    toDecision(head, {
      lines: parseJsonList(lines),
      units: parseJsonList(units),
      files: parseJsonList(files),
      scans: parseJsonList(scans),
    }),
  );
}

export async function getDecision(db: Db, id: number): Promise<Decision> {
  const [d] = await readDecisions(db, { id });
  if (!d) throw notFound('quyết định');
  return d;
}

/** A year's decisions, newest first. */
export async function listDecisions(db: Db, year: number): Promise<Decision[]> {
  return readDecisions(db, { year });
}
