// Dossier files under the user's control: added one by one or dropped, removed (recoverable until the next backup,
// then purged with the blob nothing refers to), moved to another unit's dossier and component; all audited, and an
// exported package carries a moved file in its new place.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blobPath } from '../../electron/core/attachments/store.ts';
import { createBackup } from '../../electron/core/features/backup/create.ts';
import { dossierDetail } from '../../electron/core/features/appraisal/service.ts';
import {
  addDroppedFile,
  addFile,
  moveFile,
  removeFile,
  restoreFile,
} from '../../electron/core/features/dossiers/fileEdits.ts';
import { openDossier } from '../../electron/core/features/dossiers/service.ts';
import { placeholderPdf } from '../../electron/core/features/demo/round.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { exportCommuneYear } from '../../electron/core/features/exchange/exportPackage.ts';
import { importExchangePackage } from '../../electron/core/features/exchange/service.ts';
import { officeAbove } from '../support/exchangeFixtures.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeEach(async () => {
  t = testStore();
  await seedDemo(t.ctx, 2025);
});
afterEach(async () => t.close());

/** Two residential areas of the demo whose dossiers are not yet recognised. */
const openAreas = () =>
  t.store.sqlite
    .prepare(
      `SELECT u.id, u.name FROM units u JOIN dossiers d ON d.unit_id = u.id
       WHERE u.kind = 'khu_dan_cu' AND d.status <> 'da_cong_nhan' ORDER BY u.id LIMIT 2`,
    )
    .all() as { id: number; name: string }[];
const audit = () =>
  t.store.sqlite.prepare("SELECT action, summary FROM audit_log WHERE entity = 'dossier_file' ORDER BY id").all() as {
    action: string;
    summary: string;
  }[];
const detail = (id: number) => dossierDetail(t.store.db, id, '2025-11-05');
const filesOf = async (id: number) => {
  const d = await detail(id);
  return [
    ...d.components.flatMap((c) => c.files.map((f) => [c.code, f.originalName])),
    ...d.unassignedFiles.map((f) => [null, f.originalName]),
  ];
};

function pdfFile(name: string, marker: string): string {
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, placeholderPdf(marker));
  return file;
}

describe('dossier files', () => {
  it('a file attached to the wrong unit is moved to the right dossier and component; the package carries it there', async () => {
    const [wrong, right] = openAreas() as [{ id: number; name: string }, { id: number; name: string }];
    const from = await openDossier(t.ctx, 2025, wrong.id);
    const to = await openDossier(t.ctx, 2025, right.id);
    const code = (await detail(to)).components[0]!.code;
    await addFile(t.ctx, from, null, pdfFile('bien-ban-hop.pdf', 'wrong-file'));
    const fileId = (await detail(from)).unassignedFiles.find((f) => f.originalName === 'bien-ban-hop.pdf')!.id;

    const moved = await moveFile(t.ctx, fileId, { unitId: right.id, componentCode: code });
    expect(moved).toEqual({ from, to });
    expect(await filesOf(from)).not.toContainEqual([null, 'bien-ban-hop.pdf']);
    expect(await filesOf(to)).toContainEqual([code, 'bien-ban-hop.pdf']);
    expect(audit().map((a) => a.action)).toEqual(['add-file', 'move-file']);
    expect(audit()[1]!.summary).toContain(`từ hồ sơ ${wrong.name} sang hồ sơ ${right.name}`);

    const pkg = path.join(t.dir, 'xa.anttpkg');
    await exportCommuneYear(t.ctx, 2025, pkg);
    const above = await officeAbove(path.join(t.dir, 'tinh'));
    try {
      await importExchangePackage(above.ctx, pkg);
      const carried = above.store.sqlite
        .prepare(
          `SELECT u.name, f.component_code FROM received_dossier_files f
           JOIN received_dossiers r ON r.id = f.received_dossier_id JOIN units u ON u.id = r.unit_id
           WHERE f.original_name = 'bien-ban-hop.pdf'`,
        )
        .all();
      expect(carried).toEqual([{ name: right.name, component_code: code }]);
    } finally {
      await above.store.close();
    }
  });

  it('adds a dropped file; refuses a type the app does not keep and the same content twice', async () => {
    const area = openAreas()[0]!;
    const dossier = await openDossier(t.ctx, 2025, area.id);
    const bytes = fs.readFileSync(pdfFile('nghi-quyet.pdf', 'dropped'));
    await addDroppedFile(t.ctx, dossier, null, 'nghi-quyet.pdf', bytes);
    expect(await filesOf(dossier)).toContainEqual([null, 'nghi-quyet.pdf']);
    await expect(addDroppedFile(t.ctx, dossier, null, 'ban-sao.pdf', bytes)).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('Hồ sơ đã có tệp này'),
    });
    await expect(addDroppedFile(t.ctx, dossier, null, 'cai-dat.exe', Buffer.from('MZ'))).rejects.toMatchObject({
      kind: 'validation',
    });
  });

  it('a removed file can be put back until the next backup; then it is purged and its blob leaves the store', async () => {
    const area = openAreas()[0]!;
    const dossier = await openDossier(t.ctx, 2025, area.id);
    await addFile(t.ctx, dossier, null, pdfFile('nham.pdf', 'removed'));
    const file = (await detail(dossier)).unassignedFiles.find((f) => f.originalName === 'nham.pdf')!;
    const blob = blobPath(t.store.attachmentsDir, file.sha256, 'pdf');
    expect(fs.existsSync(blob)).toBe(true);

    await removeFile(t.ctx, file.id, 'Gửi nhầm');
    let d = await detail(dossier);
    expect(d.unassignedFiles.map((f) => f.originalName)).not.toContain('nham.pdf');
    expect(d.removedFiles).toMatchObject([{ originalName: 'nham.pdf', reason: 'Gửi nhầm', removedBy: 'tester' }]);
    await restoreFile(t.ctx, d.removedFiles[0]!.id);
    d = await detail(dossier);
    expect(d.unassignedFiles.map((f) => f.originalName)).toContain('nham.pdf');
    expect(d.removedFiles).toEqual([]);

    const again = d.unassignedFiles.find((f) => f.originalName === 'nham.pdf')!;
    await removeFile(t.ctx, again.id, null);
    const removedId = (await detail(dossier)).removedFiles[0]!.id;
    await createBackup(t.store, path.join(t.dir, 'sao-luu.zip'), { label: 'manual', now: t.ctx.now });
    expect((await detail(dossier)).removedFiles).toEqual([]);
    expect(fs.existsSync(blob)).toBe(false);
    expect(t.store.sqlite.prepare('SELECT count(*) FROM attachments WHERE sha256 = ?').pluck().get(file.sha256)).toBe(
      0,
    );
    await expect(restoreFile(t.ctx, removedId)).rejects.toMatchObject({ kind: 'not-found' });
    expect(audit().map((a) => a.action)).toEqual(['add-file', 'remove-file', 'restore-file', 'remove-file']);
  });

  it('a recognised dossier keeps its files', async () => {
    const recognised = t.store.sqlite
      .prepare("SELECT d.id, d.unit_id FROM dossiers d WHERE d.status = 'da_cong_nhan' LIMIT 1")
      .get() as { id: number; unit_id: number };
    await expect(addFile(t.ctx, recognised.id, null, pdfFile('them.pdf', 'late'))).rejects.toMatchObject({
      kind: 'conflict',
    });
  });
});
