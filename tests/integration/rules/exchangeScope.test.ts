// Commune-year packages at format version 2 carry what the rules need of a unit (its Party organisation, its
// excluded kind and the reason to keep it) and of a registration (the UBND plan, the reason to register an excluded
// unit); a version-1 package is still read, leaving those fields as they are here.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataStore } from '../../../electron/core/db/open.ts';
import { openPackage, type Manifest } from '../../../electron/core/features/exchange/container.ts';
import { exportCommuneYear } from '../../../electron/core/features/exchange/exportPackage.ts';
import { RECORD_FILES, type DossierRecord, type UnitRecord } from '../../../electron/core/features/exchange/records.ts';
import {
  importExchangePackage as importPackage,
  previewExchangePackage as previewPackage,
} from '../../../electron/core/features/exchange/service.ts';
import { receiveDossier, saveRegistration } from '../../../electron/core/features/round/service.ts';
import { communeWithPackage, officeAbove } from '../../support/exchangeFixtures.ts';
import { rawPackage, type PackageFile } from '../../support/packageMutations.ts';
import { tempDir } from '../../support/tempData.ts';

let root: ReturnType<typeof tempDir>;
const open: DataStore[] = [];
beforeEach(() => {
  root = tempDir('antt-exchange-scope-');
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  root.cleanup();
});
const at = (name: string) => path.join(root.dir, name);

const SCHOOL = 'Trường THCS Nguyễn Du';
const AREA = 'Thôn Tân Lập';
const REASON = 'Trường đang chuyển đổi, giữ trong danh sách theo chỉ đạo của tỉnh';

/** The demo commune with one unit of an excluded kind (registered with a reason) and one area without a Party cell. */
async function communeWithScope() {
  const commune = await communeWithPackage(at('xa'), at('xa-dau.anttpkg'));
  open.push(commune.store);
  const set = commune.store.sqlite.prepare('UPDATE units SET excluded_kind = ?, excluded_reason = ? WHERE name = ?');
  set.run('tieu_hoc', REASON, SCHOOL);
  commune.store.sqlite.prepare('UPDATE units SET has_party_organisation = 0 WHERE name = ?').run(AREA);
  const schoolId = (commune.store.sqlite.prepare('SELECT id FROM units WHERE name = ?').get(SCHOOL) as { id: number })
    .id;
  await saveRegistration(commune.ctx, 2025, schoolId, {
    registeredOn: '2025-02-10',
    resolutionNumber: null,
    resolutionDate: null,
    householdsRegistered: null,
    householdsTotal: null,
    note: null,
    excludedReason: 'Đăng ký theo chỉ đạo của Công an tỉnh',
  });
  // The package carries a registration with its unit's dossier: the school hands its dossier in.
  await receiveDossier(commune.ctx, 2025, schoolId, '2025-10-20');
  await exportCommuneYear(commune.ctx, 2025, at('xa-2025.anttpkg'));
  return { commune, schoolId };
}

async function entriesOf(file: string): Promise<{ manifest: Manifest; files: Map<string, Buffer> }> {
  const reader = await openPackage(file);
  try {
    const files = new Map<string, Buffer>();
    for (const e of reader.manifest.entries) files.set(e.path, await reader.readBuffer(e.path));
    return { manifest: reader.manifest, files };
  } finally {
    await reader.close();
  }
}

const json = <T>(files: Map<string, Buffer>, p: string) => JSON.parse(files.get(p)!.toString('utf8')) as T;

/** The same package as an older app wrote it: format version 1, records without the version-2 fields. */
async function asVersion1(file: string, out: string): Promise<void> {
  const { manifest, files } = await entriesOf(file);
  const units = json<UnitRecord[]>(files, RECORD_FILES.units).map(
    ({ hasPartyOrganisation: _p, excludedKind: _k, excludedReason: _r, ...u }) => u,
  );
  const dossiers = json<DossierRecord[]>(files, RECORD_FILES.dossiers).map((d) => {
    if (!d.registration) return d;
    const { planNumber: _n, planDate: _d, excludedReason: _r, ...registration } = d.registration;
    return { ...d, registration };
  });
  files.set(RECORD_FILES.units, Buffer.from(JSON.stringify(units)));
  files.set(RECORD_FILES.dossiers, Buffer.from(JSON.stringify(dossiers)));
  const { format: _f, formatVersion: _v, entries: _e, ...header } = manifest;
  const list: PackageFile[] = [...files].map(([p, data]) => ({ path: p, data }));
  fs.writeFileSync(out, rawPackage(list, { header, manifest: (m) => ({ ...m, formatVersion: 1 }) }));
}

const unitRow = (store: DataStore, name: string) =>
  store.sqlite
    .prepare('SELECT has_party_organisation, excluded_kind, excluded_reason FROM units WHERE name = ?')
    .get(name);

