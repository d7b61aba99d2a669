// The Excel import and the unit form share one limit per field; rows in error stop the import unless the user
// asks to skip them, and then the result names the rows left out (in the app and on the command line).
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '#shared/api/types.ts';
import { unitFieldsSchema } from '#shared/api/schemas.ts';
import { UNIT_TEXT_LIMITS } from '#shared/domain/unitLimits.ts';
import { analyzeFile, commitImport } from '../../electron/core/features/unitImport/service.ts';
import { cli, json } from '../support/cli.ts';
import { testStore } from '../support/services.ts';
import { tempDir } from '../support/tempData.ts';

let root: ReturnType<typeof tempDir>;
let sheet: string;
const tooLongName = `Thôn ${'Đông'.repeat(70)}`;

beforeAll(() => {
  root = tempDir('antt-import-skip-');
  sheet = path.join(root.dir, 'khu-dan-cu.xlsx');
  const ws = XLSX.utils.aoa_to_sheet([
    ['STT', 'Tên khu dân cư', 'Số hộ', 'Địa chỉ'],
    [1, 'Thôn Tân Lập', 120, 'Xóm 1'],
    [2, tooLongName, 80, null],
    [3, 'Thôn Hòa Bình', 'nhiều', null],
    [4, 'Thôn Tân Phú', 95, 'x'.repeat(UNIT_TEXT_LIMITS.address + 1)],
    [5, 'Thôn An Khang', 60, 'Xóm 5'],
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Danh sach');
  fs.writeFileSync(sheet, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
});
afterAll(() => root.cleanup());

describe('import limits and skipping rows in error', () => {
  it('refuses in the import exactly what the form refuses', async () => {
    const t = testStore();
    try {
      const analysis = await analyzeFile(t.store.db, sheet, { kind: 'khu_dan_cu' });
      const byRow = new Map(analysis.rows.map((r) => [r.rowNumber, r]));
      expect(byRow.get(3)).toMatchObject({ status: 'error', problems: ['Tên đơn vị dài quá 200 ký tự.'] });
      expect(byRow.get(5)).toMatchObject({ status: 'error', problems: ['Địa chỉ dài quá 300 ký tự.'] });
      const form = unitFieldsSchema.safeParse({ kind: 'khu_dan_cu', name: tooLongName });
      expect(form.success).toBe(false);
      expect(form.error?.issues[0]?.message).toBe('Tên đơn vị dài quá 200 ký tự.');
      const address = unitFieldsSchema.safeParse({
        kind: 'khu_dan_cu',
        name: 'Thôn Tân Phú',
        address: 'x'.repeat(UNIT_TEXT_LIMITS.address + 1),
      });
      expect(address.error?.issues[0]?.message).toBe('Địa chỉ dài quá 300 ký tự.');
    } finally {
      await t.close();
    }
  });

  it('imports nothing by default, and the good rows when asked to skip the rows in error', async () => {
    const t = testStore();
    try {
      await expect(commitImport(t.ctx, sheet, { kind: 'khu_dan_cu' })).rejects.toThrow(/3 dòng có lỗi/);
      expect((await t.store.db.selectFrom('units').select('id').execute()).length).toBe(0);
      const result = await commitImport(t.ctx, sheet, { kind: 'khu_dan_cu', skipErrors: true });
      expect(result.created).toBe(2);
      expect(result.errorRows).toEqual([3, 4, 5]);
      const names = (await t.store.db.selectFrom('units').select('name').orderBy('name').execute()).map((u) => u.name);
      expect(names).toEqual(['Thôn An Khang', 'Thôn Tân Lập']);
    } finally {
      await t.close();
    }
  });

  it('skips the rows in error from the command line with --skip-errors, naming them', async () => {
    const dir = path.join(root.dir, 'cli');
    const refused = await cli('import-units', sheet, '--data', dir, '--kind', 'khu_dan_cu', '--json');
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/bỏ qua các dòng lỗi/);
    const run = await cli('import-units', sheet, '--data', dir, '--kind', 'khu_dan_cu', '--skip-errors', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(json<{ created: number; errorRows: number[] }>(run)).toMatchObject({ created: 2, errorRows: [3, 4, 5] });
    expect(run.stderr).toMatch(/Bỏ qua 3 dòng có lỗi: dòng 3, 4, 5\./);
    const units = json<Unit[]>(await cli('units', '--data', dir, '--json'));
    expect(units.map((u) => u.name).sort()).toEqual(['Thôn An Khang', 'Thôn Tân Lập']);
  });
});
