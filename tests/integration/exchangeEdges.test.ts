// Edges of importing a commune's year: an edit made only here is not a conflict, this office's own unit stays its
// own when taken, a dossier another commune sent is never overwritten silently, a repeated import tells its latest
// run, a package without a year is refused, and an import stopped while copying files leaves the data as before.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataStore } from '../../electron/core/db/open.ts';
import { openPackage, writePackage, type EntrySource } from '../../electron/core/features/exchange/container.ts';
import { exportCommuneYear } from '../../electron/core/features/exchange/exportPackage.ts';
import { importExchangePackage, previewExchangePackage } from '../../electron/core/features/exchange/service.ts';
import { createUnit } from '../../electron/core/features/units/service.ts';
import { communeWithPackage, ctxOf, officeAbove, rowsFingerprint } from '../support/exchangeFixtures.ts';
import { tempDir } from '../support/tempData.ts';

let root: ReturnType<typeof tempDir>;
const stores: DataStore[] = [];
const at = (name: string) => path.join(root.dir, name);
beforeEach(() => {
  root = tempDir('antt-exchange-edges-');
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  root.cleanup();
});

async function setup() {
  const commune = await communeWithPackage(at('xa'), at('xa.anttpkg'));
  const above = await officeAbove(at('tinh'));
  stores.push(commune.store, above.store);
  return { commune, above, pkg: at('xa.anttpkg') };
}

const firstVillage = (store: DataStore) =>
  store.sqlite.prepare("SELECT uid, name FROM units WHERE kind = 'khu_dan_cu' ORDER BY id LIMIT 1").get() as {
    uid: string;
    name: string;
  };

