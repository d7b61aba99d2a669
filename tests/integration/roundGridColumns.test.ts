// The round grid's per-column filters and sort, applied in main to the whole year, block by block; and the
// spreadsheet of the same rows with typed cells.
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { roundWorkbook } from '../../electron/core/features/round/exportXlsx.ts';
import { roundList, roundPage, roundRows, type RoundFilter } from '../../electron/core/features/round/service.ts';
import type { ColumnFilters } from '../../shared/grid/columnFilters.ts';
import { foldText } from '../../shared/text/fold.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeAll(async () => {
  t = testStore();
  await seedDemo(t.ctx, 2025);
});
afterAll(async () => t.close());

async function blocks(filter: Omit<RoundFilter, 'year'>, limit = 7) {
  const names: string[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await roundPage(t.store.db, 2025, { ...filter, offset, limit });
    names.push(...page.rows.map((r) => r.unitName));
    if (page.rows.length < limit) return { names, total: page.total };
  }
}

describe('round grid columns', () => {
  it('sorts by registration date, blanks last, in either direction', async () => {
    const full = await roundRows(t.store.db, 2025);
    const dated = full.filter((r) => r.registration).length;
    for (const sort of ['asc', 'desc'] as const) {
      const { names } = await blocks({ sort: { colId: 'registeredOn', sort } });
      const days = names.map((n) => full.find((r) => r.unitName === n)!.registration?.registeredOn ?? null);
      expect(days.slice(dated).every((d) => d === null)).toBe(true);
      const shown = days.slice(0, dated) as string[];
      const ordered = [...shown].sort();
      expect(shown).toEqual(sort === 'asc' ? ordered : ordered.reverse());
    }
  });

  it('filters with pick lists, text without diacritics, numbers and dates, and counts what is left', async () => {
    const full = await roundRows(t.store.db, 2025);
    const filters: ColumnFilters = {
      kind: { filterType: 'pick', values: ['khu_dan_cu'] },
      unitName: { filterType: 'text', type: 'contains', filter: 'dong' },
      registeredOn: { filterType: 'date', type: 'lessThan', dateFrom: '2025-03-01 00:00:00' },
      households: { filterType: 'number', type: 'greaterThan', filter: 150 },
    };
    const expected = full.filter(
      (r) =>
        r.kind === 'khu_dan_cu' &&
        foldText(r.unitName).includes('dong') &&
        r.registration !== null &&
        r.registration.registeredOn < '2025-03-01' &&
        (r.registration.householdsRegistered ?? -1) > 150,
    );
    expect(expected.length).toBeGreaterThan(0);
    const { names, total } = await blocks({ filters });
    expect(names).toEqual(expected.map((r) => r.unitName));
    expect(total).toBe(expected.length);
    // Either of two conditions.
    const either = await blocks({
      filters: {
        status: { filterType: 'pick', values: ['chua_dang_ky', 'de_nghi'] },
      },
    });
    expect(either.names).toEqual(
      full.filter((r) => r.status === 'chua_dang_ky' || r.status === 'de_nghi').map((r) => r.unitName),
    );
  });

  it('writes the same rows to a spreadsheet with dates as dates and counts as numbers', async () => {
    const rows = await roundList(t.store.db, 2025, { sort: { colId: 'registeredOn', sort: 'asc' } });
    const sheet = XLSX.read(roundWorkbook(rows, 'DANH SÁCH'), { cellDates: true }).Sheets['Đợt xét']!;
    expect(sheet['B3']!.v).toBe('Tên đơn vị');
    expect(sheet['B4']!.v).toBe(rows[0]!.unitName);
    expect(sheet['A4']).toMatchObject({ t: 'n', v: 1 });
    expect(sheet['G4']!.t).toBe('d');
    const day = sheet['G4']!.v as Date;
    expect(XLSX.SSF.format('yyyy-mm-dd', day)).toBe(rows[0]!.registration!.registeredOn);
    const households = rows.findIndex((r) => r.registration?.householdsRegistered != null);
    expect(sheet[`J${4 + households}`]).toMatchObject({
      t: 'n',
      v: rows[households]!.registration!.householdsRegistered,
    });
  });
});
