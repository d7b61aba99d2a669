// Offices for exchange tests: a commune with the demo year, and an office above with nothing yet.
import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../../electron/core/context.ts';
import { openDataStore, type DataStore } from '../../electron/core/db/open.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { exportCommuneYear } from '../../electron/core/features/exchange/exportPackage.ts';
import { saveSettings } from '../../electron/core/features/settings/service.ts';
import { officeSettingsInputSchema } from '#shared/api/schemas.ts';
import { DEMO_OFFICE } from '#shared/domain/demoOffice.ts';
import { FIXED_NOW } from './services.ts';

export const ctxOf = (store: DataStore, actor = 'tester'): ServiceContext => ({ store, actor, now: () => FIXED_NOW });

/** A commune data folder with the demo year 2025, and its package written to `packageFile`. */
export async function communeWithPackage(dir: string, packageFile: string, placeName = 'Đông Sơn') {
  const store = openDataStore(dir);
  const ctx = ctxOf(store);
  await seedDemo(ctx, 2025);
  if (placeName !== 'Đông Sơn') {
    const upper = placeName.toLocaleUpperCase('vi');
    await store.db
      .updateTable('office_settings')
      .set({ place_name: placeName, locality_upper: `XÃ ${upper}` })
      .execute();
  }
  const result = await exportCommuneYear(ctx, 2025, packageFile);
  return { store, ctx, result };
}

/** Settings of a province office above the communes. */
export const aboveSettings = () =>
  officeSettingsInputSchema.parse({
    ...DEMO_OFFICE,
    level: 'cap_tren',
    issuingBodyUpper: 'ỦY BAN NHÂN DÂN',
    localityUpper: 'TỈNH THANH HÓA',
    placeName: 'Thanh Hóa',
  });

/** The office above: settings only (its own units, if any, are not the communes'). */
export async function officeAbove(dir: string) {
  const store = openDataStore(dir);
  const ctx = ctxOf(store);
  await store.db.transaction().execute((trx) => saveSettings(trx, ctx, aboveSettings()));
  return { store, ctx };
}

/** Row counts and hashes of every table; blobs referenced by rows must exist. */
export function rowsFingerprint(store: DataStore) {
  const tables = store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const out: Record<string, string> = {};
  for (const t of tables) {
    out[t] = store.sqlite
      .prepare(`SELECT * FROM "${t}"`)
      .all()
      .map((r) => JSON.stringify(r))
      .sort()
      .join('\n');
  }
  return out;
}

export function missingBlobs(store: DataStore): string[] {
  const rows = store.sqlite.prepare('SELECT sha256, extension FROM attachments').all() as {
    sha256: string;
    extension: string;
  }[];
  return rows
    .filter(
      (r) =>
        !fs.existsSync(
          path.join(store.attachmentsDir, r.sha256.slice(0, 2), r.extension ? `${r.sha256}.${r.extension}` : r.sha256),
        ),
    )
    .map((r) => r.sha256);
}
