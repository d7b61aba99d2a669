// The models CLI on the demo data folder: the year's counts by the national rule, the same figures the app shows.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_STATUSES } from '#shared/domain/models.ts';
import { openDataFolder } from '../../electron/core/dataFolder.ts';
import { modelCounts, modelSummaries } from '../../electron/core/features/models/index.ts';
import { teamRatingSheet } from '../../electron/core/features/securityTeams/index.ts';
import { cli, json } from '../support/cli.ts';
import { tempDir } from '../support/tempData.ts';

let root: ReturnType<typeof tempDir>;
let data: string;
beforeAll(async () => {
  root = tempDir('antt-cli-models-');
  data = path.join(root.dir, 'data');
  expect((await cli('demo', '--data', data, '--year', '2025')).code).toBe(0);
});
afterAll(() => root.cleanup());

describe('cli models', () => {
  it('prints models by name, points, teams, effective, retired and by type; the app counts the same', async () => {
    const counts = json<Record<string, unknown>>(await cli('models', '--data', data, '--year', '2025', '--json'));
    expect(counts).toEqual({
      models: 5,
      points: 6,
      teams: 12,
      effective: 3,
      retired: 1,
      byType: { tu_bao_ve: 2, tu_phong: 1, tu_quan: 2 },
    });
    const store = openDataFolder(data);
    try {
      const { year: _year, ...app } = await modelCounts(store.db, 2025);
      expect(app).toEqual(counts);
      // The demo holds a model in every lifecycle state, and rated security teams within the 20% rule.
      const statuses = new Set((await modelSummaries(store.db)).map((m) => m.status));
      expect([...statuses].sort()).toEqual([...MODEL_STATUSES].sort());
      const sheet = await teamRatingSheet(store.db, 2025);
      expect(sheet.counts).toEqual({ xuat_sac: 1, tot: 5, hoan_thanh: 1, khong_hoan_thanh: 0 });
      expect(sheet.rows.filter((r) => r.notRatedReason !== null)).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('refuses a missing year as bad usage', async () => {
    const run = await cli('models', '--data', data, '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Thiếu --year');
    expect(run.stdout).toBe('');
  });
});
