// Import of a models list (one row per point, with team counts) through the CLI on the demo data folder: header
// detection, TCVN3 converted, a dry run that writes nothing, an unknown area refused by name with exit 3 and
// nothing written, and the counts the app shows afterwards.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataFolder } from '../../electron/core/dataFolder.ts';
import { modelCounts, modelSummaries } from '../../electron/core/features/models/index.ts';
import { cli, json } from '../support/cli.ts';
import { modelListXlsx, type ModelLine } from '../support/modelSheets.ts';
import { tempDir } from '../support/tempData.ts';

let root: ReturnType<typeof tempDir>;
let data: string;
beforeAll(async () => {
  root = tempDir('antt-model-import-');
  data = path.join(root.dir, 'data');
  expect((await cli('demo', '--data', data, '--year', '2025')).code).toBe(0);
});
afterAll(() => root.cleanup());

const LINES: ModelLine[] = [
  ['Khu dân cư tự quản về ma túy', 'Tự quản', 'Xã Đông Sơn', '21/QĐ-UBND', '01/03/2024', 'Thôn Tân Lập', null, 2, 15],
  [
    'Khu dân cư tự quản về ma túy',
    'Tự quản',
    'Xã Đông Sơn',
    '21/QĐ-UBND',
    '01/03/2024',
    'Thôn Kim Sơn',
    '10/05/2025',
    1,
    6,
  ],
  [
    'Cổng trường an toàn giao thông',
    'Tự phòng',
    'Trường THPT Đông Sơn',
    '7/QĐ-THPT',
    '15/09/2024',
    'Trường THPT Đông Sơn',
    null,
    1,
    8,
  ],
  ['Camera giám sát bến xe', 'Tự bảo vệ', 'Xã Đông Sơn', '99/QĐ-UBND', '01/01/2024', 'Tổ dân phố số 5', null, 1, 5],
];

interface ImportJson {
  dryRun: boolean;
  models: number;
  points: number;
  teams: number;
  counts: { new: number; duplicate: number; error: number };
  encoding: string;
  rows: { rowNumber: number; status: string; problems: string[] }[];
}

const countModels = async () => {
  const store = openDataFolder(data);
  try {
    return (await modelSummaries(store.db)).length;
  } finally {
    await store.close();
  }
};

describe('import-models', () => {
  it('refuses an area not in the registry by name, exit 3, nothing written', async () => {
    const before = await countModels();
    const file = modelListXlsx(path.join(root.dir, 'sai.xlsx'), [
      ...LINES,
      ['Tổ an ninh bến đò', 'Tự bảo vệ', 'Xã Đông Sơn', '30/QĐ-UBND', '01/02/2024', 'Thôn Không Có', null, 1, 4],
    ]);
    const dry = await cli('import-models', file, '--data', data, '--dry-run', '--json');
    expect(dry.code).toBe(3);
    const analysis = JSON.parse(dry.stdout) as ImportJson;
    expect(analysis.rows.find((r) => r.status === 'error')).toMatchObject({
      rowNumber: 9,
      problems: ['Nơi áp dụng "Thôn Không Có" không có trong danh sách đơn vị.'],
    });
    const run = await cli('import-models', file, '--data', data, '--json');
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Chưa ghi gì: 1 dòng có lỗi (dòng 9: Nơi áp dụng "Thôn Không Có"');
    expect(await countModels()).toBe(before);
  });

  it('imports a TCVN3 list: models by name with their points and teams; a second run skips them', async () => {
    const before = await countModels();
    const file = modelListXlsx(path.join(root.dir, 'mo-hinh.xls'), LINES, 'tcvn3');
    const dry = json<ImportJson>(await cli('import-models', file, '--data', data, '--dry-run', '--json'));
    expect(dry).toMatchObject({ dryRun: true, encoding: 'tcvn3', models: 3, points: 4, teams: 5 });
    expect(await countModels()).toBe(before);
    const done = json<ImportJson>(await cli('import-models', file, '--data', data, '--json'));
    expect(done).toMatchObject({ dryRun: false, models: 3, points: 4, teams: 5, counts: { new: 4, error: 0 } });
    expect(await countModels()).toBe(before + 3);

    const store = openDataFolder(data);
    try {
      const drugs = (await modelSummaries(store.db)).find((m) => m.name === 'Khu dân cư tự quản về ma túy')!;
      expect(drugs).toMatchObject({ status: 'nhan_rong', pointCount: 2, teamCount: 3, memberCount: 21 });
      // The app, the CLI and the sheet agree: 5 demo models + 3 new, 6 + 4 points, 12 + 5 teams.
      const counts = await modelCounts(store.db, 2025);
      expect(counts).toMatchObject({ models: 8, points: 10, teams: 17 });
      const { year: _year, ...app } = counts;
      expect(json(await cli('models', '--data', data, '--year', '2025', '--json'))).toEqual(app);
    } finally {
      await store.close();
    }
    const again = json<ImportJson>(await cli('import-models', file, '--data', data, '--json'));
    expect(again).toMatchObject({ models: 0, counts: { new: 0, duplicate: 4, error: 0 } });
  });
});
