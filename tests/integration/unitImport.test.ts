import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { analyzeFile, commitImport, listBatches, undoImport } from '../../electron/core/features/unitImport/service.ts';
import { exportUnitsXlsx } from '../../electron/core/features/units/exportXlsx.ts';
import { queryUnits, updateUnit } from '../../electron/core/features/units/service.ts';
import { DomainError } from '../../electron/core/errors.ts';
import { testStore } from '../support/services.ts';
import {
  LEGACY_EXPECTED,
  MESSY_EXPECTED,
  legacyTcvn3Xls,
  legacyVniXlsx,
  messyResidentialXlsx,
} from '../support/spreadsheets.ts';

let t: ReturnType<typeof testStore>;
beforeEach(async () => {
  t = testStore();
  await seedDemo(t.ctx, 2025);
});
afterEach(async () => t.close());

const file = (name: string) => path.join(t.dir, 'in', name);

describe('spreadsheet import of units', () => {
  it('reads a messy residential list: titles, merged two-row header, blanks, totals, "1.234", NFD, duplicates', async () => {
    const xlsx = messyResidentialXlsx(file('messy.xlsx'));
    const analysis = await analyzeFile(t.store.db, xlsx, { kind: 'khu_dan_cu' });
    expect(analysis.sheet).toBe('Danh sach');
    expect(analysis.headerRow).toBe(5);
    expect(analysis.columns.filter((c) => c.field).map((c) => c.field)).toEqual([
      'name',
      'households',
      'population',
      'headName',
      'notes',
    ]);
    expect(analysis.counts).toEqual({ new: 4, duplicate: 2, error: 0, skipped: 1 });
    const skipped = analysis.rows.find((r) => r.status === 'skipped')!;
    expect(skipped.rowNumber).toBe(15);
    expect(skipped.problems.join()).toContain('tổng cộng');
    const dups = analysis.rows.filter((r) => r.status === 'duplicate').map((r) => r.rowNumber);
    expect(dups).toEqual([11, 12]);

    const before = (await queryUnits(t.store.db)).length;
    const result = await commitImport(t.ctx, xlsx, { kind: 'khu_dan_cu' });
    expect(result.created).toBe(4);
    const units = await queryUnits(t.store.db, { kind: 'khu_dan_cu' });
    expect((await queryUnits(t.store.db)).length).toBe(before + 4);
    for (const expected of MESSY_EXPECTED) {
      const unit = units.find((u) => u.name === expected.name);
      expect(unit, expected.name).toBeDefined();
      expect(unit!.name).toBe(unit!.name.normalize('NFC'));
      expect(unit).toMatchObject({ ...expected, importBatchId: result.batch.id, createdBy: 'tester' });
    }
    expect(units.some((u) => /t[oổ]ng c[oộ]ng/i.test(u.name))).toBe(false);
  });

  it.each([
    ['TCVN3 .xls', legacyTcvn3Xls, 'tcvn3.xls', 'tcvn3'],
    ['VNI .xlsx', legacyVniXlsx, 'vni.xlsx', 'vni'],
  ] as const)('converts %s text and takes the kind from section headings', async (_label, make, name, encoding) => {
    const f = make(file(name));
    const analysis = await analyzeFile(t.store.db, f);
    expect(analysis.encoding).toBe(encoding);
    expect(analysis.counts.new).toBe(4);
    expect(analysis.counts.skipped).toBe(3);
    await commitImport(t.ctx, f);
    const units = await queryUnits(t.store.db);
    for (const e of LEGACY_EXPECTED) expect(units.find((u) => u.name === e.name)).toMatchObject(e);
  });

  it('rejects a file that is not a spreadsheet and changes nothing', async () => {
    const fake = file('danh-sach.xlsx');
    fs.mkdirSync(path.dirname(fake), { recursive: true });
    fs.writeFileSync(fake, 'Thôn Đông 1, 200 hộ\nThôn Đông 2, 300 hộ\n');
    const before = await queryUnits(t.store.db);
    await expect(commitImport(t.ctx, fake)).rejects.toMatchObject({ kind: 'validation' });
    await expect(commitImport(t.ctx, fake)).rejects.toThrow(/không phải bảng tính Excel/);
    expect(await queryUnits(t.store.db)).toEqual(before);
    expect(await listBatches(t.store.db)).toEqual([]);
  });

  it('commits nothing when any row has an error', async () => {
    const xlsx = messyResidentialXlsx(file('messy.xlsx'));
    // Mapping the head-name column as households makes names into bad numbers.
    const analysis = await analyzeFile(t.store.db, xlsx, { kind: 'khu_dan_cu' });
    const mapping = analysis.columns.map((c) => ({
      index: c.index,
      field: c.field === 'households' ? null : c.field === 'headName' ? ('households' as const) : c.field,
    }));
    const before = await queryUnits(t.store.db);
    const error = await commitImport(t.ctx, xlsx, { kind: 'khu_dan_cu', mapping }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(/dòng 7: Số hộ "Nguyễn Văn Bảy"/);
    expect(await queryUnits(t.store.db)).toEqual(before);
  });

  it('undoes a batch, and refuses once a unit of it was edited', async () => {
    const xlsx = messyResidentialXlsx(file('messy.xlsx'));
    const before = await queryUnits(t.store.db);
    const first = await commitImport(t.ctx, xlsx, { kind: 'khu_dan_cu' });
    const undone = await undoImport(t.ctx, first.batch.id);
    expect(undone.undoneBy).toBe('tester');
    expect(await queryUnits(t.store.db)).toEqual(before);

    const second = await commitImport(t.ctx, xlsx, { kind: 'khu_dan_cu' });
    const unit = (await queryUnits(t.store.db)).find((u) => u.importBatchId === second.batch.id)!;
    await updateUnit(t.ctx, unit.id, unit.version, { ...unit, notes: 'đã sửa' });
    await expect(undoImport(t.ctx, second.batch.id)).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('exports units to .xlsx that imports back as the same units, all recognised as existing', async () => {
    const units = await queryUnits(t.store.db);
    const out = file('xuat.xlsx');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    exportUnitsXlsx(units, 'DANH SÁCH ĐƠN VỊ - XÃ ĐÔNG SƠN', out);
    const analysis = await analyzeFile(t.store.db, out);
    expect(analysis.headerRow).toBe(3);
    expect(analysis.counts).toMatchObject({ new: 0, error: 0, duplicate: units.length });
    const byName = new Map(analysis.rows.map((r) => [r.name, r]));
    for (const u of units) {
      expect(byName.get(u.name)).toMatchObject({ kind: u.kind, households: u.households, headPhone: u.headPhone });
    }
  });
});
