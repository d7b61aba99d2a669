// Crash safety of backups: a backup killed (SIGKILL) at random moments never leaves a file under its final name
// that does not verify, and never changes the data it reads.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBackup } from '../../electron/core/features/backup/inspect.ts';
import { copyFolder, openAndFingerprint } from '../support/backupFixtures.ts';
import { crashTemplate, delays, runChild } from '../support/backupCrash.ts';
import { tempDir } from '../support/tempData.ts';

const ITERATIONS = 8;
let root: ReturnType<typeof tempDir>;
let data: Awaited<ReturnType<typeof crashTemplate>>;

beforeAll(async () => {
  root = tempDir('antt-crash-');
  data = await crashTemplate(root.dir);
}, 60_000);
afterAll(() => root.cleanup());

describe('crash safety of backups', () => {
  it('a backup killed at random points never leaves an unverifiable file under its final name', async () => {
    const source = path.join(root.dir, 'nguon');
    copyFolder(data.template, source);
    const out = path.join(root.dir, 'ra');
    fs.mkdirSync(out);
    const full = await runChild('backup', source, path.join(out, 'tron-ven.zip'), null);
    expect(full.finished).toBe(true);
    let completed = 0;
    for (const [i, delay] of delays(7, ITERATIONS, full.ms * 1.2).entries()) {
      const target = path.join(out, `lan-${i}.zip`);
      const run = await runChild('backup', source, target, delay);
      if (fs.existsSync(target)) {
        completed++;
        await inspectBackup(target);
      } else {
        expect(run.finished).toBe(false);
      }
    }
    // Only temp names (hidden, ".tmp") may be left by the killed runs.
    for (const name of fs.readdirSync(out)) expect(name).toMatch(/^(tron-ven|lan-\d+)\.zip$|^\..*\.tmp$/);
    expect(completed).toBeLessThan(ITERATIONS);
    expect(await openAndFingerprint(source)).toEqual(data.before);
  }, 60_000);
});
