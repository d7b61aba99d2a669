// Benchmark of the unit registry under load: the grid's full list, a filtered list and a diacritic-insensitive search
// over 100,000 units in a real SQLite file, and a 5,000-row spreadsheet import. Each figure sits beside raw
// better-sqlite3 on the same rows in the same run (best known plan, no query builder, no mapping), because absolute
// times follow the machine while the ratio shows what our own code and query plans add on top of SQLite.
// Prints one JSON object on stdout (progress on stderr); reports targets but never fails on them. Run: npm run bench.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDataStore } from '../../electron/core/db/open.ts';
import { queryUnits, type UnitQuery } from '../../electron/core/features/units/service.ts';
import { foldText } from '../../shared/text/fold.ts';
import { benchImport } from './importBench.ts';
import { compare, log, timed, type Comparison } from './measure.ts';
import {
  allUnitsSql,
  capturedPlan,
  queryPlan,
  runRaw,
  searchUnitsSql,
  unitsOfKindActiveOnSql,
  type RawQuery,
} from './rawQueries.ts';
import { seedUnits } from './seed.ts';

const ROWS = 100_000;
const IMPORT_ROWS = 5_000;
const QUERY_TARGET_MS = 50;
const IMPORT_TARGET_RATIO = 3;
const QUERY_RUNS = { warmup: 2, repetitions: 11 };
const IMPORT_RUNS = { warmup: 2, repetitions: 11 };

interface QueryCase {
  key: string;
  description: string;
  query: UnitQuery;
  baseline: string;
  raw: RawQuery;
}

const SEARCH = 'tan lap 12';
const CASES: QueryCase[] = [
  {
    key: 'listAll',
    description: 'queryUnits(db): every unit for the grid, with parent and merged-into names, in Vietnamese order',
    query: {},
    baseline: 'the same SELECT with both LEFT JOINs and ORDER BY sort_key, id, via better-sqlite3 .all()',
    raw: allUnitsSql(),
  },
  {
    key: 'filterKindActiveOn',
    description: "queryUnits(db, { kind: 'khu_dan_cu', activeOn: '2025-06-01' }): filtered and sorted",
    query: { kind: 'khu_dan_cu', activeOn: '2025-06-01' },
    baseline: 'the same filtered SELECT via better-sqlite3 .all()',
    raw: unitsOfKindActiveOnSql('khu_dan_cu', '2025-06-01'),
  },
  {
    key: 'searchFolded',
    description: `queryUnits(db, { search: '${SEARCH}' }): folded LIKE over search_text, sorted`,
    query: { search: SEARCH },
    baseline: `raw LIKE '%${foldText(SEARCH)}%' over search_text, scanning the table and sorting the matches (ORDER BY +sort_key)`,
    raw: searchUnitsSql(foldText(SEARCH)),
  },
];

type QueryResult = Comparison & {
  description: string;
  baseline: string;
  resultRows: number;
  plan: string;
  baselinePlan: string;
  target: string;
  meetsTarget: boolean;
};

async function benchQueries(): Promise<Record<string, QueryResult>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-bench-query-'));
  const store = openDataStore(dir);
  try {
    log(`seeding ${ROWS} units in ${dir}`);
    const seeded = seedUnits(store.sqlite, ROWS);
    if (seeded !== ROWS) throw new Error(`seeded ${seeded} units, expected ${ROWS}`);
    store.sqlite.pragma('optimize');
    const results: Record<string, QueryResult> = {};
    for (const c of CASES) {
      // Same rows in the same order on both sides, or the comparison means nothing.
      const appIds = (await queryUnits(store.db, c.query)).map((u) => u.id);
      const rawIds = runRaw(store.sqlite, c.raw).map((r) => r.id);
      if (appIds.length === 0 || appIds.join() !== rawIds.join()) {
        throw new Error(`${c.key}: app and raw queries disagree (${appIds.length} vs ${rawIds.length} rows)`);
      }
      const cmp = await compare(
        c.key,
        timed(() => queryUnits(store.db, c.query)),
        timed(() => runRaw(store.sqlite, c.raw)),
        QUERY_RUNS,
      );
      results[c.key] = {
        description: c.description,
        baseline: c.baseline,
        resultRows: appIds.length,
        plan: await capturedPlan(store.sqlite, () => queryUnits(store.db, c.query)),
        baselinePlan: queryPlan(store.sqlite, c.raw),
        target: `< ${QUERY_TARGET_MS} ms`,
        meetsTarget: cmp.medianMs < QUERY_TARGET_MS,
        ...cmp,
      };
    }
    return results;
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const queries = await benchQueries();
  log(`importing ${IMPORT_ROWS} rows`);
  const imp = await benchImport(IMPORT_ROWS, IMPORT_RUNS);
  const importResult = {
    description: `commitImport(ctx, largeUnitsXlsx(${IMPORT_ROWS} rows), { kind: 'khu_dan_cu' }) into a fresh data folder each repetition`,
    baseline:
      'the same rows (built beforehand with toColumns + newUid, checked equal to what commitImport stores) inserted with one prepared statement in one transaction: no spreadsheet parsing, no analysis, no query builder',
    target: `ratio <= ${IMPORT_TARGET_RATIO}`,
    meetsTarget: imp.ratio <= IMPORT_TARGET_RATIO,
    ...imp,
  };
  const all = [...Object.values(queries), importResult];
  const report = {
    benchmark: 'unit registry',
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    rows: ROWS,
    importRows: IMPORT_ROWS,
    repetitions: { queries: QUERY_RUNS, import: IMPORT_RUNS },
    unit: 'ms (median of repetitions after warm-up); ratio = measured / raw better-sqlite3 baseline',
    results: { ...queries, import: importResult },
    allTargetsMet: all.every((r) => r.meetsTarget),
    totalSeconds: Math.round((Date.now() - started) / 100) / 10,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

await main();
