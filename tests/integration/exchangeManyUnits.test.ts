// A package with more units than SQLite binds parameters in one statement (32,766): planned, imported and planned
// again without a list of that many values in any query.
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writePackage, type EntrySource } from '../../electron/core/features/exchange/container.ts';
import {
  importExchangePackage as importPackage,
  previewExchangePackage as previewPackage,
} from '../../electron/core/features/exchange/service.ts';
import { RECORD_FILES, type UnitRecord } from '../../electron/core/features/exchange/records.ts';
import { officeAbove } from '../support/exchangeFixtures.ts';
import { tempDir } from '../support/tempData.ts';

const UNITS = 33_000;
const OFFICE = {
  id: '5f0c1d2e-0000-4000-8000-000000000001',
  name: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
  level: 'xa',
  province: 'Thanh Hóa',
};

let root: ReturnType<typeof tempDir>;
beforeEach(() => {
  root = tempDir('antt-exchange-many-');
});
afterEach(() => root.cleanup());

function unit(i: number): UnitRecord {
  const commune = i < 10;
  return {
    id: `u-${i}`,
    kind: commune ? 'xa_phuong' : 'khu_dan_cu',
    subtype: commune ? 'xa' : 'thon',
    name: commune ? `Xã ${i}` : `Thôn Tân Lập ${i}`,
    // Residential areas point at a commune listed after them too, so links are set once every row exists.
    parentId: commune ? null : `u-${(i * 7) % 10}`,
    address: null,
    headName: null,
    headPhone: null,
    households: null,
    population: null,
    notes: null,
    activeFrom: null,
    activeUntil: i % 1000 === 1 ? '2025-03-31' : null,
    mergedIntoId: i % 1000 === 1 ? `u-${UNITS - 1}` : null,
    hasPartyOrganisation: true,
    excludedKind: null,
    excludedReason: null,
  };
}

it(`plans and imports a package of ${UNITS} units`, { timeout: 120_000 }, async () => {
  const units = Array.from({ length: UNITS }, (_, i) => unit(UNITS - 1 - i));
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const entries: EntrySource[] = [
    { path: RECORD_FILES.office, data: json({ ...OFFICE, placeName: 'Đông Sơn', standingOfficeName: 'Công an xã' }) },
    { path: RECORD_FILES.units, data: json(units) },
    { path: RECORD_FILES.dossiers, data: json([]) },
    { path: RECORD_FILES.decisions, data: json([]) },
  ];
  const pkg = path.join(root.dir, 'xa.anttpkg');
  await writePackage(
    pkg,
    {
      kind: 'commune-year',
      packageId: '5f0c1d2e-0000-4000-8000-000000000002',
      office: OFFICE,
      year: 2025,
      createdAt: '2025-12-01T08:30:00.000+07:00',
      appVersion: '0.1.0',
    },
    entries,
  );
  const { store, ctx } = await officeAbove(path.join(root.dir, 'tinh'));
  try {
    expect((await previewPackage(ctx, pkg)).counts.units).toEqual({
      new: UNITS,
      changed: 0,
      conflicting: 0,
      unchanged: 0,
    });
    const result = await importPackage(ctx, pkg);
    expect(result.written.units).toBe(UNITS);
    const links = store.sqlite
      .prepare(
        `SELECT u.uid, p.uid AS parent, m.uid AS merged FROM units u
           LEFT JOIN units p ON p.id = u.parent_id LEFT JOIN units m ON m.id = u.merged_into_id
         WHERE u.source_office_id IS NOT NULL`,
      )
      .all() as { uid: string; parent: string | null; merged: string | null }[];
    expect(links).toHaveLength(UNITS);
    const byUid = new Map(units.map((u) => [u.id, u]));
    for (const l of links) {
      expect([l.parent, l.merged]).toEqual([byUid.get(l.uid)!.parentId, byUid.get(l.uid)!.mergedIntoId]);
    }
    expect((await previewPackage(ctx, pkg)).counts.units.unchanged).toBe(UNITS);
  } finally {
    await store.close();
  }
});
