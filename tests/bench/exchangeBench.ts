// Exchange at scale: a commune's year of 10,000 dossiers with 20,000 small attachments, exported to a package and
// imported by the office above (open, verify every SHA-256, plan, extract each file with fsync and rename, one
// transaction). The baseline, in the same run, stores the same result with nothing else: the rows the import
// writes, inserted with prepared statements in one transaction, and the same files copied from the commune's store
// into the same content-addressed layout, each fsynced as the import fsyncs it, in batches as the import does (no
// staging folder or rename, which the import needs for crash safety and the baseline does not). The export is timed
// against copying the same files into one file (read, append, one fsync: the floor for writing a package of them),
// at full size and at half size, to show it grows with the size and not faster.
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
import { compare, log, round, type Comparison, type Sample } from './measure.ts';
import { seedCommune } from './exchangeSeed.ts';

const YEAR = 2025;
const UNITS = 10_000;
const FILES_PER_DOSSIER = 2;
const TARGET_RATIO = 2;
const RUNS = { warmup: 1, repetitions: 3 };
const EXPORT_RUNS = { warmup: 1, repetitions: 3 };
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

type ExportResult = Comparison & {
  description: string;
  baseline: string;
  packageBytes: number;
  attachmentBytes: number;
  entries: number;
  /** The same export and copy at half the dossiers and files. */
  half: Comparison & { packageBytes: number; attachmentBytes: number };
  /** (export full / export half) / (copy full / copy half): 1 when the export grows exactly as copying does. */
  growthAgainstCopy: number;
  target: string;
  meetsTarget: boolean;
};

/** How much more time the export may take per byte at full size than at half, against the copy: linear, with noise. */
const EXPORT_GROWTH_TARGET = 1.25;

/** The copy floor: every attachment file of the store read and appended to one file, fsynced once. */
function copyInto(store: DataStore, target: string): void {
  const rows = store.sqlite.prepare('SELECT sha256, extension FROM attachments ORDER BY id').all() as {
    sha256: string;
    extension: string;
  }[];
  const fd = fs.openSync(target, 'w');
  try {
    for (const r of rows) fs.writeSync(fd, fs.readFileSync(blobPath(store.attachmentsDir, r.sha256, r.extension)));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Times the export of a commune's year against copying its files; checks the counts of each package. */
async function exportAgainstCopy(
  ctx: ServiceContext,
  root: string,
  name: string,
  units: number,
): Promise<{ pkg: string; cmp: Comparison }> {
  const pkg = path.join(root, `${name}.anttpkg`);
  const copy = path.join(root, `${name}.chep`);
  const sample =
    (work: () => Promise<unknown>, target: string): Sample =>
    async () => {
      fs.rmSync(target, { force: true });
      if (process.platform === 'linux') execFileSync('sync');
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
  const exported = sample(async () => {
    const { counts } = await exportCommuneYear(ctx, YEAR, pkg);
    if (counts.units !== units || counts.dossiers !== units || counts.files !== units * FILES_PER_DOSSIER) {
      throw new Error(`export wrote ${JSON.stringify(counts)}`);
    }
  }, pkg);
  const copied = sample(async () => copyInto(ctx.store, copy), copy);
  const cmp = await compare(`export ${units} dossiers`, exported, copied, EXPORT_RUNS);
  fs.rmSync(copy, { force: true });
  return { pkg, cmp };
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
    const exported = await exportAgainstCopy(ctxOf(commune), root, 'xa-2025', UNITS);
    const { pkg } = exported;
    const entries = await checkPackage(pkg);
    log(`seeding a commune of half the size`);
    const halfStore = openDataStore(path.join(root, 'xa-nua'));
    let half: ExportResult['half'];
    try {
      const halfSeeded = await seedCommune(ctxOf(halfStore), YEAR, UNITS / 2, FILES_PER_DOSSIER);
      const halfExport = await exportAgainstCopy(ctxOf(halfStore), root, 'xa-nua-2025', UNITS / 2);
      half = {
        ...halfExport.cmp,
        packageBytes: fs.statSync(halfExport.pkg).size,
        attachmentBytes: halfSeeded.bytes,
      };
      fs.rmSync(halfExport.pkg, { force: true });
    } finally {
      await halfStore.close();
    }
    const growthAgainstCopy = round(
      exported.cmp.medianMs / half.medianMs / (exported.cmp.baselineMedianMs / half.baselineMedianMs),
    );

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
        description: `exportCommuneYear of the commune's year to a package (${UNITS} dossiers, ${UNITS * FILES_PER_DOSSIER} files of 1-8 KB: records, files, read-back check), and the same at half the size`,
        baseline:
          'the same attachment files read from the store and appended to one file, fsynced once (the floor for writing a package of them)',
        ...exported.cmp,
        packageBytes: fs.statSync(pkg).size,
        attachmentBytes: seeded.bytes,
        entries,
        half,
        growthAgainstCopy,
        target: `linear in size: growthAgainstCopy <= ${EXPORT_GROWTH_TARGET}`,
        meetsTarget: growthAgainstCopy <= EXPORT_GROWTH_TARGET,
      },
    };
  } finally {
    await commune.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
