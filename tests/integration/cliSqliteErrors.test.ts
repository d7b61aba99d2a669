// The command line tells SQLite's failures in the app's Vietnamese words, with the exit code for the kind.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { tempDir } from '../support/tempData.ts';

let root: ReturnType<typeof tempDir>;
let data: string;

beforeAll(async () => {
  root = tempDir('antt-cli-sqlite-');
  data = path.join(root.dir, 'data');
  const seeded = await cli('demo', '--data', data, '--year', '2030');
  expect(seeded.code, seeded.stderr).toBe(0);
});
afterAll(() => root.cleanup());

describe('cli and SQLite errors', () => {
  it('says the database is busy, in Vietnamese, when another process holds the write lock', async () => {
    const other = new Database(path.join(data, 'du-lieu.sqlite'));
    try {
      other.exec('BEGIN IMMEDIATE');
      const run = await cli('demo', '--data', data, '--year', '2031');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Cơ sở dữ liệu đang bận');
      expect(run.stderr).not.toMatch(/database is locked|SQLITE_/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const after = await cli('demo', '--data', data, '--year', '2031');
    expect(after.code, after.stderr).toBe(0);
  });
});
