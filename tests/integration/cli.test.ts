import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '#shared/api/types.ts';
import { messyResidentialXlsx } from '../support/spreadsheets.ts';
import { cli, cliIn, json, runs } from '../support/cli.ts';
import { tempDir } from '../support/tempData.ts';

const listUnits = async (dir: string) => json<Unit[]>(await cli('units', '--data', dir, '--json'));

let root: ReturnType<typeof tempDir>;
let demo: string;
let messy: string;

beforeAll(async () => {
  root = tempDir('antt-cli-');
  demo = path.join(root.dir, 'demo');
  messy = messyResidentialXlsx(path.join(root.dir, 'in', 'danh-sach-khu-dan-cu.xlsx'));
  const seeded = await cli('demo', '--data', demo);
  expect(seeded.code, seeded.stderr).toBe(0);
});
afterAll(() => root.cleanup());

describe('cli', () => {
  it('seeds the demo commune once: running demo again adds nothing', async () => {
    const again = json<{ unitsCreated: number; unitsTotal: number; settingsCreated: boolean }>(
      await cli('demo', '--data', demo, '--json'),
    );
    expect(again).toMatchObject({ unitsCreated: 0, settingsCreated: false });
    expect(again.unitsTotal).toBeGreaterThanOrEqual(35);
  });

  it('lists the units as JSON', async () => {
    const units = await listUnits(demo);
    expect(units.length).toBeGreaterThanOrEqual(35);
    for (const u of units) {
      expect(typeof u.name).toBe('string');
      expect(typeof u.kind).toBe('string');
      expect(u.households === null || Number.isInteger(u.households)).toBe(true);
    }
    expect(units.some((u) => u.kind === 'khu_dan_cu' && (u.households ?? 0) > 0)).toBe(true);
  });

  it('lists one kind with --kind', async () => {
    const units = json<Unit[]>(await cli('units', '--data', demo, '--kind', 'co_quan', '--json'));
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units.map((u) => u.kind))).toEqual(new Set(['co_quan']));
  });

  it('changes nothing on --dry-run and reports what it would do', async () => {
    const dir = path.join(root.dir, 'dry-run');
    await cli('demo', '--data', dir);
    const before = await listUnits(dir);
    const dry = json<{ dryRun: boolean; counts: Record<string, number> }>(
      await cli('import-units', messy, '--data', dir, '--kind', 'khu_dan_cu', '--dry-run', '--json'),
    );
    expect(dry).toMatchObject({ dryRun: true, counts: { new: 4, duplicate: 2, error: 0, skipped: 1 } });
    expect(await listUnits(dir)).toEqual(before);
  });

  it('imports the messy spreadsheet: 4 new units', async () => {
    const before = await listUnits(demo);
    const result = json<{ dryRun: boolean; created: number; batch: { id: number } }>(
      await cli('import-units', messy, '--data', demo, '--kind', 'khu_dan_cu', '--json'),
    );
    expect(result).toMatchObject({ dryRun: false, created: 4 });
    const after = await listUnits(demo);
    expect(after.length).toBe(before.length + 4);
    expect(
      after
        .filter((u) => u.importBatchId === result.batch.id)
        .map((u) => u.name)
        .sort(),
    ).toEqual(['Bản Nà Mèo', 'Khu phố Chợ', 'Thôn Hạ Long', 'Tổ dân phố số 7'].sort());
  });

  it('rejects a text file named .xlsx with exit code 3 and a Vietnamese message, changing nothing', async () => {
    const fake = path.join(root.dir, 'in', 'gia-mao.xlsx');
    fs.writeFileSync(fake, 'Thôn Đông 1, 200 hộ\nThôn Đông 2, 300 hộ\n');
    const before = await listUnits(demo);
    for (const extra of [[], ['--dry-run']]) {
      const run = await cli('import-units', fake, '--data', demo, '--kind', 'khu_dan_cu', '--json', ...extra);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/không phải bảng tính Excel/);
      expect(run.stdout).toBe('');
    }
    expect(await listUnits(demo)).toEqual(before);
  });

  it.each([
    ['an unknown command', ['xoa-het']],
    ['an unknown flag', ['units', '--xoa']],
    ['a flag without its value', ['units', '--kind']],
    ['a value given to a boolean flag', ['units', '--json=yes']],
    ['an unknown unit kind', ['units', '--kind', 'cho']],
    ['no command at all', []],
  ])('exits 2 on %s', async (_label, args) => {
    const run = await cli('--data', path.join(root.dir, 'usage'), '--json', ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/[ảạâăđêôơư]/);
  });

  // A value flag must not swallow the next flag (that once created a data folder named "--json").
  it('treats "--data" followed by another flag as a missing value', async () => {
    const cwd = path.join(root.dir, 'cwd');
    fs.mkdirSync(cwd, { recursive: true });
    const run = await cliIn(cwd, 'units', '--data', '--json');
    expect(fs.readdirSync(cwd)).toEqual([]);
    expect(run.code).toBe(2);
  });

  it('lists an empty folder as []', async () => {
    const empty = path.join(root.dir, 'empty');
    const run = await cli('units', '--data', empty, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('always prints JSON (or nothing, on failure) to stdout under --json', () => {
    const withJson = runs.filter((r) => r.args.includes('--json') && r.args[r.args.indexOf('--json') - 1] !== '--data');
    expect(withJson.length).toBeGreaterThan(10);
    for (const run of withJson) {
      if (run.code === 0) expect(() => JSON.parse(run.stdout), run.args.join(' ')).not.toThrow();
      else expect(run.stdout, run.args.join(' ')).toBe('');
    }
  });
});
