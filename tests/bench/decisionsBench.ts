// A year's decisions as the decisions screen reads them: 200 drafts of 30 units and 12 lines each, read by
// listDecisions in one query (each decision with its lines, units, issued files and scans as JSON lists), beside
// raw better-sqlite3 reading the same rows with five plain statements (the decisions, then each kind of part).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDataStore } from '../../electron/core/db/open.ts';
import { listDecisions } from '../../electron/core/features/decisions/queries.ts';
import { compare, log, timed, type Comparison } from './measure.ts';
import { seedRounds } from './roundSeed.ts';
import { seedUnits } from './seed.ts';

const YEAR = 2025;
const DECISIONS = 200;
const UNITS_EACH = 30;
const LINES_EACH = { basis: 5, article: 3, recipient: 4 } as const;
const TARGET_RATIO = 3;
const RUNS = { warmup: 2, repetitions: 11 };
const AT = '2025-11-05T08:30:00.000Z';

type Result = Comparison & {
  description: string;
  baseline: string;
  target: string;
  meetsTarget: boolean;
  resultRows: number;
};

export async function benchDecisions(): Promise<Record<string, Result>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-bench-decisions-'));
  const store = openDataStore(dir);
  try {
    const sqlite = store.sqlite;
    log(`seeding ${DECISIONS} decisions of ${UNITS_EACH} units`);
    seedUnits(sqlite, DECISIONS * UNITS_EACH);
    seedRounds(sqlite, [YEAR]);
    const campaignId = sqlite.prepare('SELECT id FROM campaigns WHERE year = ?').pluck().get(YEAR) as number;
    const units = sqlite.prepare('SELECT id, name FROM units ORDER BY id').all() as { id: number; name: string }[];
    const decision = sqlite.prepare(
      `INSERT INTO decisions (campaign_id, status, code, subject, list_title, created_at, created_by, updated_at, updated_by)
       VALUES (?, 'draft', 'QĐ-UBND', ?, 'Danh sách đơn vị', ?, 'bench', ?, 'bench')`,
    );
    const line = sqlite.prepare(
      'INSERT INTO decision_lines (decision_id, section, position, text) VALUES (?, ?, ?, ?)',
    );
    const unit = sqlite.prepare(
      `INSERT INTO decision_units (decision_id, unit_id, position, unit_name, parent_name, previous_status)
       VALUES (?, ?, ?, ?, NULL, 'de_nghi')`,
    );
    sqlite.transaction(() => {
      for (let d = 0; d < DECISIONS; d++) {
        const id = Number(decision.run(campaignId, `Về việc công nhận đợt ${d + 1}`, AT, AT).lastInsertRowid);
        for (const [section, count] of Object.entries(LINES_EACH)) {
          for (let p = 0; p < count; p++) line.run(id, section, p, `Dòng ${section} ${p + 1} của quyết định ${d + 1}`);
        }
        for (let p = 0; p < UNITS_EACH; p++) {
          const u = units[d * UNITS_EACH + p]!;
          unit.run(id, u.id, p, u.name);
        }
      }
    })();
    sqlite.pragma('optimize');

    const ids = `SELECT d.id FROM decisions d JOIN campaigns c ON c.id = d.campaign_id WHERE c.year = ?`;
    const raw = {
      heads: sqlite.prepare(
        `SELECT d.*, c.year, (SELECT r.id FROM decisions r WHERE r.revokes_id = d.id LIMIT 1) AS revoked_by_id
         FROM decisions d JOIN campaigns c ON c.id = d.campaign_id WHERE c.year = ? ORDER BY d.id DESC`,
      ),
      lines: sqlite.prepare(
        `SELECT decision_id, section, text FROM decision_lines WHERE decision_id IN (${ids}) ORDER BY position`,
      ),
      units: sqlite.prepare(
        `SELECT du.decision_id, du.unit_id, du.unit_name, du.parent_name, u.kind FROM decision_units du
         JOIN units u ON u.id = du.unit_id WHERE du.decision_id IN (${ids}) ORDER BY du.position`,
      ),
      files: sqlite.prepare(
        `SELECT decision_id, id, file_kind, file_name, sha256, size FROM issued_files WHERE decision_id IN (${ids}) ORDER BY id`,
      ),
      scans: sqlite.prepare(
        `SELECT s.*, us.full_name, a.sha256, a.size FROM decision_scans s JOIN attachments a ON a.id = s.attachment_id
         LEFT JOIN users us ON us.username = s.created_by WHERE s.decision_id IN (${ids}) ORDER BY s.id`,
      ),
    };
    const readRaw = () => Object.values(raw).map((statement) => statement.all(YEAR));

    // Same rows on both sides, or the comparison means nothing.
    const listed = await listDecisions(store.db, YEAR);
    const [heads, , rawUnits] = readRaw() as [unknown[], unknown[], unknown[]];
    if (listed.length !== heads.length || listed.reduce((n, d) => n + d.units.length, 0) !== rawUnits.length) {
      throw new Error('decision list disagrees with raw SQL');
    }

    const cmp = await compare(
      'decisionList',
      timed(() => listDecisions(store.db, YEAR)),
      timed(readRaw),
      RUNS,
    );
    return {
      decisionList: {
        description: `listDecisions(${YEAR}): ${DECISIONS} decisions with ${UNITS_EACH} units and ${
          LINES_EACH.basis + LINES_EACH.article + LINES_EACH.recipient
        } lines each, read in one query and mapped to the API's Decision`,
        baseline:
          'raw SQL: five plain statements for the year (decisions, lines, units, issued files, scans), unmapped',
        target: `ratio <= ${TARGET_RATIO}`,
        meetsTarget: cmp.ratio <= TARGET_RATIO,
        resultRows: listed.length,
        ...cmp,
      },
    };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
