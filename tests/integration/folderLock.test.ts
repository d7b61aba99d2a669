// While the app has a data folder open, a restore from the command line is refused and changes nothing; a mark left
// by an app that crashed does not stop it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLDER_LOCK, folderHolder, holdFolder } from '../../electron/core/db/folderLock.ts';
import { folderBytes } from '../support/backupFixtures.ts';
import { cli, json } from '../support/cli.ts';
import { tempDir } from '../support/tempData.ts';

let data: ReturnType<typeof tempDir>;
let out: ReturnType<typeof tempDir>;
let backup: string;

beforeAll(async () => {
  data = tempDir();
  out = tempDir('antt-out-');
  expect((await cli('demo', '--data', data.dir, '--year', '2025')).code).toBe(0);
  backup = json<{ path: string }>(await cli('backup', '--data', data.dir, '--out', out.dir, '--json')).path;
});
afterAll(() => {
  data.cleanup();
  out.cleanup();
});

describe('the open data folder', () => {
  it('refuses a command-line restore while the app (here: this test process) holds it, changing nothing', async () => {
    const release = holdFolder(data.dir, new Date());
    try {
      const before = folderBytes(data.dir);
      const run = await cli('restore', backup, '--data', data.dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Phần mềm đang mở thư mục dữ liệu này');
      expect(folderBytes(data.dir)).toEqual(before);
    } finally {
      release();
    }
    expect(fs.existsSync(path.join(data.dir, FOLDER_LOCK))).toBe(false);
  });

  it('lets a restore through when the mark was left by a process that is gone', async () => {
    fs.writeFileSync(
      path.join(data.dir, FOLDER_LOCK),
      JSON.stringify({ pid: 2147483646, host: os.hostname(), since: new Date().toISOString() }),
    );
    expect(folderHolder(data.dir)).toBeNull();
    const run = await cli('restore', backup, '--data', data.dir);
    expect(run.code, run.stderr).toBe(0);
  });

  it('takes a mark from another machine at its word', () => {
    fs.writeFileSync(
      path.join(data.dir, FOLDER_LOCK),
      JSON.stringify({ pid: 2147483646, host: 'may-khac', since: new Date().toISOString() }),
    );
    expect(folderHolder(data.dir)).toMatchObject({ host: 'may-khac' });
    fs.rmSync(path.join(data.dir, FOLDER_LOCK));
  });
});
