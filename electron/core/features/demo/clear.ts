// Clearing the demo's sample data to start for real: every unit, round, decision, incident and file goes; the
// accounts, the office settings, the criteria sets and the audit log (append-only) stay. One transaction; the
// database's guards on signed decisions are lifted for it and put back exactly as they were.
import fs from 'node:fs';
import path from 'node:path';
import { nowIso, type ServiceContext } from '../../context.ts';
import { ISSUED_DIR } from '../../db/open.ts';
import { DomainError } from '../../errors.ts';
import { purgeAfterBackup } from '../../attachments/cleanup.ts';

/** Children before parents, so foreign keys hold at every step. */
const CLEARED = [
  'voided_numbers',
  'decision_scans',
  'issued_files',
  'decision_lines',
  'decision_units',
  'decisions',
  'document_register',
  'removed_dossier_files',
  'dossier_files',
  'appraisal_items',
  'dossier_status_history',
  'dossiers',
  'registrations',
  'campaign_windows',
  'campaigns',
  'security_team_ratings',
  'security_team_members',
  'security_teams',
  'exemplars',
  'model_reviews',
  'model_team_members',
  'model_teams',
  'model_points',
  'model_files',
  'model_events',
  'model_units',
  'models',
  'incidents',
  'received_decision_files',
  'received_decisions',
  'received_dossier_files',
  'received_dossiers',
  'exchange_imports',
  'unit_name_history',
  'units',
  'import_batches',
];

export async function clearSampleData(ctx: ServiceContext): Promise<void> {
  const { sqlite } = ctx.store;
  const settings = sqlite.prepare('SELECT sample_data FROM office_settings').get() as
    { sample_data: number } | undefined;
  if (settings?.sample_data !== 1) {
    throw new DomainError('conflict', 'Dữ liệu hiện tại không phải dữ liệu mẫu; không xóa được theo cách này.');
  }
  const clear = sqlite.transaction(() => {
    const guards = sqlite
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'trigger'
         AND tbl_name IN (${CLEARED.map(() => '?').join(', ')}) AND sql LIKE '%RAISE(ABORT%'`,
      )
      .all(...CLEARED) as { name: string; sql: string }[];
    for (const g of guards) sqlite.exec(`DROP TRIGGER "${g.name}"`);
    // Rows pointing at rows of their own table (RESTRICT is checked row by row) are let go first.
    sqlite.prepare('UPDATE decisions SET revokes_id = NULL').run();
    sqlite.prepare('UPDATE units SET parent_id = NULL, merged_into_id = NULL').run();
    sqlite.prepare('UPDATE models SET replaced_by_id = NULL').run();
    for (const table of CLEARED) sqlite.prepare(`DELETE FROM "${table}"`).run();
    for (const g of guards) sqlite.exec(g.sql);
    sqlite.prepare('UPDATE office_settings SET sample_data = 0').run();
    sqlite
      .prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id, summary) VALUES (?, ?, ?, ?, ?, ?)')
      .run(nowIso(ctx), ctx.actor, 'clear-sample', 'office', null, 'Xóa dữ liệu mẫu để bắt đầu dùng thật');
  });
  clear.immediate();
  // Files nothing refers to any more leave the store; the issued documents of the sample go too.
  purgeAfterBackup(ctx.store, nowIso(ctx));
  fs.rmSync(path.join(ctx.store.dataDir, ISSUED_DIR), { recursive: true, force: true });
}
