// A conflict names what differs, in Vietnamese, with values as the user reads them.
import { describe, expect, it } from 'vitest';
import { unitDifferences } from '../../electron/core/features/exchange/differences.ts';
import type { UnitRecord } from '../../electron/core/features/exchange/records.ts';

const base: UnitRecord = {
  id: 'u-1',
  kind: 'khu_dan_cu',
  subtype: 'thon',
  name: 'Thôn Đông 1',
  parentId: null,
  address: null,
  headName: 'Lê Văn Nam',
  headPhone: null,
  households: 120,
  population: 1234,
  notes: null,
  activeFrom: null,
  activeUntil: null,
  mergedIntoId: null,
};

describe('unit differences', () => {
  it('lists only the fields that differ, formatted', () => {
    const names = (uid: string) => (uid === 'u-9' ? 'Thôn Đông 9' : uid);
    const details = unitDifferences(
      { ...base, notes: 'sửa ở tỉnh' },
      { ...base, households: 1777, activeUntil: '2025-06-30', mergedIntoId: 'u-9' },
      names,
    );
    expect(details).toEqual([
      { field: 'Số hộ', here: '120', package: '1.777' },
      { field: 'Ghi chú', here: 'sửa ở tỉnh', package: '' },
      { field: 'Hoạt động đến', here: '', package: '30/06/2025' },
      { field: 'Sáp nhập vào', here: '', package: 'Thôn Đông 9' },
    ]);
  });

  it('is empty for equal records and shortens long values', () => {
    expect(unitDifferences(base, { ...base }, String)).toEqual([]);
    const [note] = unitDifferences(base, { ...base, notes: 'x'.repeat(500) }, String);
    expect(note!.package).toHaveLength(80);
    expect(note!.package.endsWith('…')).toBe(true);
  });
});
