// Thousands of broken variants of valid packages: each either reads back exactly the original entries (the damage
// hit bytes nothing depends on) or is refused with a PackageError; never another error, never a hang, never a stray file.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPackage, PackageError, writePackage } from '../../electron/core/features/exchange/container.ts';
import {
  applyMutations,
  mutationsArb,
  rawPackage,
  SAMPLE_FILES,
  SAMPLE_HEADER,
  type PackageFile,
} from '../support/packageMutations.ts';
import { tempDir } from '../support/tempData.ts';

let dir: string;
let cleanup: () => void;
const originals = new Map<string, Buffer>();
const bases: Buffer[] = [];

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('antt-mutations-'));
  const files: PackageFile[] = [
    ...SAMPLE_FILES,
    {
      path: 'records/dossiers.json',
      data: JSON.stringify({ rows: Array.from({ length: 40 }, (_, i) => `hồ sơ ${i}`) }),
    },
  ];
  for (const file of files) originals.set(file.path, Buffer.from(file.data));
  bases.push(rawPackage(files));
  // The real writer too: yazl adds data descriptors and timestamp extra fields the raw writer does not.
  const written = path.join(dir, 'written.anttpkg');
  await writePackage(
    written,
    SAMPLE_HEADER,
    files.map((file) => ({ path: file.path, data: Buffer.from(file.data) })),
  );
  bases.push(fs.readFileSync(written));
});
afterAll(() => cleanup());

function withinSeconds<T>(seconds: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Extracts every listed entry, then verifies the whole package; returns how it went. */
async function useMutated(file: string, outDir: string): Promise<'read' | 'refused'> {
  let reader;
  try {
    reader = await openPackage(file);
  } catch (error) {
    expect(error).toBeInstanceOf(PackageError);
    return 'refused';
  }
  try {
    let extractFailed = false;
    for (const [i, entry] of reader.manifest.entries.entries()) {
      const dest = path.join(outDir, String(i));
      try {
        await reader.extractTo(entry.path, dest);
      } catch (error) {
        expect(error).toBeInstanceOf(PackageError);
        expect(fs.existsSync(dest)).toBe(false);
        extractFailed = true;
      }
    }
    try {
      await reader.verifyAll();
    } catch (error) {
      expect(error).toBeInstanceOf(PackageError);
      return 'refused';
    }
    // A package that verifies is the original one, entry for entry.
    expect(extractFailed).toBe(false);
    expect(reader.manifest.entries.map((e) => e.path).sort()).toEqual([...originals.keys()].sort());
    for (const [i, entry] of reader.manifest.entries.entries()) {
      const original = originals.get(entry.path)!;
      expect((await reader.readBuffer(entry.path)).equals(original)).toBe(true);
      expect(fs.readFileSync(path.join(outDir, String(i))).equals(original)).toBe(true);
    }
    return 'read';
  } finally {
    await reader.close();
  }
}

it('reads a mutated package exactly or refuses it with a PackageError', { timeout: 120_000 }, async () => {
  const outcomes = { read: 0, refused: 0 };
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: bases.length - 1 }), mutationsArb, async (base, mutations) => {
      const runDir = path.join(dir, `run-${run++}`);
      fs.mkdirSync(runDir);
      const file = path.join(runDir, 'p.anttpkg');
      fs.writeFileSync(file, applyMutations(bases[base]!, mutations));
      const out = path.join(runDir, 'out');
      fs.mkdirSync(out);
      outcomes[await withinSeconds(5, useMutated(file, out))]++;
      // Nothing but the package and the extracted entries was written.
      expect(fs.readdirSync(runDir).sort()).toEqual(['out', 'p.anttpkg']);
      fs.rmSync(runDir, { recursive: true });
    }),
    { numRuns: 2500 },
  );
  // Most damage must be caught, and some must land in bytes nothing reads (so the "read" branch is exercised).
  expect(outcomes.refused).toBeGreaterThan(outcomes.read);
  expect(outcomes.read).toBeGreaterThan(0);
});
