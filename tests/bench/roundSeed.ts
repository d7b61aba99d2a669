// Five years of rounds over a registry: campaigns, registrations, dossiers with appraisal results and statuses,
// written with raw prepared statements in one transaction so seeding stays quick at 100,000 units x 5 years.
import type BetterSqlite3 from 'better-sqlite3';
import { defaultWindow } from '#shared/domain/round.ts';
import { UNIT_KINDS } from '#shared/domain/units.ts';

const AT = '2025-11-05T08:30:00.000Z';
const ACTOR = 'bench';
const STATUSES = ['chua_nop', 'da_nhan', 'da_tham_dinh', 'de_nghi', 'khong_de_nghi', 'da_cong_nhan'] as const;

/** Registers ~90% of units each year; ~75% of those hand in a dossier in some status. Returns dossiers written. */
export function seedRounds(sqlite: BetterSqlite3.Database, years: number[]): number {
  const units = sqlite.prepare('SELECT id FROM units ORDER BY id').pluck().all() as number[];
  const setId = sqlite.prepare('SELECT id FROM criteria_sets ORDER BY id LIMIT 1').pluck().get() as number;
  const campaign = sqlite.prepare(
    'INSERT INTO campaigns (year, criteria_set_id, note, created_at, created_by, updated_at, updated_by) VALUES (?, ?, NULL, ?, ?, ?, ?)',
  );
  const window = sqlite.prepare(
    'INSERT INTO campaign_windows (campaign_id, kind, window_from, window_to, registration_deadline, dossier_deadline, decision_deadline) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const registration = sqlite.prepare(
    `INSERT INTO registrations (campaign_id, unit_id, registered_on, households_registered, households_total,
       created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, 100, 100, ?, ?, ?, ?)`,
  );
  const dossier = sqlite.prepare(
    `INSERT INTO dossiers (campaign_id, unit_id, status, received_on, received_by, computed_result,
       created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let dossiers = 0;
  sqlite.transaction(() => {
    for (const year of years) {
      const campaignId = Number(campaign.run(year, setId, AT, ACTOR, AT, ACTOR).lastInsertRowid);
      for (const kind of UNIT_KINDS) {
        const w = defaultWindow(kind, year);
        window.run(
          campaignId,
          kind,
          w.windowFrom,
          w.windowTo,
          w.registrationDeadline,
          w.dossierDeadline,
          w.decisionDeadline,
        );
      }
      for (const [i, unitId] of units.entries()) {
        if ((i + year) % 10 === 0) continue;
        registration.run(campaignId, unitId, `${year}-02-15`, AT, ACTOR, AT, ACTOR);
        if ((i + year) % 4 === 0) continue;
        const status = STATUSES[(i * 7 + year) % STATUSES.length]!;
        const received = status !== 'chua_nop';
        const result = ['da_tham_dinh', 'de_nghi', 'da_cong_nhan'].includes(status)
          ? 'dat'
          : status === 'khong_de_nghi'
            ? 'chua_dat'
            : null;
        dossier.run(
          campaignId,
          unitId,
          status,
          received ? `${year}-10-20` : null,
          received ? ACTOR : null,
          result,
          AT,
          ACTOR,
          AT,
          ACTOR,
        );
        dossiers++;
      }
    }
  })();
  return dossiers;
}
