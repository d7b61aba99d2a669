// Backups under the package rule: a compression bomb is refused, a file the database does not name is refused at
// restore (and left out of backups) and listed by the data check, and what killed processes leave is swept at the next open.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataFolder } from '../../electron/core/dataFolder.ts';
import { checkData } from '../../electron/core/features/backup/check.ts';
import { createBackup } from '../../electron/core/features/backup/create.ts';
import { inspectBackup } from '../../electron/core/features/backup/inspect.ts';
import { restoreBackup } from '../../electron/core/features/backup/restore.ts';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { folderBytes } from '../support/backupFixtures.ts';
import { FIXED_NOW, testStore } from '../support/services.ts';
import { tempDir } from '../support/tempData.ts';

let t: ReturnType<typeof testStore>;
let out: ReturnType<typeof tempDir>;
let good: Record<string, Uint8Array>;

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The good backup with one more entry, listed in its manifest with the right size and hash. */
function withEntry(name: string, entry: string, data: Uint8Array): string {
  const manifest = JSON.parse(Buffer.from(good['manifest.json']!).toString('utf8')) as {
    entries: { path: string; size: number; sha256: string }[];
  };
  manifest.entries.push({ path: entry, size: data.length, sha256: sha(data) });
  const file = path.join(out.dir, name);
  const files = { ...good, [entry]: data, 'manifest.json': strToU8(JSON.stringify(manifest)) };
  fs.writeFileSync(file, zipSync(files, { level: 9 }));
  return file;
}

beforeAll(async () => {
  t = testStore();
  out = tempDir('antt-out-');
  await seedDemoUnits(t.ctx);
  const file = path.join(out.dir, 'tot.zip');
  await createBackup(t.store, file, { label: 'manual', now: () => FIXED_NOW });
  good = unzipSync(fs.readFileSync(file));
});
afterAll(async () => {
  await t.close();
  out.cleanup();
});

describe('hostile backup entries', () => {
  it('an entry inflating more than the package ratio is refused before anything is read', async () => {
    const bomb = withEntry('bom.zip', 'tep-dinh-kem/aa/bom.pdf', new Uint8Array(64 * 1024 * 1024));
    expect(fs.statSync(bomb).size).toBeLessThan(2 * 1024 * 1024);
    const before = folderBytes(t.dir);
    for (const attempt of [
      inspectBackup(bomb),
      restoreBackup(t.store, bomb, { now: () => FIXED_NOW }).then((r) => r.result),
    ]) {
      const error = await attempt.catch((e: unknown) => e);
      expect(error).toMatchObject({
        kind: 'validation',
        message: expect.stringMatching(/"tep-dinh-kem\/aa\/bom.pdf".*bom nén/),
      });
    }
    expect(folderBytes(t.dir)).toEqual(before);
  });

  it('an .hta in a backup is refused before anything is restored', async () => {
    const file = withEntry(
      'hta.zip',
      'tep-dinh-kem/ab/chay-toi.hta',
      strToU8('<script>new ActiveXObject("WScript.Shell")</script>'),
    );
    await expect(inspectBackup(file)).rejects.toThrow(/\.hta/);
    await expect(restoreBackup(t.store, file, { now: () => FIXED_NOW })).rejects.toThrow(/\.hta/);
    expect(fs.existsSync(path.join(t.dir, 'tep-dinh-kem', 'ab', 'chay-toi.hta'))).toBe(false);
  });

  it('a viewable file the database does not name is refused at inspection and at restore, changing nothing', async () => {
    const entry = 'tep-dinh-kem/ab/thua.pdf';
    const file = withEntry('la.zip', entry, strToU8('%PDF-1.4\n%%EOF\n'));
    const before = folderBytes(t.dir);
    const refusal = /1 tệp mà dữ liệu không nhắc tới \(ví dụ "tep-dinh-kem\/ab\/thua.pdf"\)/;
    await expect(inspectBackup(file)).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(refusal),
    });
    await expect(restoreBackup(t.store, file, { now: () => FIXED_NOW })).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(refusal),
    });
    expect(folderBytes(t.dir)).toEqual(before);
  });

  it('a backup leaves out a stored file no row names, so it restores; the data check lists that file', async () => {
    const stray = path.join(t.dir, 'tep-dinh-kem', 'ab', `${'a'.repeat(64)}.pdf`);
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, '%PDF-1.4\n%%EOF\n');
    try {
      const report = await checkData(t.store);
      expect(report.problems).toContainEqual(expect.stringMatching(/tep-dinh-kem\/ab\/a{64}\.pdf".*không nhắc tới/));
      const file = path.join(out.dir, 'co-tep-thua.zip');
      await createBackup(t.store, file, { label: 'manual', now: () => FIXED_NOW });
      expect(Object.keys(unzipSync(fs.readFileSync(file))).some((name) => name.endsWith(`${'a'.repeat(64)}.pdf`))).toBe(
        false,
      );
      const { store } = await restoreBackup(t.store, file, { now: () => FIXED_NOW });
      t.store = store;
      t.ctx.store = store;
      expect(fs.existsSync(stray)).toBe(false);
      expect((await checkData(store)).sound).toBe(true);
    } finally {
      fs.rmSync(stray, { force: true });
    }
  });

  it('the data check lists files of the data folder that the database does not name', async () => {
    const stray = path.join(t.dir, 'tep-dinh-kem', 'cd', 'them-tay.exe');
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, 'MZ');
    try {
      const report = await checkData(t.store);
      expect(report.sound).toBe(false);
      expect(report.problems).toContainEqual(expect.stringMatching(/"tep-dinh-kem\/cd\/them-tay.exe".*không nhắc tới/));
    } finally {
      fs.rmSync(stray);
    }
  });
});

