// import-incidents and appraisal on the command line: a real incident log in, suggestions out, all rows or none.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INCIDENT_CATEGORY_LABELS } from '#shared/domain/round.ts';
import { DATABASE_FILE } from '../../electron/core/db/open.ts';
import { cli, json } from '../support/cli.ts';
import { incidentLogXlsx, type IncidentLine } from '../support/incidentSheets.ts';
import { tempDir } from '../support/tempData.ts';

interface Entry {
  unit: string;
  kind: string;
  result: string | null;
  criteria: { code: string; verdict: string; suggestion: string | null; reasons: string[] }[];
}

let root: ReturnType<typeof tempDir>;
let demo: string;
let area: string;
beforeAll(async () => {
  root = tempDir('antt-cli-incidents-');
  demo = path.join(root.dir, 'demo');
  expect((await cli('demo', '--year', '2025', '--data', demo)).code).toBe(0);
  const entries = json<Entry[]>(await cli('appraisal', '--year', '2025', '--data', demo, '--json'));
  // A residential area with a dossier and no incident yet.
  area = entries.find((e) => e.kind === 'khu_dan_cu' && e.criteria.every((c) => c.suggestion !== 'khong_dat'))!.unit;
}, 60_000);
afterAll(() => root.cleanup());

const file = (name: string, lines: IncidentLine[], encoding: 'unicode' | 'tcvn3' | 'vni' = 'unicode') =>
  incidentLogXlsx(path.join(root.dir, 'in', name), lines, encoding);
const incidentCount = () => {
  const db = new Database(path.join(demo, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM incidents').pluck().get() as number;
  } finally {
    db.close();
  }
};
const criterionOf = (entries: Entry[], code: string) => entries[0]!.criteria.find((c) => c.code === code)!;

describe('appraisal', () => {
  it('prints one object per dossier with the fixed shape', async () => {
    const entries = json<Entry[]>(await cli('appraisal', '--year', '2025', '--data', demo, '--json'));
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(['criteria', 'kind', 'result', 'unit']);
      expect([null, 'dat', 'chua_dat']).toContain(e.result);
      for (const c of e.criteria) {
        expect(Object.keys(c).sort()).toEqual(['code', 'reasons', 'suggestion', 'verdict']);
        expect(['dat', 'khong_dat', 'chua_danh_gia']).toContain(c.verdict);
        expect([null, 'dat', 'khong_dat']).toContain(c.suggestion);
        expect(c.reasons.every((r) => typeof r === 'string')).toBe(true);
      }
    }
  });

  it('refuses bad usage with 2 and an unknown unit with 3', async () => {
    const noYear = await cli('appraisal', '--data', demo, '--json');
    expect(noYear.code).toBe(2);
    expect(noYear.stderr).toContain('Thiếu --year');
    const unknown = await cli('appraisal', '--year', '2025', '--unit', 'Thôn Không Có', '--data', demo, '--json');
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('Không có hồ sơ năm 2025 của đơn vị "Thôn Không Có"');
    expect(unknown.stdout).toBe('');
  });
});

