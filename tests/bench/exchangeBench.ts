// Exchange at scale: a commune's year of 10,000 dossiers with 20,000 small attachments, exported to a package and
// imported by the office above (open, verify every SHA-256, plan, extract each file with fsync and rename, one
// transaction). The baseline, in the same run, stores the same result with nothing else: the rows the import
// writes, inserted with prepared statements in one transaction, and the same files copied from the commune's store
// into the same content-addressed layout, each fsynced as the import fsyncs it, in batches as the import does (no
// staging folder or rename, which the import needs for crash safety and the baseline does not).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ServiceContext } from '../../electron/core/context.ts';
import { openDataStore, type DataStore } from '../../electron/core/db/open.ts';
import { blobPath } from '../../electron/core/attachments/store.ts';
import { openPackage } from '../../electron/core/features/exchange/container.ts';
import { exportCommuneYear } from '../../electron/core/features/exchange/exportPackage.ts';
import { importExchangePackage } from '../../electron/core/features/exchange/service.ts';
import { RECORD_FILES } from '../../electron/core/features/exchange/records.ts';
import { missingBlobs, officeAbove } from '../support/exchangeFixtures.ts';
import { compare, log, median, round, type Comparison, type Sample } from './measure.ts';
import { seedCommune } from './exchangeSeed.ts';

const YEAR = 2025;
const UNITS = 10_000;
const FILES_PER_DOSSIER = 2;
const TARGET_RATIO = 2;
const RUNS = { warmup: 1, repetitions: 3 };
const EXPORT_RUNS = 3;
/** Files written before they are flushed, as the import's reader batches them. */
const FSYNC_BATCH = 128;
/** What the import writes, in an order foreign keys accept (parents before children, ids kept). */
const WRITTEN_TABLES = [
  'exchange_offices',
  'exchange_imports',
  'units',
  'attachments',
  'received_dossiers',
  'received_dossier_files',
] as const;

type Rows = Record<(typeof WRITTEN_TABLES)[number], Record<string, unknown>[]>;

const ctxOf = (store: DataStore): ServiceContext => ({ store, actor: 'bench', now: () => new Date() });

