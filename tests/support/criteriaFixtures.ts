// Criteria packages for tests: a province office with its own criteria version and decision wording, a commune,
// and packages rewritten record by record to play a different (or hostile) writer.
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../electron/core/context.ts';
import { openDataStore } from '../../electron/core/db/open.ts';
import { createCriteriaSetVersion, criteriaOfSet } from '../../electron/core/features/campaigns/service.ts';
import { saveDecisionTemplate } from '../../electron/core/features/decisions/template.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import {
  openPackage,
  writePackage,
  type EntrySource,
  type Manifest,
  type PackageHeader,
} from '../../electron/core/features/exchange/container.ts';
import { exportCriteriaPackage } from '../../electron/core/features/exchange/criteriaPackage.ts';
import { DEFAULT_DECISION_TEMPLATE } from '#shared/documents/decisionTemplate.ts';
import { ctxOf, officeAbove } from './exchangeFixtures.ts';

export const PROVINCE_BASIS = 'Căn cứ Hướng dẫn số 12/HD-CAT ngày 10/01/2025 của Công an tỉnh Thanh Hóa';
export const PROVINCE_CRITERION = 'Có ít nhất một mô hình tự quản về an ninh, trật tự hoạt động hiệu quả';

export const provinceTemplate = () => ({
  ...DEFAULT_DECISION_TEMPLATE,
  bases: [...DEFAULT_DECISION_TEMPLATE.bases.slice(0, 2), PROVINCE_BASIS, ...DEFAULT_DECISION_TEMPLATE.bases.slice(2)],
});

/** A new version of `baseSetId` with one more, local, criterion for residential areas. */
export async function addProvincialVersion(
  ctx: ServiceContext,
  baseSetId: number,
  text = PROVINCE_CRITERION,
  code = 'T1',
) {
  const criteria = (await criteriaOfSet(ctx.store.db, baseSetId)).map((c) => ({
    kind: c.kind,
    code: c.code,
    text: c.text,
    origin: c.origin,
    confirmed: c.confirmed,
    autoRule: c.autoRule,
    incidentSensitive: c.incidentSensitive,
  }));
  criteria.push({
    kind: 'khu_dan_cu',
    code,
    text,
    origin: 'dia_phuong',
    confirmed: true,
    autoRule: null,
    incidentSensitive: false,
  });
  return createCriteriaSetVersion(ctx, baseSetId, 'Bổ sung tiêu chí của tỉnh', criteria);
}

/** The office above with its own criteria version and decision wording, and its criteria package. */
export async function provinceWithCriteria(dir: string, packageFile: string) {
  const { store, ctx } = await officeAbove(dir);
  const set = await addProvincialVersion(ctx, 1);
  await saveDecisionTemplate(ctx, provinceTemplate());
  const result = await exportCriteriaPackage(ctx, packageFile);
  const uid = (
    await store.db.selectFrom('criteria_sets').select('uid').where('id', '=', set.id).executeTakeFirstOrThrow()
  ).uid;
  return { store, ctx, result, set, uid };
}

/** A commune with the demo year 2025 (whose campaign uses the shipped criteria set). */
export async function communeOffice(dir: string) {
  const store = openDataStore(dir);
  const ctx = ctxOf(store);
  await seedDemo(ctx, 2025);
  return { store, ctx };
}

export type PackageRecords = Record<string, unknown>;

/**
 * Copies a package entry by entry, letting `change` edit the parsed JSON records, the header, or the list of
 * entries: what another program (or a hostile one) could write. A new packageId unless `change` sets one.
 */
export async function rewritePackage(
  from: string,
  to: string,
  change: (records: PackageRecords, header: PackageHeader) => void,
): Promise<Manifest> {
  const reader = await openPackage(from);
  const records: PackageRecords = {};
  let header: PackageHeader;
  try {
    for (const e of reader.manifest.entries) records[e.path] = await reader.readJson(e.path);
    const { kind, office, year, createdAt, appVersion } = reader.manifest;
    header = { kind, packageId: randomUUID(), office, year, createdAt, appVersion };
  } finally {
    await reader.close();
  }
  change(records, header);
  const entries: EntrySource[] = Object.entries(records).map(([path, value]) => ({
    path,
    data: Buffer.from(JSON.stringify(value)),
  }));
  return writePackage(to, header, entries);
}
