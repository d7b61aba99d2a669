// A commune exports its year; the office above imports it: verified first, previewed, applied once, attributed
// to the commune, with provenance; the same package twice changes nothing; conflicts follow the user's choice.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataStore } from '../../electron/core/db/open.ts';
import { exportCommuneYear } from '../../electron/core/features/exchange/exportPackage.ts';
import {
  importExchangePackage as importPackage,
  previewExchangePackage as previewPackage,
} from '../../electron/core/features/exchange/service.ts';
import { openPackage } from '../../electron/core/features/exchange/container.ts';
import { cli } from '../support/cli.ts';
import { communeWithPackage, ctxOf, missingBlobs, officeAbove, rowsFingerprint } from '../support/exchangeFixtures.ts';
import { folderBytes } from '../support/backupFixtures.ts';
import { tempDir } from '../support/tempData.ts';

let root: ReturnType<typeof tempDir>;
const open: DataStore[] = [];
beforeEach(() => {
  root = tempDir('antt-exchange-');
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  root.cleanup();
});
const at = (name: string) => path.join(root.dir, name);

async function setup() {
  const commune = await communeWithPackage(at('xa'), at('xa-2025.anttpkg'));
  const above = await officeAbove(at('tinh'));
  open.push(commune.store, above.store);
  return { commune, above, pkg: at('xa-2025.anttpkg') };
}

