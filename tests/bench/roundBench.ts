// The yearly round at scale: 100,000 units x 5 years of registrations and dossiers. Figures: the year's status
// aggregation (overview, CLI status) and the appraisal grid's first block, beside the plain SQL a developer would
// write for the same answer (the joined scope with GROUP BY, or with ORDER BY ... LIMIT), in the same run. The grid
// reuses the status index until the data changes, so its first block is measured both ways: as the grid asks for it
// again (index reused) and right after a write (index rebuilt).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import { openDataStore } from '../../electron/core/db/open.ts';
import { roundOverview } from '../../electron/core/features/round/overview.ts';
import { roundPage, roundRows } from '../../electron/core/features/round/service.ts';
import { compare, log, timed, type Comparison, type Sample } from './measure.ts';
import { seedRounds } from './roundSeed.ts';
import { seedUnits } from './seed.ts';

const UNITS = 100_000;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const YEAR = 2025;
const TARGET_MS = 100;
/** The appraisal grid's first block, as the issue on hardening asks. */
const GRID_TARGET_MS = 50;
const RUNS = { warmup: 2, repetitions: 9 };

function scopeSql(campaignId: number): string {
  return `SELECT u.id, u.kind, u.name, u.sort_key,
      CASE WHEN r.id IS NULL AND (d.id IS NULL OR d.status = 'chua_nop') THEN 'chua_dang_ky'
           WHEN d.id IS NULL THEN 'chua_nop' ELSE d.status END AS status,
      coalesce(d.result_override, d.computed_result) AS result, r.registered_on, d.received_on
    FROM units u
    JOIN campaign_windows w ON w.campaign_id = ${campaignId} AND w.kind = u.kind
    LEFT JOIN registrations r ON r.campaign_id = ${campaignId} AND r.unit_id = u.id
    LEFT JOIN dossiers d ON d.campaign_id = ${campaignId} AND d.unit_id = u.id
    WHERE u.source_office_id IS NULL
      AND (u.active_from IS NULL OR u.active_from <= w.window_to) AND (u.active_until IS NULL OR u.active_until >= w.window_from)`;
}

type Result = Comparison & {
  description: string;
  baseline: string;
  target: string;
  meetsTarget: boolean;
  resultRows: number;
};