describe('importing a commune year: edges', () => {
  it('a unit edited only here stays as edited when the commune sends the same record again', async () => {
    const { commune, above, pkg } = await setup();
    await importExchangePackage(above.ctx, pkg);
    const { uid } = firstVillage(commune.store);
    above.store.sqlite.prepare("UPDATE units SET notes = 'ghi chú của tỉnh' WHERE uid = ?").run(uid);
    await exportCommuneYear(commune.ctx, 2025, at('lai.anttpkg'));
    const preview = await previewExchangePackage(above.ctx, at('lai.anttpkg'));
    expect(preview.counts.units).toEqual({ new: 0, changed: 0, conflicting: 0, unchanged: 40 });
    await importExchangePackage(above.ctx, at('lai.anttpkg'), { onConflict: 'take' });
    expect(above.store.sqlite.prepare('SELECT notes FROM units WHERE uid = ?').pluck().get(uid)).toBe(
      'ghi chú của tỉnh',
    );
  });

  it("this office's own unit with the same id is a conflict; taken, its details change but it stays its own", async () => {
    const { commune, above, pkg } = await setup();
    const village = firstVillage(commune.store);
    const own = await createUnit(above.ctx, {
      kind: 'khu_dan_cu',
      subtype: 'thon',
      name: 'Tên cũ ở tỉnh',
      parentId: null,
      address: null,
      headName: null,
      headPhone: null,
      households: 1,
      population: null,
      notes: null,
      activeFrom: null,
      activeUntil: null,
      mergedIntoId: null,
    });
    above.store.sqlite.prepare('UPDATE units SET uid = ? WHERE id = ?').run(village.uid, own.id);
    const preview = await previewExchangePackage(above.ctx, pkg);
    const conflict = preview.conflicts.find((c) => c.id === village.uid)!;
    expect(conflict.reason).toMatch(/của chính cơ quan này/u);
    expect(conflict.details).toEqual(
      expect.arrayContaining([{ field: 'Tên', here: 'Tên cũ ở tỉnh', package: village.name }]),
    );

    await importExchangePackage(above.ctx, pkg, { choices: { [`units:${village.uid}`]: 'take' } });
    const row = above.store.sqlite
      .prepare('SELECT name, source_office_id, import_hash FROM units WHERE id = ?')
      .get(own.id) as { name: string; source_office_id: number | null; import_hash: string | null };
    expect(row).toEqual({ name: village.name, source_office_id: null, import_hash: null });
  });

  it('a dossier held from another commune is a conflict: kept untouched unless taken', async () => {
    const { commune, above, pkg } = await setup();
    await importExchangePackage(above.ctx, pkg);
    // Another office now holds this unit's dossier (as after a merger of communes).
    const other = above.store.sqlite
      .prepare(
        `INSERT INTO exchange_offices (uid, name, level, province, first_seen_at, last_seen_at)
         VALUES ('00000000-0000-4000-8000-000000000001', 'UBND XÃ TÂY SƠN', 'xa', 'Thanh Hóa', 'x', 'x') RETURNING id`,
      )
      .pluck()
      .get() as number;
    const { uid } = firstVillage(commune.store);
    above.store.sqlite
      .prepare(
        'UPDATE received_dossiers SET office_id = ?, record_hash = ? WHERE unit_id = (SELECT id FROM units WHERE uid = ?)',
      )
      .run(other, 'f'.repeat(64), uid);
    await exportCommuneYear(commune.ctx, 2025, at('lai.anttpkg'));
    const preview = await previewExchangePackage(above.ctx, at('lai.anttpkg'));
    const conflict = preview.conflicts.find((c) => c.kind === 'dossiers')!;
    expect(conflict).toMatchObject({ id: `${uid}/2025`, reason: expect.stringMatching(/TÂY SƠN/u) });

    const held = () =>
      above.store.sqlite
        .prepare('SELECT office_id FROM received_dossiers WHERE unit_id = (SELECT id FROM units WHERE uid = ?)')
        .pluck()
        .get(uid);
    await importExchangePackage(above.ctx, at('lai.anttpkg'));
    expect(held()).toBe(other);
    await importExchangePackage(above.ctx, at('lai.anttpkg'), { choices: { [`dossiers:${uid}/2025`]: 'take' } });
    expect(held()).not.toBe(other);
  });

  it('a package imported again with a conflict now taken tells its latest run', async () => {
    const { commune, above, pkg } = await setup();
    await importExchangePackage(above.ctx, pkg);
    const { uid } = firstVillage(commune.store);
    commune.store.sqlite.prepare('UPDATE units SET households = 4321 WHERE uid = ?').run(uid);
    above.store.sqlite.prepare("UPDATE units SET notes = 'sửa ở tỉnh' WHERE uid = ?").run(uid);
    await exportCommuneYear(commune.ctx, 2025, at('lai.anttpkg'));
    await importExchangePackage(above.ctx, at('lai.anttpkg'));
    const imports = () =>
      above.store.sqlite.prepare('SELECT package_id, summary, imported_by FROM exchange_imports ORDER BY id').all() as {
        summary: string;
        imported_by: string;
      }[];
    expect(JSON.parse(imports()[1]!.summary).written.units).toBe(0);
    await importExchangePackage({ ...ctxOf(above.store, 'nguoi-khac') }, at('lai.anttpkg'), {
      choices: { [`units:${uid}`]: 'take' },
    });
    expect(imports()).toHaveLength(2);
    expect(JSON.parse(imports()[1]!.summary).written.units).toBe(1);
    expect(imports()[1]!.imported_by).toBe('nguoi-khac');
  });

  it('a year package that names no year is refused, nothing written', async () => {
    const { above, pkg } = await setup();
    const reader = await openPackage(pkg);
    const entries: EntrySource[] = [];
    let header;
    try {
      for (const e of reader.manifest.entries) entries.push({ path: e.path, data: await reader.readBuffer(e.path) });
      const { kind, packageId, office, createdAt, appVersion } = reader.manifest;
      header = { kind, packageId, office, year: null, createdAt, appVersion };
    } finally {
      await reader.close();
    }
    await writePackage(at('khong-nam.anttpkg'), header, entries);
    const before = rowsFingerprint(above.store);
    await expect(importExchangePackage(above.ctx, at('khong-nam.anttpkg'))).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(/không ghi năm/u),
    });
    expect(rowsFingerprint(above.store)).toEqual(before);
  });

  it('stopped while copying files, or just before writing rows, the data is as before', async () => {
    const { above, pkg } = await setup();
    const before = rowsFingerprint(above.store);
    for (const stopAt of ['files', 'records'] as const) {
      const controller = new AbortController();
      let step = '';
      let copied = 0;
      await expect(
        importExchangePackage(above.ctx, pkg, {
          signal: controller.signal,
          onStep: (s) => {
            step = s;
            if (s === stopAt && s === 'records') controller.abort();
          },
          onProgress: (done) => {
            if (step !== 'files') return;
            copied = done;
            // Part of the files are copied when the stop comes.
            if (stopAt === 'files' && done > 0) controller.abort();
          },
        }),
      ).rejects.toThrow();
      expect(copied).toBeGreaterThan(0);
      expect(rowsFingerprint(above.store)).toEqual(before);
      const left = fs.readdirSync(above.store.attachmentsDir);
      expect(left.filter((n) => n.startsWith('.goi-'))).toEqual([]);
      // Stopped while copying, no file reached the store either.
      if (stopAt === 'files') expect(left).toEqual([]);
    }
    // A later import still ends where a clean one does.
    const done = await importExchangePackage(above.ctx, pkg);
    expect(done.written.units).toBe(40);
  });

  it('clears staging left by a killed import, never the staging of one still running', async () => {
    const { above, pkg } = await setup();
    const dir = above.store.attachmentsDir;
    const stage = (name: string) => {
      fs.mkdirSync(path.join(dir, name), { recursive: true });
      fs.writeFileSync(path.join(dir, name, 'x'), 'x');
    };
    // This very process stands for another import running on the same data folder.
    const running = `.goi-${process.pid}-aaaaaa`;
    stage(running);
    stage('.goi-2147483646-bbbbbb');
    stage('.goi-0123456789ab');
    await importExchangePackage(above.ctx, pkg);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.goi-'))).toEqual([running]);
  });
});
