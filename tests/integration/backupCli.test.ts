// backup, restore and check as IT staff run them: the real CLI in a child process over real data folders.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderBytes, openAndFingerprint } from '../support/backupFixtures.ts';
import { cli, json } from '../support/cli.ts';
import { tempDir } from '../support/tempData.ts';

let data: ReturnType<typeof tempDir>;
let other: ReturnType<typeof tempDir>;
let out: ReturnType<typeof tempDir>;

beforeAll(async () => {
  data = tempDir();
  other = tempDir();
  out = tempDir('antt-out-');
  expect((await cli('demo', '--data', data.dir, '--year', '2025')).code).toBe(0);
});
afterAll(() => {
  data.cleanup();
  other.cleanup();
  out.cleanup();
});

describe('backup, restore and check on the command line', () => {
  it('backs up into a folder under the default name and restores into another data folder', async () => {
    const created = json<{ fileName: string; path: string; files: number }>(
      await cli('backup', '--data', data.dir, '--out', out.dir, '--json'),
    );
    expect(created.fileName).toMatch(/^sao-luu-\d{4}-\d{2}-\d{2}-\d{4}\.zip$/);
    expect(created.path).toBe(path.join(out.dir, created.fileName));
    expect(created.files).toBeGreaterThan(1);

    const restore = await cli('restore', created.path, '--data', other.dir, '--json');
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stderr).toMatch(/Đơn vị: \d+/);
    expect(restore.stderr).toMatch(/Quyết định: 1/);
    expect(restore.stderr.indexOf('Đơn vị:')).toBeLessThan(restore.stderr.indexOf('Đã phục hồi'));
    const result = JSON.parse(restore.stdout) as { inspection: { counts: Record<string, number> } };
    expect(result.inspection.counts.units).toBeGreaterThan(0);
    expect(await openAndFingerprint(other.dir)).toEqual(await openAndFingerprint(data.dir));
  });

  it('check exits 0 on sound data and 1 listing what is wrong', async () => {
    const sound = await cli('check', '--data', other.dir, '--json');
    expect(json<{ sound: boolean }>(sound).sound).toBe(true);
    const issuedDir = path.join(other.dir, 'van-ban', '2025');
    const issued = fs.readdirSync(issuedDir)[0]!;
    fs.appendFileSync(path.join(issuedDir, issued), 'sửa');
    const broken = await cli('check', '--data', other.dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`Văn bản đã ban hành "${issued}" có kích thước khác`);
  });

  it('refuses a damaged backup with exit 3 and changes nothing', async () => {
    const bad = path.join(out.dir, 'hong.zip');
    const good = fs.readdirSync(out.dir).find((n) => n.startsWith('sao-luu-'))!;
    const bytes = fs.readFileSync(path.join(out.dir, good));
    fs.writeFileSync(bad, bytes.subarray(0, bytes.length - 100));
    const before = folderBytes(data.dir);
    const run = await cli('restore', bad, '--data', data.dir);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/không đọc được tệp nén|bị hỏng/);
    expect(folderBytes(data.dir)).toEqual(before);
  });

  it('bad usage exits 2', async () => {
    expect((await cli('backup', '--data', data.dir)).code).toBe(2);
    expect((await cli('restore', '--data', data.dir)).code).toBe(2);
    expect((await cli('check', '--data', data.dir, '--out')).code).toBe(2);
  });
});