export async function benchRound(): Promise<Record<string, Result>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-bench-round-'));
  const store = openDataStore(dir);
  try {
    log(`seeding ${UNITS} units and ${YEARS.length} years of rounds`);
    seedUnits(store.sqlite, UNITS);
    const dossiers = seedRounds(store.sqlite, YEARS);
    log(`${dossiers} dossiers`);
    store.sqlite.pragma('optimize');
    const sqlite: BetterSqlite3.Database = store.sqlite;
    const campaignId = sqlite.prepare('SELECT id FROM campaigns WHERE year = ?').pluck().get(YEAR) as number;
    const aggregate = sqlite.prepare(
      `SELECT kind, status, count(*) AS n FROM (${scopeSql(campaignId)}) GROUP BY kind, status`,
    );
    const firstBlock = sqlite.prepare(`${scopeSql(campaignId)} ORDER BY u.sort_key, u.id LIMIT 200`);
    const filteredBlock = sqlite.prepare(
      `SELECT * FROM (${scopeSql(campaignId)}) WHERE kind = 'khu_dan_cu' AND status = 'da_nhan' ORDER BY sort_key, id LIMIT 200`,
    );

    // Same answers on both sides, or the comparison means nothing.
    const overview = await roundOverview(store.db, YEAR, `${YEAR}-11-20`);
    const rawCounts = aggregate.all() as { kind: string; status: string; n: number }[];
    if (rawCounts.reduce((a, r) => a + r.n, 0) !== overview.total)
      throw new Error('aggregation disagrees with raw SQL');
    for (const r of rawCounts) {
      if (overview.byKind[r.kind as keyof typeof overview.byKind].total < r.n) throw new Error('kind counts disagree');
    }
    const page = await roundPage(store.db, YEAR, { offset: 0, limit: 200 });
    const rawIds = (firstBlock.all() as { id: number }[]).map((r) => r.id);
    if (page.rows.map((r) => r.unitId).join() !== rawIds.join()) throw new Error('first block disagrees with raw SQL');

    const results: Record<string, Result> = {};
    const add = async (
      key: string,
      description: string,
      baseline: string,
      target: number | null,
      rows: number,
      app: (() => unknown) | { sample: Sample },
      raw: (() => unknown) | { sample: Sample },
    ) => {
      const sampleOf = (f: (() => unknown) | { sample: Sample }) => (typeof f === 'function' ? timed(f) : f.sample);
      const cmp = await compare(key, sampleOf(app), sampleOf(raw), RUNS);
      results[key] = {
        description,
        baseline,
        target: target === null ? 'none (informational)' : `< ${target} ms`,
        meetsTarget: target === null || cmp.medianMs < target,
        resultRows: rows,
        ...cmp,
      };
    };
    await add(
      'statusAggregation',
      `roundOverview(${YEAR}): counts by status and kind, commune criterion 4, deadlines, over ${UNITS} units x ${YEARS.length} years (status index reused while the data is unchanged)`,
      'raw SQL: the joined scope (units, windows, registrations, dossiers) with GROUP BY kind, status',
      TARGET_MS,
      overview.total,
      () => roundOverview(store.db, YEAR, `${YEAR}-11-20`),
      () => aggregate.all(),
    );
    await add(
      'appraisalGridFirstBlock',
      "round.page: the grid's first 200 rows with status, registration, completeness and result, plus the filter counts (status index and name order reused: no write since the last block)",
      'raw SQL: the joined scope ORDER BY sort_key LIMIT 200 and the GROUP BY counts',
      GRID_TARGET_MS,
      page.rows.length,
      () => roundPage(store.db, YEAR, { offset: 0, limit: 200 }),
      () => [firstBlock.all(), aggregate.all()],
    );
    // One row written before each sample on both sides (outside the timing): the grid must rebuild its index.
    const touch = sqlite.prepare('UPDATE units SET notes = notes WHERE id = 1');
    const afterWrite =
      (f: () => unknown): Sample =>
      async () => {
        touch.run();
        const start = performance.now();
        await f();
        return performance.now() - start;
      };
    await add(
      'appraisalGridFirstBlockAfterChange',
      'round.page as above, right after a write: the status index and the name order are built again, once',
      'raw SQL: the joined scope ORDER BY sort_key LIMIT 200 and the GROUP BY counts, after the same write',
      null,
      page.rows.length,
      { sample: afterWrite(() => roundPage(store.db, YEAR, { offset: 0, limit: 200 })) },
      { sample: afterWrite(() => [firstBlock.all(), aggregate.all()]) },
    );
    await add(
      'appraisalGridFiltered',
      "round.page { kind: 'khu_dan_cu', status: 'da_nhan' }: first block of a filtered grid, with counts",
      'raw SQL: the joined scope filtered by kind and status, ORDER BY sort_key LIMIT 200, and the GROUP BY counts',
      GRID_TARGET_MS,
      200,
      () => roundPage(store.db, YEAR, { kind: 'khu_dan_cu', status: 'da_nhan', offset: 0, limit: 200 }),
      () => [filteredBlock.all(), aggregate.all()],
    );
    await add(
      'appraisalGridWholeYearUnpaged',
      `roundRows(${YEAR}): every unit of the year at once (not what the grid loads)`,
      'raw SQL: the joined scope ORDER BY sort_key, all rows',
      null,
      overview.total,
      () => roundRows(store.db, YEAR),
      () => sqlite.prepare(`${scopeSql(campaignId)} ORDER BY u.sort_key, u.id`).all(),
    );
    return results;
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
