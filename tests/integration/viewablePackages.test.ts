// Files from others arrive in packages and backups too: a commune's package or a backup carrying an attachment
// that is not viewable (by type or by content), or a record text hiding characters, is refused whole and nothing
// of it is written.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataStore } from '../../electron/core/db/open.ts';
import { blobPath } from '../../electron/core/attachments/store.ts';
import { createBackup } from '../../electron/core/features/backup/create.ts';
import { inspectBackup } from '../../electron/core/features/backup/inspect.ts';
import { restoreBackup } from '../../electron/core/features/backup/restore.ts';
import { placeholderPdf } from '../../electron/core/features/demo/round.ts';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { exportCommuneYear } from '../../electron/core/features/exchange/exportPackage.ts';
import { importExchangePackage, previewExchangePackage } from '../../electron/core/features/exchange/service.ts';
import { folderBytes } from '../support/backupFixtures.ts';
import { communeWithPackage, officeAbove, rowsFingerprint } from '../support/exchangeFixtures.ts';
import { EXE, HTA } from '../support/hostileFiles.ts';
import { FIXED_NOW, testStore } from '../support/services.ts';
import { tempDir } from '../support/tempData.ts';

let root: ReturnType<typeof tempDir>;
const stores: DataStore[] = [];
const at = (name: string) => path.join(root.dir, name);
beforeEach(() => {
  root = tempDir('antt-viewable-');
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  root.cleanup();
});

/** Puts a file straight into a data folder's store (and, with a dossier, into that dossier). */
function plant(store: DataStore, name: string, extension: string, data: Buffer | string, dossierId?: number) {
  const bytes = Buffer.from(data);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const blob = blobPath(store.attachmentsDir, sha256, extension);
  fs.mkdirSync(path.dirname(blob), { recursive: true });
  fs.writeFileSync(blob, bytes);
  const id = store.sqlite
    .prepare("INSERT INTO attachments (sha256, size, extension, created_at, created_by) VALUES (?, ?, ?, 'x', 'x')")
    .run(sha256, bytes.length, extension).lastInsertRowid;
  if (dossierId !== undefined)
    store.sqlite
      .prepare(
        "INSERT INTO dossier_files (dossier_id, attachment_id, original_name, added_at, added_by) VALUES (?, ?, ?, 'x', 'x')",
      )
      .run(dossierId, id, name);
}

/** The office above's rows and store files: unchanged after a refused import. */
const stateOf = (store: DataStore) => ({
  rows: rowsFingerprint(store),
  files: fs.existsSync(store.attachmentsDir) ? fs.readdirSync(store.attachmentsDir, { recursive: true }).sort() : [],
});

async function hostilePackage(change: (commune: DataStore, dossierId: number) => void) {
  const commune = await communeWithPackage(at('xa'), at('xa.anttpkg'));
  const above = await officeAbove(at('tinh'));
  stores.push(commune.store, above.store);
  const dossierId = commune.store.sqlite.prepare('SELECT id FROM dossiers ORDER BY id LIMIT 1').pluck().get() as number;
  change(commune.store, dossierId);
  await exportCommuneYear(commune.ctx, 2025, at('doc-hai.anttpkg'));
  return { above, pkg: at('doc-hai.anttpkg') };
}

describe("a commune's package with a file that is not viewable", () => {
  it('an .hta attachment: refused at preview and import, nothing written', async () => {
    const { above, pkg } = await hostilePackage((s, d) => plant(s, 'huong dan.hta', 'hta', HTA, d));
    const before = stateOf(above.store);
    await expect(previewExchangePackage(above.ctx, pkg)).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(/huong dan\.hta.*\.hta/u),
    });
    await expect(importExchangePackage(above.ctx, pkg)).rejects.toMatchObject({ kind: 'validation' });
    expect(stateOf(above.store)).toEqual(before);
  });

  it('a name hiding its real extension: refused as what it is', async () => {
    const { above, pkg } = await hostilePackage((s, d) =>
      plant(s, 'hinh anh.pdf   .exe', 'pdf', placeholderPdf('x'), d),
    );
    const before = stateOf(above.store);
    await expect(importExchangePackage(above.ctx, pkg)).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(/\.exe/u),
    });
    expect(stateOf(above.store)).toEqual(before);
  });

  it('a program under a .pdf name: refused at import by its content, nothing reaches the store', async () => {
    const { above, pkg } = await hostilePackage((s, d) => plant(s, 'bien ban.pdf', 'pdf', EXE, d));
    const before = stateOf(above.store);
    await expect(importExchangePackage(above.ctx, pkg)).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(/bien ban\.pdf.*không phải tệp \.pdf/u),
    });
    expect(stateOf(above.store)).toEqual(before);
  });

  it('a unit name with a bidi override or a zero-width character: the record is refused naming its field', async () => {
    for (const bad of ['Thôn \u202Eđông', 'Thôn\u200BĐông', 'Thôn \u0007Đông']) {
      root.cleanup();
      root = tempDir('antt-viewable-');
      for (const s of stores.splice(0)) await s.close();
      const { above, pkg } = await hostilePackage((s) =>
        s.sqlite
          .prepare("UPDATE units SET name = ? WHERE id = (SELECT min(id) FROM units WHERE kind = 'khu_dan_cu')")
          .run(bad),
      );
      const before = stateOf(above.store);
      await expect(importExchangePackage(above.ctx, pkg)).rejects.toMatchObject({
        kind: 'validation',
        message: expect.stringMatching(/trường "name"/u),
      });
      expect(stateOf(above.store)).toEqual(before);
    }
  });
});

describe('a backup with a file that is not viewable', () => {
  async function backupWith(name: string, extension: string, data: Buffer | string) {
    const source = testStore();
    await seedDemoUnits(source.ctx);
    plant(source.store, name, extension, data);
    const file = at('sao-luu.zip');
    await createBackup(source.store, file, { label: 'manual', now: () => FIXED_NOW });
    await source.close();
    const target = testStore();
    stores.push(target.store);
    return { file, target };
  }

  it('an .hta blob: refused by inspect and restore, the data folder untouched', async () => {
    const { file, target } = await backupWith('x.hta', 'hta', HTA);
    await expect(inspectBackup(file)).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(/\.hta/u),
    });
    const before = folderBytes(target.dir);
    await expect(restoreBackup(target.store, file, { now: () => FIXED_NOW })).rejects.toMatchObject({
      kind: 'validation',
    });
    expect(folderBytes(target.dir)).toEqual(before);
  });

  it('a program stored as .pdf: refused at restore by its content, the data folder untouched', async () => {
    const { file, target } = await backupWith('x.pdf', 'pdf', EXE);
    const before = folderBytes(target.dir);
    await expect(restoreBackup(target.store, file, { now: () => FIXED_NOW })).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(/không phải tệp \.pdf/u),
    });
    expect(folderBytes(target.dir)).toEqual(before);
  });
});
