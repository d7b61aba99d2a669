// Spreadsheet import: commitImport into a fresh data folder, against the same rows inserted raw, plus a
// breakdown of where commitImport's time goes (read, grid, analyse) to point at the slow step.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ServiceContext } from '../../electron/core/context.ts';
import { openDataStore, type DataStore } from '../../electron/core/db/open.ts';
import { analyzeGrid } from '../../electron/core/features/unitImport/analyze.ts';
import { commitImport } from '../../electron/core/features/unitImport/service.ts';
import { readWorkbook } from '../../electron/core/features/unitImport/spreadsheet.ts';
import type { UnitFields } from '../../electron/core/features/units/mapper.ts';
import { largeUnitsXlsx } from '../support/spreadsheets.ts';
import { compare, log, median, round, type Comparison, type Sample } from './measure.ts';
import { INSERT_UNIT_SQL, unitRow } from './seed.ts';

/** The fields commitImport derives from the unit numbered `n` in largeUnitsXlsx (row i, offset o: n = o + i). */
function importedFields(n: number): UnitFields {
  return {
    kind: 'khu_dan_cu',
    subtype: 'thon',
    name: `Thôn Tân Lập ${n}`,
    parentId: null,
    address: null,
    headName: `Nguyễn Văn ${n}`,
    headPhone: `09${String(n).padStart(8, '0')}`,
    households: 100 + (n % 400),
    population: 400 + (n % 1600),
    notes: null,
    activeFrom: null,
    activeUntil: null,
    mergedIntoId: null,
  };
}

/** Opens a fresh data folder, times `work` on it, then closes and removes the folder. */
async function inFreshStore(root: string, work: (store: DataStore) => unknown): Promise<number> {
  const dir = fs.mkdtempSync(path.join(root, 'store-'));
  const store = openDataStore(dir);
  try {
    const start = performance.now();
    await work(store);
    return performance.now() - start;
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The raw floor: one batch row and the same unit rows, prebuilt as the app builds them, one prepared INSERT. */
function rawImport(store: DataStore, fileName: string, rows: ReturnType<typeof unitRow>[]): void {
  const { sqlite } = store;
  const batch = sqlite.prepare(
    'INSERT INTO import_batches (file_name, sheet, kind, unit_count, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insert = sqlite.prepare(INSERT_UNIT_SQL);
  sqlite
    .transaction(() => {
      const at = new Date().toISOString();
      const batchId = Number(batch.run(fileName, 'Danh sach', 'khu_dan_cu', rows.length, at, 'bench').lastInsertRowid);
      for (const row of rows) {
        row.import_batch_id = batchId;
        insert.run(row);
      }
    })
    .immediate();
}

// Every stored column except the uid, batch id and audit stamps, which differ by design between runs.
const COMPARED_COLUMNS = `kind, subtype, name, name_key, sort_key, search_text, parent_id, address, head_name, head_phone,
  households, population, notes, active_from, active_until, merged_into_id`;

/** Fails unless commitImport stored exactly the rows the baseline inserts, so the ratio compares like with like. */
async function checkSameRows(root: string, file: string, count: number): Promise<void> {
  const read = (store: DataStore) =>
    JSON.stringify(store.sqlite.prepare(`SELECT ${COMPARED_COLUMNS} FROM units ORDER BY id`).all());
  let app = '';
  let raw = '';
  await inFreshStore(root, async (store) => {
    await commitImport({ store, actor: 'bench', now: () => new Date() }, file, { kind: 'khu_dan_cu' });
    app = read(store);
  });
  const rows = Array.from({ length: count }, (_, i) => unitRow(importedFields(i)));
  await inFreshStore(root, (store) => {
    rawImport(store, path.basename(file), rows);
    raw = read(store);
  });
  if (app !== raw) throw new Error('commitImport and the raw baseline stored different rows');
}

export interface ImportResult extends Comparison {
  rowsImported: number;
  /**
   * Medians of commitImport's steps run on their own, outside the ratio: deriveColumns is toColumns + newUid;
   * insertsAndRest is what remains of the median (Kysely inserts, commit), so load spikes can skew it.
   */
  breakdownMs: {
    readWorkbook: number;
    sheetToGrid: number;
    analyzeGrid: number;
    deriveColumns: number;
    insertsAndRest: number;
  };
}

export async function benchImport(count: number, opts: { warmup: number; repetitions: number }): Promise<ImportResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-bench-import-'));
  try {
    const runs = opts.warmup + opts.repetitions;
    const files = Array.from({ length: runs }, (_, r) =>
      largeUnitsXlsx(path.join(root, 'in', `don-vi-${r}.xlsx`), count, r * count),
    );
    await checkSameRows(root, files[0]!, count);
    let imported = 0;
    let run = 0;
    let baseRun = 0;
    const measured: Sample = () =>
      inFreshStore(root, async (store) => {
        const ctx: ServiceContext = { store, actor: 'bench', now: () => new Date() };
        const result = await commitImport(ctx, files[run++ % files.length]!, { kind: 'khu_dan_cu' });
        imported = result.created;
      });
    // Rows are built before the clock starts: the baseline is SQLite's own cost of storing them.
    const baseline: Sample = () => {
      const r = baseRun++ % files.length;
      const rows = Array.from({ length: count }, (_, i) => unitRow(importedFields(r * count + i)));
      return inFreshStore(root, (store) => rawImport(store, path.basename(files[r]!), rows));
    };
    const comparison = await compare(`import ${count} rows`, measured, baseline, opts);
    if (imported !== count) throw new Error(`commitImport created ${imported} units, expected ${count}`);

    log('import breakdown');
    const steps = {
      readWorkbook: [] as number[],
      sheetToGrid: [] as number[],
      analyzeGrid: [] as number[],
      derive: [] as number[],
    };
    for (let r = 0; r < opts.repetitions; r++) {
      const file = files[r]!;
      const t0 = performance.now();
      const wb = readWorkbook(file);
      const t1 = performance.now();
      const grid = wb.sheet();
      const t2 = performance.now();
      analyzeGrid(wb.fileName, wb.sheetNames, grid, { units: new Set(), parents: new Map() }, { kind: 'khu_dan_cu' });
      const t3 = performance.now();
      for (let i = 0; i < count; i++) unitRow(importedFields(r * count + i));
      const t4 = performance.now();
      steps.readWorkbook.push(t1 - t0);
      steps.sheetToGrid.push(t2 - t1);
      steps.analyzeGrid.push(t3 - t2);
      steps.derive.push(t4 - t3);
    }
    const read = median(steps.readWorkbook);
    const grid = median(steps.sheetToGrid);
    const analyze = median(steps.analyzeGrid);
    const derive = median(steps.derive);
    return {
      ...comparison,
      rowsImported: imported,
      breakdownMs: {
        readWorkbook: round(read),
        sheetToGrid: round(grid),
        analyzeGrid: round(analyze),
        deriveColumns: round(derive),
        insertsAndRest: round(Math.max(0, comparison.medianMs - read - grid - analyze - derive)),
      },
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
