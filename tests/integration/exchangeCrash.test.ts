// Kill the importing process (SIGKILL) at random moments: the office's data is then exactly as before the import
// or exactly as after it — rows and the files they refer to — never in between.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataStore } from '../../electron/core/db/open.ts';
import { communeWithPackage, missingBlobs, officeAbove, rowsFingerprint } from '../support/exchangeFixtures.ts';
import { tempDir } from '../support/tempData.ts';

const CHILD = path.resolve(import.meta.dirname, '../support/exchangeCrashChild.ts');
const KILLS = 12;

let root: ReturnType<typeof tempDir>;
let template: string;
let pkg: string;
let before: Record<string, string>;
let after: Record<string, string>;

function importInChild(dataDir: string, killAfterMs: number | null): Promise<'done' | 'killed'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataDir, pkg], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (killAfterMs !== null && out.includes('ready')) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0 && out.includes('done')) resolve('done');
      else reject(new Error(`import child failed (${code}): ${err}`));
    });
  });
}

async function fingerprint(dir: string) {
  const store = openDataStore(dir);
  try {
    expect(missingBlobs(store)).toEqual([]);
    return rowsFingerprint(store);
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  root = tempDir('antt-exchange-crash-');
  pkg = path.join(root.dir, 'xa-2025.anttpkg');
  const commune = await communeWithPackage(path.join(root.dir, 'xa'), pkg);
  await commune.store.close();
  template = path.join(root.dir, 'template');
  const above = await officeAbove(template);
  await above.store.close();
  before = await fingerprint(template);
  const clean = path.join(root.dir, 'clean');
  fs.cpSync(template, clean, { recursive: true });
  expect(await importInChild(clean, null)).toBe('done');
  after = await fingerprint(clean);
  expect(after.received_dossiers).not.toBe(before.received_dossiers);
}, 120_000);
afterAll(() => root.cleanup());

describe('an import killed at random points', () => {
  it(`leaves the data as before or as after (${KILLS} kills)`, async () => {
    const seen = { before: 0, after: 0 };
    for (let i = 0; i < KILLS; i++) {
      const dir = path.join(root.dir, `kill-${i}`);
      fs.cpSync(template, dir, { recursive: true });
      // Spread the kills over the whole import: from before it reads the package to after it commits.
      await importInChild(dir, Math.floor(Math.random() * 900));
      const rows = await fingerprint(dir);
      if (JSON.stringify(rows) === JSON.stringify(before)) seen.before += 1;
      else {
        expect(rows).toEqual(after);
        seen.after += 1;
      }
      // The import can then simply be run again, and ends where a clean import ends.
      expect(await importInChild(dir, null)).toBe('done');
      expect(await fingerprint(dir)).toEqual(after);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(seen.before + seen.after).toBe(KILLS);
  }, 240_000);
});