describe('commune-year packages, format version 2', () => {
  it('carry the unit scope fields and the registration plan and reason; the office above stores them', async () => {
    await communeWithScope();
    const { manifest, files } = await entriesOf(at('xa-2025.anttpkg'));
    expect(manifest).toMatchObject({ kind: 'commune-year', formatVersion: 2 });
    const units = json<UnitRecord[]>(files, RECORD_FILES.units);
    expect(units.find((u) => u.name === SCHOOL)).toMatchObject({
      hasPartyOrganisation: true,
      excludedKind: 'tieu_hoc',
      excludedReason: REASON,
    });
    expect(units.find((u) => u.name === AREA)).toMatchObject({ hasPartyOrganisation: false, excludedKind: null });
    const dossiers = json<DossierRecord[]>(files, RECORD_FILES.dossiers);
    const communeUid = units.find((u) => u.kind === 'xa_phuong' && u.name === 'Xã Đông Sơn')!.id;
    expect(dossiers.find((d) => d.unitId === communeUid)!.registration).toMatchObject({
      planNumber: '18/KH-UBND',
      planDate: '2025-01-28',
      excludedReason: null,
    });
    const schoolUid = units.find((u) => u.name === SCHOOL)!.id;
    expect(dossiers.find((d) => d.unitId === schoolUid)!.registration?.excludedReason).toBe(
      'Đăng ký theo chỉ đạo của Công an tỉnh',
    );

    const above = await officeAbove(at('tinh'));
    open.push(above.store);
    await importPackage(above.ctx, at('xa-2025.anttpkg'));
    expect(unitRow(above.store, SCHOOL)).toEqual({
      has_party_organisation: 1,
      excluded_kind: 'tieu_hoc',
      excluded_reason: REASON,
    });
    expect(unitRow(above.store, AREA)).toMatchObject({ has_party_organisation: 0, excluded_kind: null });
  });

  it('refuses a version-2 package whose units lack the scope fields, writing nothing', async () => {
    await communeWithScope();
    const { manifest, files } = await entriesOf(at('xa-2025.anttpkg'));
    const units = json<UnitRecord[]>(files, RECORD_FILES.units).map(({ excludedKind: _k, ...u }) => u);
    files.set(RECORD_FILES.units, Buffer.from(JSON.stringify(units)));
    const { format: _f, formatVersion: _v, entries: _e, ...header } = manifest;
    const file = at('thieu.anttpkg');
    fs.writeFileSync(
      file,
      rawPackage(
        [...files].map(([p, data]) => ({ path: p, data })),
        { header, manifest: (m) => ({ ...m, formatVersion: 2 }) },
      ),
    );
    const above = await officeAbove(at('tinh'));
    open.push(above.store);
    await expect(importPackage(above.ctx, file)).rejects.toMatchObject({
      message: expect.stringContaining('thiếu trường "excludedKind"'),
    });
    expect(above.store.sqlite.prepare('SELECT count(*) AS n FROM units').get()).toEqual({ n: 0 });
  });
});

describe('commune-year packages, format version 1', () => {
  it('are still read: new units take the defaults, and a later version-2 package brings the fields as changes', async () => {
    await communeWithScope();
    await asVersion1(at('xa-2025.anttpkg'), at('xa-2025-v1.anttpkg'));
    const above = await officeAbove(at('tinh'));
    open.push(above.store);
    const result = await importPackage(above.ctx, at('xa-2025-v1.anttpkg'));
    expect(result).toMatchObject({ applied: true, written: { units: 40 } });
    expect(unitRow(above.store, SCHOOL)).toEqual({
      has_party_organisation: 1,
      excluded_kind: null,
      excluded_reason: null,
    });
    expect(unitRow(above.store, AREA)).toMatchObject({ has_party_organisation: 1 });

    // The same version-1 package again: every unit unchanged, compared without the fields it does not carry.
    expect((await previewPackage(above.ctx, at('xa-2025-v1.anttpkg'))).counts.units).toMatchObject({
      changed: 0,
      conflicting: 0,
      unchanged: 40,
    });
    // The version-2 package: the two units whose fields differ are changes from the sender, not conflicts.
    const preview = await previewPackage(above.ctx, at('xa-2025.anttpkg'));
    expect(preview.counts.units).toEqual({ new: 0, changed: 2, conflicting: 0, unchanged: 38 });
    await importPackage(above.ctx, at('xa-2025.anttpkg'));
    expect(unitRow(above.store, SCHOOL)).toEqual({
      has_party_organisation: 1,
      excluded_kind: 'tieu_hoc',
      excluded_reason: REASON,
    });
    expect(unitRow(above.store, AREA)).toMatchObject({ has_party_organisation: 0 });
  });
});