/** Opens a fresh office above, times `work` on it, then closes and removes the folder. */
async function inFreshOffice(root: string, work: (ctx: ServiceContext) => unknown): Promise<number> {
  const dir = fs.mkdtempSync(path.join(root, 'tinh-'));
  const { store, ctx } = await officeAbove(dir);
  try {
    // Writes left over from the previous repetition (its files, its removal) are flushed first, not billed to this one.
    if (process.platform === 'linux') execFileSync('sync');
    const start = performance.now();
    await work({ ...ctx, actor: 'bench', now: () => new Date() });
    return performance.now() - start;
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function writtenRows(store: DataStore): Rows {
  const rows = {} as Rows;
  for (const t of WRITTEN_TABLES) rows[t] = store.sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all() as never;
  return rows;
}

/** The raw floor: the same rows through one prepared INSERT per table, in one transaction. */
function insertRaw(store: DataStore, rows: Rows): void {
  const { sqlite } = store;
  sqlite
    .transaction(() => {
      for (const t of WRITTEN_TABLES) {
        const columns = Object.keys(rows[t][0]!);
        const insert = sqlite.prepare(
          `INSERT INTO ${t} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
        );
        for (const row of rows[t]) insert.run(row);
      }
    })
    .immediate();
}

/**
 * The raw floor for files: each blob read and written under the same name in the target store, then flushed, a batch
 * of files at a time. The import flushes its files in batches too: on a journaling file system a file-by-file
 * write-and-fsync costs one journal commit per file, which would bury every other cost of both sides.
 */
function copyRaw(fromDir: string, toDir: string, blobs: { sha256: string; extension: string }[]): void {
  const made = new Set<string>();
  for (let i = 0; i < blobs.length; i += FSYNC_BATCH) {
    const fds: number[] = [];
    try {
      for (const { sha256, extension } of blobs.slice(i, i + FSYNC_BATCH)) {
        const target = blobPath(toDir, sha256, extension);
        const folder = path.dirname(target);
        if (!made.has(folder)) {
          fs.mkdirSync(folder, { recursive: true });
          made.add(folder);
        }
        const data = fs.readFileSync(blobPath(fromDir, sha256, extension));
        const fd = fs.openSync(target, 'wx');
        fds.push(fd);
        fs.writeSync(fd, data);
      }
      for (const fd of fds) fs.fsyncSync(fd);
    } finally {
      for (const fd of fds) fs.closeSync(fd);
    }
  }
}

type ExchangeResult = Comparison & {
  description: string;
  baseline: string;
  target: string;
  meetsTarget: boolean;
};

interface ExportResult {
  description: string;
  medianMs: number;
  samplesMs: number[];
  packageBytes: number;
  attachmentBytes: number;
  entries: number;
  target: string;
  meetsTarget: boolean;
}

async function exportTimes(ctx: ServiceContext, root: string): Promise<{ pkg: string; ms: number[] }> {
  const ms: number[] = [];
  const pkg = path.join(root, 'xa-2025.anttpkg');
  for (let r = 0; r < EXPORT_RUNS; r++) {
    fs.rmSync(pkg, { force: true });
    const start = performance.now();
    const result = await exportCommuneYear(ctx, YEAR, pkg);
    ms.push(performance.now() - start);
    log(`export ${r + 1}/${EXPORT_RUNS}: ${round(ms.at(-1)!)} ms`);
    const { counts } = result;
    if (counts.units !== UNITS || counts.dossiers !== UNITS || counts.files !== UNITS * FILES_PER_DOSSIER) {
      throw new Error(`export wrote ${JSON.stringify(counts)}`);
    }
  }
  return { pkg, ms };
}

/** Fails unless the package holds every dossier and every file, read back through the reader. */
async function checkPackage(pkg: string): Promise<number> {
  const reader = await openPackage(pkg);
  try {
    const files = reader.manifest.entries.filter((e) => e.path.startsWith('files/')).length;
    const dossiers = (await reader.readJson(RECORD_FILES.dossiers)) as unknown[];
    if (files !== UNITS * FILES_PER_DOSSIER || dossiers.length !== UNITS) {
      throw new Error(`the package holds ${dossiers.length} dossiers and ${files} files`);
    }
    return reader.manifest.entries.length;
  } finally {
    await reader.close();
  }
}

export async function benchExchange(): Promise<{ import: ExchangeResult; export: ExportResult }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-bench-exchange-'));
  const commune = openDataStore(path.join(root, 'xa'));
  try {
    log(`seeding a commune with ${UNITS} dossiers and ${UNITS * FILES_PER_DOSSIER} attachments`);
    const seeded = await seedCommune(ctxOf(commune), YEAR, UNITS, FILES_PER_DOSSIER);
    if (seeded.dossiers !== UNITS || seeded.files !== UNITS * FILES_PER_DOSSIER) {
      throw new Error(`seeded ${JSON.stringify(seeded)}`);
    }
    const exported = await exportTimes(ctxOf(commune), root);
    const { pkg } = exported;
    const entries = await checkPackage(pkg);

    // One import outside the figures: checks what it wrote and keeps those rows for the baseline to insert.
    log('import check');
    let rows: Rows | undefined;
    await inFreshOffice(root, async (ctx) => {
      const result = await importExchangePackage(ctx, pkg);
      if (result.written.dossiers !== UNITS || result.preview.files.newFiles !== UNITS * FILES_PER_DOSSIER) {
        throw new Error(`the import wrote ${JSON.stringify(result.written)}, ${result.preview.files.newFiles} files`);
      }
      if (missingBlobs(ctx.store).length) throw new Error('the import left attachments without their files');
      rows = writtenRows(ctx.store);
    });
    const expected = { units: UNITS, attachments: UNITS * FILES_PER_DOSSIER, received_dossiers: UNITS };
    for (const [t, n] of Object.entries(expected)) {
      if (rows![t as keyof Rows].length !== n)
        throw new Error(`the import wrote ${rows![t as keyof Rows].length} ${t}`);
    }
    const blobs = rows!.attachments as { sha256: string; extension: string }[];

    const measured: Sample = () =>
      inFreshOffice(root, async (ctx) => {
        const result = await importExchangePackage(ctx, pkg);
        if (result.written.dossiers !== UNITS) throw new Error('the import did not write every dossier');
      });
    const baseline: Sample = () =>
      inFreshOffice(root, (ctx) => {
        copyRaw(commune.attachmentsDir, ctx.store.attachmentsDir, blobs);
        insertRaw(ctx.store, rows!);
      });
    const cmp = await compare(`exchange import ${UNITS} dossiers`, measured, baseline, RUNS);
    return {
      import: {
        description: `importExchangePackage of a commune-year package (${UNITS} units and dossiers, ${UNITS * FILES_PER_DOSSIER} attachments of 1-8 KB) into a fresh office above each repetition: open, verify every entry, plan, extract with fsync and rename, one transaction`,
        baseline: `the rows the import wrote (exchange_offices, exchange_imports, units, attachments, received_dossiers, received_dossier_files) inserted with one prepared statement per table in one transaction, plus each file read from the commune store and written to the same content-addressed path, fsynced in batches of ${FSYNC_BATCH} files as the import does`,
        target: `ratio <= ${TARGET_RATIO}`,
        meetsTarget: cmp.ratio <= TARGET_RATIO,
        ...cmp,
      },
      export: {
        description: `exportCommuneYear of the same year to a package (records, ${UNITS * FILES_PER_DOSSIER} files, read-back check); informational`,
        medianMs: round(median(exported.ms)),
        samplesMs: exported.ms.map((s) => round(s)),
        packageBytes: fs.statSync(pkg).size,
        attachmentBytes: seeded.bytes,
        entries,
        target: 'none (informational)',
        meetsTarget: true,
      },
    };
  } finally {
    await commune.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
