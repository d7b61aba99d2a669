// Opening stored files: whatever lies in the store (older data, a tampered folder), only a viewable file whose
// content matches its name reaches the system opener, through a copy checked by hash and removed at exit.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import type { AppContext } from '../../electron/core/api/types.ts';
import { openedCopiesFolder, removeOpenedCopies } from '../../electron/core/attachments/readOnlyCopy.ts';
import { blobPath } from '../../electron/core/attachments/store.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import { createUser } from '../../electron/core/features/accounts/service.ts';
import { placeholderPdf } from '../../electron/core/features/demo/round.ts';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { attachFiles } from '../../electron/core/features/dossiers/attach.ts';
import { EXE, HTA } from '../support/hostileFiles.ts';
import { testStore } from '../support/services.ts';
import { testHost } from '../support/testHost.ts';

let t: ReturnType<typeof testStore>;
let app: AppContext;
let dossierId: number;
const opened: string[] = [];
const table = createHandlerTable();
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

beforeEach(async () => {
  t = testStore();
  await seedDemoUnits(t.ctx);
  const unitId = t.store.sqlite.prepare('SELECT id FROM units ORDER BY id LIMIT 1').pluck().get() as number;
  const usb = path.join(t.dir, 'usb');
  fs.mkdirSync(usb);
  fs.writeFileSync(path.join(usb, 'bien ban.pdf'), placeholderPdf('bien ban'));
  await attachFiles(t.ctx, usb, 2025, [{ relativePath: 'bien ban.pdf', unitId, componentCode: null }]);
  dossierId = t.store.sqlite.prepare('SELECT id FROM dossiers LIMIT 1').pluck().get() as number;
  opened.length = 0;
  const user = await createUser(t.store.db, t.ctx, {
    username: 'lanh-dao',
    fullName: 'Lãnh đạo',
    role: 'leader',
    password: 'mat-khau-8',
  });
  app = {
    store: t.store,
    session: { user },
    pickedFiles: new Map(),
    now: () => new Date('2025-11-05T08:00:00Z'),
    host: testHost({ openPath: async (p) => void opened.push(p) }),
  };
});
afterEach(async () => {
  removeOpenedCopies();
  await t.close();
});

/** A file put straight into the store and the dossier, as older data or a hand-edited folder could hold it. */
function planted(name: string, extension: string, data: Buffer | string): number {
  const bytes = Buffer.from(data);
  const hash = sha(bytes);
  const blob = blobPath(t.store.attachmentsDir, hash, extension);
  fs.mkdirSync(path.dirname(blob), { recursive: true });
  fs.writeFileSync(blob, bytes);
  const attachment = t.store.sqlite
    .prepare(
      "INSERT INTO attachments (sha256, size, extension, created_at, created_by) VALUES (?, ?, ?, '2025-11-05T08:00:00Z', 'x')",
    )
    .run(hash, bytes.length, extension).lastInsertRowid;
  return Number(
    t.store.sqlite
      .prepare(
        "INSERT INTO dossier_files (dossier_id, attachment_id, original_name, source_path, added_at, added_by) VALUES (?, ?, ?, ?, '2025-11-05T08:00:00Z', 'x')",
      )
      .run(dossierId, attachment, name, name).lastInsertRowid,
  );
}

const goodFile = () =>
  t.store.sqlite
    .prepare(
      "SELECT f.id, a.sha256, a.extension FROM dossier_files f JOIN attachments a ON a.id = f.attachment_id WHERE f.original_name = 'bien ban.pdf'",
    )
    .get() as { id: number; sha256: string; extension: string };

describe('opening only viewable files', () => {
  it.each([
    ['bao cao.hta', 'hta', HTA, /\.hta/u],
    ['cai dat.exe', 'exe', EXE, /\.exe/u],
    ['hinh anh.pdf   .exe', 'pdf', placeholderPdf('x'), /\.exe/u],
    ['bien ban 2.pdf', 'pdf', EXE, /không phải tệp \.pdf/u],
    ['To trinh\u202Excod.pdf', 'pdf', placeholderPdf('y'), /đảo chiều/u],
    ['AUX.pdf', 'pdf', placeholderPdf('z'), /thiết bị/u],
  ])('refuses %s with the reason, and the opener never sees it', async (name, extension, data, reason) => {
    const fileId = planted(name, extension, data);
    const result = await dispatch(table, app, 'dossierFiles.open', { fileId });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', message: expect.stringMatching(reason) } });
    expect(opened).toEqual([]);
  });

  it('opens a viewable file through a read-only copy, reused only while its bytes still hash to the original', async () => {
    const file = goodFile();
    const original = fs.readFileSync(blobPath(t.store.attachmentsDir, file.sha256, file.extension));
    expect((await dispatch(table, app, 'dossierFiles.open', { fileId: file.id })).ok).toBe(true);
    const copy = opened[0]!;
    expect(copy.startsWith(openedCopiesFolder())).toBe(true);
    // Someone swaps the copy for a program while it waits for reuse: it is replaced by the original again.
    fs.chmodSync(copy, 0o644);
    fs.writeFileSync(copy, EXE);
    expect((await dispatch(table, app, 'dossierFiles.open', { fileId: file.id })).ok).toBe(true);
    expect(opened[1]).toBe(copy);
    expect(fs.readFileSync(copy)).toEqual(original);
  });

  it('refuses a stored file whose bytes no longer match its hash', async () => {
    const file = goodFile();
    const blob = blobPath(t.store.attachmentsDir, file.sha256, file.extension);
    fs.chmodSync(blob, 0o644);
    fs.writeFileSync(blob, placeholderPdf('đã bị sửa'));
    const result = await dispatch(table, app, 'dossierFiles.open', { fileId: file.id });
    expect(result).toMatchObject({ ok: false, error: { kind: 'io', message: expect.stringMatching(/bị thay đổi/u) } });
    expect(opened).toEqual([]);
  });

  it('removes the copies at exit', async () => {
    expect((await dispatch(table, app, 'dossierFiles.open', { fileId: goodFile().id })).ok).toBe(true);
    expect(fs.existsSync(opened[0]!)).toBe(true);
    removeOpenedCopies();
    expect(fs.existsSync(openedCopiesFolder())).toBe(false);
  });
});
