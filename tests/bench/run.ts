// Benchmark of the unit registry under load: the grid's full list, a filtered list and a diacritic-insensitive search
// over 100,000 units in a real SQLite file, and a 5,000-row spreadsheet import. Each figure sits beside raw
// better-sqlite3 on the same rows in the same run (best known plan, no query builder, no mapping), because absolute
// times follow the machine while the ratio shows what our own code and query plans add on top of SQLite.
// Prints one JSON object on stdout (progress on stderr); reports targets but never fails on them. Run: npm run bench,
// or npm run bench -- exchange round (any of: queries, import, round, decisions, documents, exchange) for some sections only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDataStore } from '../../electron/core/db/open.ts';
import { queryUnits, queryUnitsPage } from '../../electron/core/features/units/service.ts';
import type { Db } from '../../electron/core/context.ts';
import { foldText } from '#shared/text/fold.ts';
import { benchImport } from './importBench.ts';
import { benchDecisions } from './decisionsBench.ts';
import { benchDocuments } from './documentsBench.ts';
import { benchRound } from './roundBench.ts';
import { benchExchange } from './exchangeBench.ts';
import { compare, log, timed, type Comparison } from './measure.ts';
import {
  allUnitsSql,
  capturedPlan,
  pageSql,
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
const IMPORT_TARGET_RATIO = 2;
const QUERY_RUNS = { warmup: 2, repetitions: 11 };
const IMPORT_RUNS = { warmup: 2, repetitions: 11 };

interface QueryCase {
  key: string;
  description: string;
  /** The app's call, returning the ids it listed. */
  app: (db: Db) => Promise<number[]>;
  baseline: string;
  /** Raw SQL; the first query's ids must equal the app's. */
  raw: RawQuery[];
  targetMs: number | null;
}

const SEARCH = 'tan lap 12';
const BLOCK = 200;
const ACTIVE = '(u.active_from IS NULL OR u.active_from <= ?) AND (u.active_until IS NULL OR u.active_until >= ?)';
const page = (q: Omit<Parameters<typeof queryUnitsPage>[1], 'limit' | 'sort' | 'descending'>) => async (db: Db) =>
  (await queryUnitsPage(db, { sort: 'name', descending: false, limit: BLOCK, ...q })).rows.map((u) => u.id);

// The grid reads the registry block by block (AG Grid's infinite row model): these are what a secretary waits for.
const CASES: QueryCase[] = [
  {
    key: 'gridFirstBlock',
    description: `units.page: the grid's first ${BLOCK} units in Vietnamese order, the total and the per-kind counts`,
    app: page({ offset: 0 }),
    baseline: 'the same block, count and per-kind counts as plain SQL via better-sqlite3',
    raw: pageSql('', [], 'ORDER BY u.sort_key, u.id', 0, BLOCK, ''),
    targetMs: QUERY_TARGET_MS,
  },
  {
    key: 'gridFilteredSorted',
    description: `units.page { kind: 'khu_dan_cu', active on 2025-06-01 }: first block, filtered and sorted`,
    app: page({ kind: 'khu_dan_cu', activeOn: '2025-06-01', offset: 0 }),
    baseline: 'the same filtered block, count and per-kind counts as plain SQL',
    raw: pageSql(
      `u.kind = ? AND ${ACTIVE}`,
      ['khu_dan_cu', '2025-06-01', '2025-06-01'],
      'ORDER BY u.sort_key, u.id',
      0,
      BLOCK,
      ACTIVE,
    ),
    targetMs: QUERY_TARGET_MS,
  },
  {
    key: 'gridSearchFolded',
    description: `units.page { search: '${SEARCH}' }: folded LIKE over search_text, first block with counts`,
    app: page({ search: SEARCH, offset: 0 }),
    baseline: `raw LIKE '%${foldText(SEARCH)}%' over search_text, block, count and per-kind counts`,
    raw: pageSql(
      "u.search_text LIKE ? ESCAPE '\\'",
      [`%${foldText(SEARCH)}%`],
      'ORDER BY +u.sort_key, u.id',
      0,
      BLOCK,
      '',
    ).map((q, i) =>
      i === 2
        ? {
            sql: q.sql.replace('FROM units AS u', "FROM units AS u WHERE u.search_text LIKE ? ESCAPE '\\'"),
            params: [`%${foldText(SEARCH)}%`],
          }
        : q,
    ),
    targetMs: QUERY_TARGET_MS,
  },
  {
    key: 'gridLastBlock',
    description: `units.page at offset ${ROWS - BLOCK}: scrolling to the end of the list`,
    app: page({ offset: ROWS - BLOCK }),
    baseline: 'the same block and count as plain SQL',
    raw: pageSql('', [], 'ORDER BY u.sort_key, u.id', ROWS - BLOCK, BLOCK, null),
    targetMs: QUERY_TARGET_MS,
  },
  {
    key: 'searchFolded',
    description: `queryUnits(db, { search: '${SEARCH}' }): every match at once (CLI, export)`,
    app: async (db) => (await queryUnits(db, { search: SEARCH })).map((u) => u.id),
    baseline: `raw LIKE '%${foldText(SEARCH)}%' over search_text, scanning the table and sorting the matches`,
    raw: [searchUnitsSql(foldText(SEARCH))],
    targetMs: QUERY_TARGET_MS,
  },
  {
    key: 'listAllUnpaged',
    description: 'queryUnits(db): all 100,000 units as objects at once (export, CLI); not what the grid loads',
    app: async (db) => (await queryUnits(db)).map((u) => u.id),
    baseline: 'the same SELECT with both LEFT JOINs and ORDER BY sort_key, id, via better-sqlite3 .all()',
    raw: [allUnitsSql()],
    targetMs: null,
  },
  {
    key: 'filterKindActiveOnUnpaged',
    description: "queryUnits(db, { kind: 'khu_dan_cu', activeOn: '2025-06-01' }): every match at once; informational",
    app: async (db) => (await queryUnits(db, { kind: 'khu_dan_cu', activeOn: '2025-06-01' })).map((u) => u.id),
    baseline: 'the same filtered SELECT via better-sqlite3 .all()',
    raw: [unitsOfKindActiveOnSql('khu_dan_cu', '2025-06-01')],
    targetMs: null,
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
      const appIds = await c.app(store.db);
      const rawIds = runRaw(store.sqlite, c.raw[0]!).map((r) => r.id);
      if (appIds.length === 0 || appIds.join() !== rawIds.join()) {
        throw new Error(`${c.key}: app and raw queries disagree (${appIds.length} vs ${rawIds.length} rows)`);
      }
      const cmp = await compare(
        c.key,
        timed(() => c.app(store.db)),
        timed(() => c.raw.map((q) => runRaw(store.sqlite, q))),
        QUERY_RUNS,
      );
      results[c.key] = {
        description: c.description,
        baseline: c.baseline,
        resultRows: appIds.length,
        plan: await capturedPlan(store.sqlite, () => c.app(store.db)),
        baselinePlan: queryPlan(store.sqlite, c.raw[0]!),
        target: c.targetMs === null ? 'none (informational)' : `< ${c.targetMs} ms`,
        meetsTarget: c.targetMs === null ? true : cmp.medianMs < c.targetMs,
        ...cmp,
      };
    }
    return results;
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const SECTIONS = ['queries', 'import', 'round', 'decisions', 'documents', 'exchange'] as const;

function chosenSections(args: string[]): Set<string> {
  const unknown = args.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length)
    throw new Error(`unknown bench section ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  return new Set(args.length ? args : SECTIONS);
}

async function main(): Promise<void> {
  const started = Date.now();
  const run = chosenSections(process.argv.slice(2));
  const queries = run.has('queries') ? await benchQueries() : undefined;
  let importResult;
  if (run.has('import')) {
    log(`importing ${IMPORT_ROWS} rows`);
    const imp = await benchImport(IMPORT_ROWS, IMPORT_RUNS);
    importResult = {
      description: `commitImport(ctx, largeUnitsXlsx(${IMPORT_ROWS} rows), { kind: 'khu_dan_cu' }) into a fresh data folder each repetition`,
      baseline:
        'the same rows (built beforehand with toColumns + newUid, checked equal to what commitImport stores) inserted with one prepared statement in one transaction: no spreadsheet parsing, no analysis, no query builder',
      target: `ratio <= ${IMPORT_TARGET_RATIO}`,
      meetsTarget: imp.ratio <= IMPORT_TARGET_RATIO,
      ...imp,
    };
  }
  const round = run.has('round') ? await benchRound() : undefined;
  const decisions = run.has('decisions') ? await benchDecisions() : undefined;
  const documents = run.has('documents') ? await benchDocuments() : undefined;
  const exchange = run.has('exchange') ? await benchExchange() : undefined;
  const all = [
    ...Object.values(queries ?? {}),
    ...(importResult ? [importResult] : []),
    ...Object.values(round ?? {}),
    ...Object.values(decisions ?? {}),
    ...Object.values(documents ?? {}),
    ...Object.values(exchange ?? {}),
  ];
  const report = {
    benchmark: 'unit registry',
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    sections: SECTIONS.filter((s) => run.has(s)),
    rows: ROWS,
    importRows: IMPORT_ROWS,
    repetitions: { queries: QUERY_RUNS, import: IMPORT_RUNS },
    unit: 'ms (median of repetitions after warm-up); ratio = measured / raw better-sqlite3 baseline',
    results: queries || importResult ? { ...queries, ...(importResult ? { import: importResult } : {}) } : undefined,
    round,
    decisions,
    documents,
    exchange,
    allTargetsMet: all.every((r) => r.meetsTarget),
    totalSeconds: Math.round((Date.now() - started) / 100) / 10,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

await main();