describe('import-incidents', () => {
  it('imports a TCVN3 log: a theft marks nothing on criterion 3, religion exploited marks it; criterion 4 asks', async () => {
    const log = file(
      'so-vu-viec.xls',
      [
        ['14/06/2025', area, 'toi_pham', 'Trộm cắp xe máy'],
        // An Excel date cell: 45840 is 02/07/2025.
        [45840, area, INCIDENT_CATEGORY_LABELS.loi_dung_ton_giao, 'Lợi dụng tôn giáo kích động'],
      ],
      'tcvn3',
    );
    const before = incidentCount();
    const dry = json<{ dryRun: boolean; encoding: string; counts: Record<string, number> }>(
      await cli('import-incidents', log, '--data', demo, '--dry-run', '--json'),
    );
    expect(dry).toMatchObject({ dryRun: true, encoding: 'tcvn3', counts: { new: 2, duplicate: 0, error: 0 } });
    expect(incidentCount()).toBe(before);

    const done = json<{ created: number }>(await cli('import-incidents', log, '--data', demo, '--json'));
    expect(done.created).toBe(2);
    expect(incidentCount()).toBe(before + 2);
    const again = json<{ created: number; counts: Record<string, number> }>(
      await cli('import-incidents', log, '--data', demo, '--json'),
    );
    expect(again).toMatchObject({ created: 0, counts: { duplicate: 2 } });

    const entries = json<Entry[]>(await cli('appraisal', '--year', '2025', '--unit', area, '--data', demo, '--json'));
    const c3 = criterionOf(entries, '3');
    expect(c3.suggestion).toBe('khong_dat');
    expect(c3.reasons).toEqual([
      'Vụ việc ngày 02/07/2025: Lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp gây mất ANTT (Lợi dụng tôn giáo kích động).',
    ]);
    const c4 = criterionOf(entries, '4');
    expect(c4.suggestion).toBeNull();
    expect(c4.reasons.join(' ')).toContain('Tội phạm, tệ nạn xã hội, tai nạn nghiêm trọng: 1 vụ (năm trước 0)');
  });

  it('imports a VNI log whose unit names are typed in another case, matched to the registry', async () => {
    const typed = area.toLocaleUpperCase('vi');
    const log = file(
      'vni.xls',
      [['03/03/2025', typed, INCIDENT_CATEGORY_LABELS.tu_tap, 'Lôi kéo người dân tụ tập']],
      'vni',
    );
    const dry = json<{ encoding: string; counts: Record<string, number> }>(
      await cli('import-incidents', log, '--data', demo, '--dry-run', '--json'),
    );
    expect(dry).toMatchObject({ encoding: 'vni', counts: { new: 1, error: 0 } });
    const before = incidentCount();
    expect(json<{ created: number }>(await cli('import-incidents', log, '--data', demo, '--json')).created).toBe(1);
    expect(incidentCount()).toBe(before + 1);
    const c3 = criterionOf(
      json<Entry[]>(await cli('appraisal', '--year', '2025', '--unit', area, '--data', demo, '--json')),
      '3',
    );
    expect(c3.reasons).toContain(
      'Vụ việc ngày 03/03/2025: Kích động, lôi kéo người tham gia tụ tập trái pháp luật (Lôi kéo người dân tụ tập).',
    );
  });

  it.each<[string, IncidentLine, string]>([
    ['don-vi-la.xlsx', ['10/05/2025', 'Thôn Không Có', 'toi_pham', null], 'Không có đơn vị "Thôn Không Có"'],
    ['loai-la.xlsx', ['10/05/2025', 'AREA', 'trộm vặt', null], 'Không hiểu loại vụ việc "trộm vặt"'],
    ['ngay-sai.xlsx', ['31/02/2025', 'AREA', 'toi_pham', null], 'Ngày "31/02/2025" không phải ngày hợp lệ'],
  ])('%s: exit 3, a Vietnamese reason, nothing written', async (name, bad, message) => {
    const good: IncidentLine = ['01/05/2025', area, 'khac', 'Dòng đúng'];
    const log = file(name, [good, bad.map((c) => (c === 'AREA' ? area : c)) as IncidentLine]);
    const before = incidentCount();
    const run = await cli('import-incidents', log, '--data', demo, '--json');
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('Chưa ghi gì');
    expect(run.stderr).toContain(`dòng 6: ${message}`);
    expect(incidentCount()).toBe(before);
    const dry = await cli('import-incidents', log, '--data', demo, '--dry-run');
    expect(dry.code).toBe(3);
    expect(dry.stderr).toContain(message);
  });

  it('refuses a missing file argument as bad usage', async () => {
    const run = await cli('import-incidents', '--data', demo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Thiếu đường dẫn tệp Excel');
  });
});
