// Reading decisions: one decision or a whole year's list, in the same five set-based queries either way (the
// decisions, then their lines, units, issued files and scans for all of them at once).
import type { Decision } from '#shared/api/decisionTypes.ts';
import type { Db } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { toDecision, type DecisionParts } from './mapper.ts';

type Scope = { id: number } | { year: number };

/** The ids of the decisions in scope, as a subquery for the queries of their parts. */
function idsIn(db: Db, scope: Scope) {
  const q = db.selectFrom('decisions as d').innerJoin('campaigns as c', 'c.id', 'd.campaign_id').select('d.id');
  return 'id' in scope ? q.where('d.id', '=', scope.id) : q.where('c.year', '=', scope.year);
}

/** Rows grouped by decision, each group keeping the order of the rows. */
function byDecision<T extends { decision_id: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.decision_id);
    if (group) group.push(row);
    else groups.set(row.decision_id, [row]);
  }
  return groups;
}

async function readDecisions(db: Db, scope: Scope): Promise<Decision[]> {
  const heads = await db
    .selectFrom('decisions as d')
    .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
    .selectAll('d')
    .select((eb) => [
      'c.year',
      eb.selectFrom('decisions as r').select('r.id').whereRef('r.revokes_id', '=', 'd.id').limit(1).as('revoked_by_id'),
    ])
    .where('d.id', 'in', idsIn(db, scope))
    .orderBy('d.id', 'desc')
    .execute();
  if (heads.length === 0) return [];
  const lines = await db
    .selectFrom('decision_lines')
    .select(['decision_id', 'section', 'text'])
    .where('decision_id', 'in', idsIn(db, scope))
    .orderBy('position')
    .execute();
  const units = await db
    .selectFrom('decision_units as du')
    .innerJoin('units as u', 'u.id', 'du.unit_id')
    .select(['du.decision_id', 'du.unit_id', 'du.unit_name', 'du.parent_name', 'u.kind'])
    .where('du.decision_id', 'in', idsIn(db, scope))
    .orderBy('du.position')
    .execute();
  const files = await db
    .selectFrom('issued_files')
    .select(['decision_id', 'id', 'file_kind', 'file_name', 'sha256', 'size'])
    .where('decision_id', 'in', idsIn(db, scope))
    .orderBy('id')
    .execute();
  const scans = await db
    .selectFrom('decision_scans as s')
    .innerJoin('attachments as a', 'a.id', 's.attachment_id')
    .leftJoin('users as us', 'us.username', 's.created_by')
    .selectAll('s')
    .select(['us.full_name', 'a.sha256', 'a.size'])
    .where('s.decision_id', 'in', idsIn(db, scope))
    .orderBy('s.id')
    .execute();
  const parts = {
    lines: byDecision(lines),
    units: byDecision(units),
    files: byDecision(files),
    scans: byDecision(scans),
  };
  return heads.map((d) => {
    const of: DecisionParts = {
      lines: parts.lines.get(d.id) ?? [],
      units: parts.units.get(d.id) ?? [],
      files: parts.files.get(d.id) ?? [],
      scans: parts.scans.get(d.id) ?? [],
    };
    return toDecision(d, of);
  });
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
