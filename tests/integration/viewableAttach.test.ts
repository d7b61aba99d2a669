// Hostile files on a USB stick: runnable types, runnable content under viewable names, names hiding their real
// extension, links out of the folder, and paths the app never listed. None reaches the store or the opener; the
// viewable files beside them are taken.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import type { AppContext } from '../../electron/core/api/types.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import { createUser } from '../../electron/core/features/accounts/service.ts';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { attachFiles, previewFolder } from '../../electron/core/features/dossiers/attach.ts';
import { GOOD_FILES, HOSTILE_FILES } from '../support/hostileFiles.ts';
import { testStore } from '../support/services.ts';
import { tempDir } from '../support/tempData.ts';
import { testHost } from '../support/testHost.ts';
import { fingerprint } from '../support/usbFolder.ts';

let t: ReturnType<typeof testStore>;
let outside: ReturnType<typeof tempDir>;
let usb: string;
let unitId: number;
const table = createHandlerTable();

function write(root: string, rel: string, data: Buffer | string) {
  const file = path.join(root, ...rel.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
}

/** Every file under the store, and its rows: both must stay as they were after a refusal. */
const storeState = () => ({
  files: fs.existsSync(t.store.attachmentsDir)
    ? fs.readdirSync(t.store.attachmentsDir, { recursive: true }).map(String).sort()
    : [],
  rows: t.store.sqlite.prepare('SELECT count(*) FROM attachments').pluck().get(),
  dossierFiles: t.store.sqlite.prepare('SELECT count(*) FROM dossier_files').pluck().get(),
});

beforeEach(async () => {
  t = testStore();
  outside = tempDir('antt-ngoai-');
  await seedDemoUnits(t.ctx);
  unitId = t.store.sqlite
    .prepare("SELECT id FROM units WHERE kind = 'khu_dan_cu' ORDER BY id LIMIT 1")
    .pluck()
    .get() as number;
  usb = path.join(t.dir, 'usb');
  for (const [rel, data] of [...HOSTILE_FILES, ...GOOD_FILES]) write(usb, rel, data);
});
afterEach(async () => {
  await t.close();
  outside.cleanup();
});

const assign = (relativePath: string) => ({ relativePath, unitId, componentCode: null });

describe('attaching from a USB folder: only viewable files', () => {
  it('lists each refused file with its reason, proposes no dossier for it, and attaches the good ones only', async () => {
    const proposals = await previewFolder(t.store.db, usb, 2025);
    for (const [rel, , reason] of HOSTILE_FILES) {
      const p = proposals.find((x) => x.relativePath === rel);
      expect(p, rel).toBeDefined();
      expect(p!.refused, rel).toMatch(reason);
      expect(p!.unitId).toBeNull();
    }
    for (const [rel] of GOOD_FILES) expect(proposals.find((x) => x.relativePath === rel)!.refused, rel).toBeNull();

    const before = fingerprint(usb);
    const result = await attachFiles(
      t.ctx,
      usb,
      2025,
      GOOD_FILES.map(([rel]) => assign(rel)),
    );
    expect(result.attached).toBe(GOOD_FILES.length);
    expect(fingerprint(usb)).toBe(before);
  });

  it.each(HOSTILE_FILES.map(([rel, , reason]) => [rel, reason] as const))(
    'refuses %s even when named in an assignment, and copies nothing',
    async (rel, reason) => {
      const before = storeState();
      const error = await attachFiles(t.ctx, usb, 2025, [...GOOD_FILES.map(([g]) => assign(g)), assign(rel)]).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ kind: 'validation', message: expect.stringMatching(reason) });
      expect(storeState()).toEqual(before);
    },
  );
});

describe('attaching from a USB folder: only files the app listed', () => {
  it('refuses links to files and folders outside the picked folder, and never lists them', async () => {
    write(outside.dir, 'mat/bi-mat.pdf', '%PDF-1.4 bí mật ở ngoài');
    fs.symlinkSync(path.join(outside.dir, 'mat', 'bi-mat.pdf'), path.join(usb, 'Thon Dong 1', 'lien ket.pdf'));
    fs.symlinkSync(path.join(outside.dir, 'mat'), path.join(usb, 'thu muc lien ket'), 'dir');
    const listed = (await previewFolder(t.store.db, usb, 2025)).map((p) => p.relativePath);
    expect(listed.some((p) => p.includes('lien ket'))).toBe(false);
    const before = storeState();
    for (const rel of ['Thon Dong 1/lien ket.pdf', 'thu muc lien ket/bi-mat.pdf']) {
      await expect(attachFiles(t.ctx, usb, 2025, [assign(rel)])).rejects.toMatchObject({
        kind: 'validation',
        message: expect.stringMatching(/không có trong danh sách/u),
      });
    }
    expect(storeState()).toEqual(before);
  });

  it('refuses paths that climb out, absolute paths and names not in the listing', async () => {
    write(outside.dir, 'ngoai.pdf', '%PDF-1.4 ngoài');
    const climb = path.relative(usb, path.join(outside.dir, 'ngoai.pdf')).split(path.sep).join('/');
    const before = storeState();
    for (const rel of [climb, path.join(outside.dir, 'ngoai.pdf'), 'Thon Dong 1/./bien ban hop.pdf', 'khong co.pdf']) {
      await expect(attachFiles(t.ctx, usb, 2025, [assign(rel)]), rel).rejects.toMatchObject({ kind: 'validation' });
    }
    expect(storeState()).toEqual(before);
  });

  it('refuses a listed file that became a link after the preview', async () => {
    const rel = 'Thon Dong 1/bien ban hop.pdf';
    expect((await previewFolder(t.store.db, usb, 2025)).some((p) => p.relativePath === rel)).toBe(true);
    write(outside.dir, 'khac.pdf', '%PDF-1.4 tệp khác');
    fs.rmSync(path.join(usb, ...rel.split('/')));
    fs.symlinkSync(path.join(outside.dir, 'khac.pdf'), path.join(usb, ...rel.split('/')));
    const before = storeState();
    await expect(attachFiles(t.ctx, usb, 2025, [assign(rel)])).rejects.toMatchObject({ kind: 'validation' });
    expect(storeState()).toEqual(before);
  });

  it('through the API: the renderer names files only by paths under the picked-folder token', async () => {
    const user = await createUser(t.store.db, t.ctx, {
      username: 'thu-ky',
      fullName: 'Thư ký',
      role: 'staff',
      password: 'mat-khau-8',
    });
    const app: AppContext = {
      store: t.store,
      session: { user },
      pickedFiles: new Map(),
      now: () => new Date('2025-11-05T08:00:00Z'),
      host: testHost({ pickFolder: async () => usb }),
    };
    const picked = await dispatch(table, app, 'dossierFiles.pickFolder', {});
    expect(picked.ok).toBe(true);
    const token = (picked as { value: { token: string } }).value.token;
    const before = storeState();
    for (const rel of ['../../../etc/passwd', 'Thon Dong 1/bao cao.hta', 'Thon Dong 1/hinh anh.pdf   .exe']) {
      const res = await dispatch(table, app, 'dossierFiles.attach', { token, year: 2025, assignments: [assign(rel)] });
      expect(res, rel).toMatchObject({ ok: false, error: { kind: 'validation' } });
    }
    const forged = await dispatch(table, app, 'dossierFiles.attach', {
      token: 'khong-phai-token',
      year: 2025,
      assignments: [assign('Thon Dong 1/bien ban hop.pdf')],
    });
    expect(forged.ok).toBe(false);
    expect(storeState()).toEqual(before);
  });
});