describe('leftovers of killed processes', () => {
  it('are swept at the next open; a running process’s and fresh unmarked ones are kept', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const data = tempDir('antt-quet-');
    openDataFolder(data.dir).sqlite.close();
    const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), `antt-sao-luu-${dead}-`));
    const ours = fs.mkdtempSync(path.join(os.tmpdir(), `antt-kiem-tra-${process.pid}-`));
    try {
      fs.writeFileSync(path.join(snapshot, 'du-lieu.sqlite'), 'ảnh chụp cơ sở dữ liệu');
      const put = (rel: string, ageDays = 0) => {
        const abs = path.join(data.dir, rel);
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, 'dở dang');
        const at = new Date(Date.now() - ageDays * 24 * 3600 * 1000);
        fs.utimesSync(abs, at, at);
        return rel;
      };
      const gone = [
        put(`.du-lieu.sqlite.${dead}-0123456789ab.tmp`),
        put(`sao-luu/.sao-luu-2026-12-01-0900.zip.${dead}-0123456789ab.tmp`),
        put(`tep-dinh-kem/.nhan.${dead}-0123456789ab.tmp`),
        put('tep-dinh-kem/.nhan-0123456789abcdef.tmp', 2),
      ];
      const kept = [
        put(`.cai-dat.json.${process.pid}-0123456789ab.tmp`),
        put('tep-dinh-kem/.nhan-fedcba9876543210.tmp'),
      ];
      openDataFolder(data.dir).sqlite.close();
      for (const rel of gone) expect(fs.existsSync(path.join(data.dir, rel)), rel).toBe(false);
      for (const rel of kept) expect(fs.existsSync(path.join(data.dir, rel)), rel).toBe(true);
      expect(fs.existsSync(snapshot)).toBe(false);
      expect(fs.existsSync(ours)).toBe(true);
    } finally {
      fs.rmSync(snapshot, { recursive: true, force: true });
      fs.rmSync(ours, { recursive: true, force: true });
      data.cleanup();
    }
  });
});