describe('exchange packages', () => {
  it('carry the year with every file, and the manifest names each entry with its size and SHA-256', async () => {
    const { commune, pkg } = await setup();
    const reader = await openPackage(pkg);
    try {
      expect(reader.manifest).toMatchObject({
        format: 'antt-exchange',
        formatVersion: 2,
        kind: 'commune-year',
        year: 2025,
      });
      expect(reader.manifest.office.name).toBe('ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
      const attachments = commune.store.sqlite.prepare('SELECT count(*) FROM attachments').pluck().get() as number;
      const files = reader.manifest.entries.filter((e) => e.path.startsWith('files/'));
      // Every dossier file plus the issued decision and its certificates.
      expect(files.length).toBe(attachments + 2);
      await reader.verifyAll();
    } finally {
      await reader.close();
    }
  });

  it('import into the office above: previewed, applied once, attributed to the commune, files byte-identical', async () => {
    const { commune, above, pkg } = await setup();
    const before = folderBytes(at('tinh'));
    const preview = await previewPackage(above.ctx, pkg);
    expect(folderBytes(at('tinh'))).toEqual(before);
    expect(preview.counts.units).toEqual({ new: 40, changed: 0, conflicting: 0, unchanged: 0 });
    expect(preview.counts.dossiers.new).toBe(commune.result.counts.dossiers);
    expect(preview.counts.decisions.new).toBe(1);
    expect(preview.alreadyImported).toBe(false);

    const result = await importPackage(above.ctx, pkg);
    expect(result).toMatchObject({
      applied: true,
      written: { units: 40, dossiers: commune.result.counts.dossiers, decisions: 1 },
    });
    const q = (sql: string) => above.store.sqlite.prepare(sql).all();
    expect(q('SELECT uid, name, level FROM exchange_offices')).toEqual([
      expect.objectContaining({ name: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN', level: 'xa' }),
    ]);
    expect(q('SELECT count(*) AS n FROM units WHERE source_office_id IS NULL')).toEqual([{ n: 0 }]);
    expect(q('SELECT package_id, year, imported_by FROM exchange_imports')).toEqual([
      { package_id: preview.packageId, year: 2025, imported_by: 'tester' },
    ]);
    // Same unit ids, names and parents as at the commune.
    const units = (s: DataStore) =>
      s.sqlite
        .prepare(
          'SELECT u.uid, u.name, p.uid AS parent FROM units u LEFT JOIN units p ON p.id = u.parent_id ORDER BY u.uid',
        )
        .all();
    expect(units(above.store)).toEqual(units(commune.store));
    // Every file of the commune, byte for byte, in the content store.
    const blobs = (s: DataStore) =>
      Object.fromEntries(Object.entries(folderBytes(s.attachmentsDir)).filter(([k]) => !k.startsWith('.')));
    const communeBlobs = blobs(commune.store);
    const aboveBlobs = blobs(above.store);
    for (const [file, hash] of Object.entries(communeBlobs)) expect(aboveBlobs[file]).toBe(hash);
    expect(missingBlobs(above.store)).toEqual([]);
    const decision = q('SELECT number, code, signed_on FROM received_decisions')[0];
    expect(decision).toMatchObject({ number: 1, code: 'QĐ-UBND' });
    expect(q('SELECT file_kind FROM received_decision_files ORDER BY position')).toEqual([
      { file_kind: 'decision' },
      { file_kind: 'certificates' },
    ]);
    expect(fs.readdirSync(above.store.attachmentsDir).filter((n) => n.startsWith('.goi-'))).toEqual([]);
  });

  it('the same package twice changes nothing at all', async () => {
    const { above, pkg } = await setup();
    await importPackage(above.ctx, pkg);
    const once = rowsFingerprint(above.store);
    const files = folderBytes(at('tinh'));
    const again = await importPackage(above.ctx, pkg);
    expect(again.applied).toBe(false);
    expect(again.preview.alreadyImported).toBe(true);
    expect(again.preview.counts.units).toEqual({ new: 0, changed: 0, conflicting: 0, unchanged: 40 });
    expect(rowsFingerprint(above.store)).toEqual(once);
    expect(folderBytes(at('tinh'))).toEqual(files);
  });

  it('a later package updates what changed; a unit edited on both sides is a conflict the user decides', async () => {
    const { commune, above, pkg } = await setup();
    await importPackage(above.ctx, pkg);
    const [a = '', b = ''] = commune.store.sqlite
      .prepare("SELECT uid FROM units WHERE kind = 'khu_dan_cu' ORDER BY id LIMIT 2")
      .pluck()
      .all() as string[];
    commune.store.sqlite.prepare('UPDATE units SET households = 999 WHERE uid IN (?, ?)').run(a, b);
    above.store.sqlite.prepare("UPDATE units SET notes = 'sửa ở tỉnh' WHERE uid = ?").run(b);
    const later = at('xa-2025-b.anttpkg');
    await exportCommuneYear(commune.ctx, 2025, later);

    const preview = await previewPackage(above.ctx, later);
    expect(preview.counts.units).toEqual({ new: 0, changed: 1, conflicting: 1, unchanged: 38 });
    expect(preview.conflicts).toEqual([expect.objectContaining({ kind: 'units', id: b })]);
    // The user sees what differs on each side before choosing.
    expect(preview.conflicts[0]!.details).toEqual(
      expect.arrayContaining([
        { field: 'Số hộ', here: expect.not.stringMatching(/^999$/u), package: '999' },
        { field: 'Ghi chú', here: 'sửa ở tỉnh', package: expect.any(String) },
      ]),
    );
    expect(preview.conflicts[0]!.details).toHaveLength(2);

    const kept = await importPackage(above.ctx, later);
    expect(kept.written.units).toBe(1);
    const unit = (uid: string) =>
      above.store.sqlite.prepare('SELECT households, notes FROM units WHERE uid = ?').get(uid) as {
        households: number;
        notes: string;
      };
    expect(unit(a).households).toBe(999);
    expect(unit(b)).toMatchObject({ notes: 'sửa ở tỉnh' });
    expect(unit(b).households).not.toBe(999);

    const taken = await importPackage(above.ctx, later, { choices: { [`units:${b}`]: 'take' } });
    expect(taken.written.units).toBe(1);
    expect(unit(b).households).toBe(999);
    expect(unit(b).notes).not.toBe('sửa ở tỉnh');
    expect(above.store.sqlite.prepare('SELECT count(*) FROM exchange_imports').pluck().get()).toBe(2);
  });

  it('holds several communes side by side, each unit attributed to its commune', async () => {
    const { above, pkg } = await setup();
    const other = await communeWithPackage(at('xa2'), at('xa2.anttpkg'), 'Tân Phúc');
    open.push(other.store);
    await importPackage(above.ctx, pkg);
    await importPackage(above.ctx, at('xa2.anttpkg'));
    const byOffice = above.store.sqlite
      .prepare(
        'SELECT o.name, count(*) AS units FROM units u JOIN exchange_offices o ON o.id = u.source_office_id GROUP BY o.id ORDER BY o.id',
      )
      .all();
    expect(byOffice).toEqual([
      { name: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN', units: 40 },
      { name: 'ỦY BAN NHÂN DÂN XÃ TÂN PHÚC', units: 40 },
    ]);
    expect(above.store.sqlite.prepare('SELECT count(*) FROM received_decisions').pluck().get()).toBe(2);
  });

  it('refuses a package from the importing office itself', async () => {
    const { commune, pkg } = await setup();
    const before = rowsFingerprint(commune.store);
    await expect(importPackage(ctxOf(commune.store), pkg)).rejects.toMatchObject({ kind: 'validation' });
    expect(rowsFingerprint(commune.store)).toEqual(before);
  });

  it('CLI: export-package, import-package --dry-run writes nothing, exit 3 for a broken package', async () => {
    const { above, pkg } = await setup();
    await above.store.close();
    open.splice(open.indexOf(above.store), 1);
    const before = folderBytes(at('tinh'));
    const dry = await cli('import-package', pkg, '--data', at('tinh'), '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ applied: false, preview: { counts: { units: { new: 40 } } } });
    expect(folderBytes(at('tinh'))).toEqual(before);

    const cut = at('cut.anttpkg');
    fs.writeFileSync(cut, fs.readFileSync(pkg).subarray(0, 5000));
    const broken = await cli('import-package', cut, '--data', at('tinh'));
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(/gói/i);
    expect(folderBytes(at('tinh'))).toEqual(before);

    const done = await cli('import-package', pkg, '--data', at('tinh'), '--json');
    expect(JSON.parse(done.stdout)).toMatchObject({ applied: true, written: { units: 40 } });
    const usage = await cli('import-package', pkg, '--data', at('tinh'), '--on-conflict', 'maybe');
    expect(usage.code).toBe(2);

    const out = at('again.anttpkg');
    const exported = await cli('export-package', '--data', at('xa'), '--year', '2025', '--out', out, '--json');
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ units: 40, decisions: 1 });
    expect(fs.existsSync(out)).toBe(true);
  });
});
