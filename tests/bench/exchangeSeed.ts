// A commune data folder at exchange scale: units, each with a dossier of the year and small attachments of distinct
// contents in the content-addressed store, written with raw prepared statements so seeding takes seconds.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../../electron/core/context.ts';
import { ensureCampaign } from '../../electron/core/features/campaigns/service.ts';
import { blobPath } from '../../electron/core/attachments/store.ts';
import { saveSettings } from '../../electron/core/features/settings/service.ts';
import type { UnitFields } from '../../electron/core/features/units/mapper.ts';
import { officeSettingsInputSchema } from '#shared/api/schemas.ts';
import { DEMO_OFFICE } from '#shared/domain/demoOffice.ts';
import { INSERT_UNIT_SQL, unitRow } from './seed.ts';

const AT = '2025-11-05T08:30:00.000Z';
const ACTOR = 'bench';
const COMMUNES = 10;
// Scans and photos, each starting with its type's signature: the importer checks content against the extension.
const EXTENSIONS = ['pdf', 'jpg'];
const SIGNATURES = [Buffer.from('%PDF-1.4\n'), Buffer.from([0xff, 0xd8, 0xff, 0xe0])];

function fieldsFor(i: number, communeIds: number[]): UnitFields {
  const commune = i < COMMUNES;
  const office = !commune && i % 5 === 0;
  return {
    kind: commune ? 'xa_phuong' : office ? 'co_quan' : 'khu_dan_cu',
    subtype: commune ? 'xa' : office ? 'co_quan_nha_nuoc' : 'thon',
    name: commune ? `Xã Đông Sơn ${i + 1}` : office ? `Trạm Y tế ${i + 1}` : `Thôn Tân Lập ${i + 1}`,
    parentId: commune || office ? null : communeIds[i % COMMUNES]!,
    address: i % 3 === 0 ? null : `Số ${i % 200} đường Lê Lợi`,
    headName: `Nguyễn Văn ${i + 1}`,
    headPhone: `09${String(i).padStart(8, '0')}`,
    households: commune || office ? null : 100 + (i % 400),
    population: commune || office ? null : 400 + (i % 1600),
    notes: i % 7 === 0 ? 'Đăng ký thi đua năm 2025' : null,
    activeFrom: null,
    activeUntil: null,
    mergedIntoId: null,
  };
}

/** A small file of 1–8 KB, distinct for each n: a text part that compresses and a pseudo-random part that does not. */
export function attachmentBytes(n: number): Buffer {
  const size = 1024 + ((n * 2654435761) % 7169);
  const out = Buffer.alloc(size);
  const text = Buffer.from(`Biên bản họp khu dân cư, tệp số ${n}. Ý kiến của nhân dân về phong trào. `);
  const textPart = Math.floor(size / 2);
  for (let p = 0; p < textPart; p += text.length) text.copy(out, p, 0, Math.min(text.length, textPart - p));
  let x = (n + 1) * 0x9e3779b1;
  for (let p = textPart; p < size; p++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[p] = x & 0xff;
  }
  SIGNATURES[n % SIGNATURES.length]!.copy(out, 0);
  return out;
}

export interface SeededCommune {
  units: number;
  dossiers: number;
  files: number;
  bytes: number;
}

/**
 * Office settings, the year's campaign, then `units` units (ten communes first, the rest pointing at them), each
 * with a received dossier of `year` holding `filesPerDossier` attachments, blobs written into the store.
 */
export async function seedCommune(
  ctx: ServiceContext,
  year: number,
  units: number,
  filesPerDossier: number,
): Promise<SeededCommune> {
  const { store } = ctx;
  await store.db.transaction().execute((trx) => saveSettings(trx, ctx, officeSettingsInputSchema.parse(DEMO_OFFICE)));
  const campaign = await ensureCampaign(store.db, ctx, year);
  const sqlite = store.sqlite;
  const insertUnit = sqlite.prepare(INSERT_UNIT_SQL);
  const insertDossier = sqlite.prepare(
    `INSERT INTO dossiers (campaign_id, unit_id, status, received_on, received_by, created_at, created_by,
       updated_at, updated_by) VALUES (?, ?, 'da_nhan', ?, ?, ?, ?, ?, ?)`,
  );
  const insertAttachment = sqlite.prepare(
    'INSERT INTO attachments (sha256, size, extension, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
  );
  const insertFile = sqlite.prepare(
    `INSERT INTO dossier_files (dossier_id, component_code, attachment_id, original_name, source_path, added_at,
       added_by) VALUES (?, NULL, ?, ?, NULL, ?, ?)`,
  );
  for (let p = 0; p < 256; p++) {
    fs.mkdirSync(path.join(store.attachmentsDir, p.toString(16).padStart(2, '0')), { recursive: true });
  }
  let bytes = 0;
  sqlite
    .transaction(() => {
      const communeIds: number[] = [];
      for (let i = 0; i < units; i++) {
        const unitId = Number(insertUnit.run(unitRow(fieldsFor(i, communeIds))).lastInsertRowid);
        if (i < COMMUNES) communeIds.push(unitId);
        const dossierId = Number(
          insertDossier.run(campaign.id, unitId, `${year}-10-20`, ACTOR, AT, ACTOR, AT, ACTOR).lastInsertRowid,
        );
        for (let k = 0; k < filesPerDossier; k++) {
          const n = i * filesPerDossier + k;
          const data = attachmentBytes(n);
          const sha256 = createHash('sha256').update(data).digest('hex');
          const extension = EXTENSIONS[n % EXTENSIONS.length]!;
          fs.writeFileSync(blobPath(store.attachmentsDir, sha256, extension), data);
          bytes += data.length;
          const attachmentId = Number(insertAttachment.run(sha256, data.length, extension, AT, ACTOR).lastInsertRowid);
          insertFile.run(dossierId, attachmentId, `Tep ${k + 1} don vi ${i + 1}.${extension}`, AT, ACTOR);
        }
      }
    })
    .immediate();
  const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { units: count('units'), dossiers: count('dossiers'), files: count('attachments'), bytes };
}
