// Damaged, tampered and hostile backup files are refused with a Vietnamese message, and the data is left untouched.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../electron/core/errors.ts';
import { createBackup } from '../../electron/core/features/backup/create.ts';
import { inspectBackup } from '../../electron/core/features/backup/inspect.ts';
import { restoreBackup } from '../../electron/core/features/backup/restore.ts';
import { attachmentId, storeFile } from '../../electron/core/attachments/store.ts';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { folderBytes } from '../support/backupFixtures.ts';
import { FIXED_NOW, testStore } from '../support/services.ts';
import { tempDir } from '../support/tempData.ts';

let t: ReturnType<typeof testStore>;
let out: ReturnType<typeof tempDir>;
let good: Record<string, Uint8Array>;
let blobName: string;

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

interface ManifestLike {
  schemaVersion: string;
  entries: { path: string; size: number; sha256: string }[];
}

function write(name: string, files: Zippable): string {
  const file = path.join(out.dir, name);
  fs.writeFileSync(file, zipSync(files, { level: 1 }));
  return file;
}

const manifestOf = (files: Record<string, Uint8Array>) =>
  JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as ManifestLike;
const withManifest = (files: Record<string, Uint8Array>, m: ManifestLike) => ({
  ...files,
  'manifest.json': strToU8(JSON.stringify(m)),
});

beforeAll(async () => {
  t = testStore();
  out = tempDir('antt-out-');
  await seedDemoUnits(t.ctx);
  const scan = path.join(out.dir, 'bien-ban.pdf');
  fs.writeFileSync(scan, '%PDF-1.4 biên bản họp');
  // Stored with its row: a backup holds only the files the data names.
  await attachmentId(t.store.db, t.ctx, storeFile(t.store.attachmentsDir, scan));
  const file = path.join(out.dir, 'tot.zip');
  await createBackup(t.store, file, { label: 'manual', now: () => FIXED_NOW });
  good = unzipSync(fs.readFileSync(file));
  blobName = Object.keys(good).find((n) => n.startsWith('tep-dinh-kem/'))!;
});
afterAll(async () => {
  await t.close();
  out.cleanup();
});

/** Inspect and restore both refuse the file, and not a byte of the data folder changes. */
async function expectRejected(file: string, message: RegExp) {
  const inspected = await inspectBackup(file).catch((e: unknown) => e);
  expect(inspected).toBeInstanceOf(DomainError);
  expect(inspected).toMatchObject({ kind: 'validation', message: expect.stringMatching(message) });
  const before = folderBytes(t.dir);
  const restored = await restoreBackup(t.store, file, { now: () => FIXED_NOW }).catch((e: unknown) => e);
  expect(restored).toMatchObject({ kind: 'validation', message: expect.stringMatching(message) });
  expect(folderBytes(t.dir)).toEqual(before);
  expect(t.store.sqlite.open).toBe(true);
}

describe('rejected backup files', () => {
  it('a well-formed copy made with another zip tool is accepted', async () => {
    const inspection = await inspectBackup(write('chep-lai.zip', good));
    expect(inspection.attachments.count).toBe(1);
  });

  it('random bytes', async () => {
    const file = path.join(out.dir, 'ngau-nhien.zip');
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)));
    await expectRejected(file, /không đọc được tệp nén/);
  });

  it('a truncated zip', async () => {
    const whole = fs.readFileSync(write('du.zip', good));
    const file = path.join(out.dir, 'cut.zip');
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length * 0.6)));
    await expectRejected(file, /không đọc được tệp nén|bị hỏng/);
  });

  it('a file whose content no longer matches its SHA-256', async () => {
    const blob = Buffer.from(good[blobName]!);
    blob[0] = blob[0]! ^ 1;
    await expectRejected(write('sua.zip', { ...good, [blobName]: blob }), /mã kiểm tra không khớp/);
  });

  it('no manifest', async () => {
    const { 'manifest.json': _m, ...rest } = good;
    await expectRejected(write('khong-bang-ke.zip', rest), /manifest\.json/);
  });

  it('a file missing from the zip, or one the manifest does not list', async () => {
    const { [blobName]: _b, ...rest } = good;
    await expectRejected(write('thieu.zip', rest), /thiếu tệp/);
    const extra = path.posix.join('tep-dinh-kem', 'aa', 'la.pdf');
    await expectRejected(write('thua.zip', { ...good, [extra]: strToU8('lạ') }), /không có trong bảng kê/);
  });

  it('entries escaping the data folder: "..", absolute paths, backslashes', async () => {
    for (const evil of [
      'tep-dinh-kem/../../thoat.txt',
      '/etc/thoat.txt',
      'tep-dinh-kem\\..\\thoat.txt',
      'khac/x.txt',
    ]) {
      const data = strToU8('x');
      const m = manifestOf(good);
      m.entries.push({ path: evil, size: data.length, sha256: sha(data) });
      await expectRejected(write('thoat.zip', { ...withManifest(good, m), [evil]: data }), /không an toàn/);
    }
    expect(fs.existsSync(path.join(path.dirname(t.dir), 'thoat.txt'))).toBe(false);
  });

  it('a symbolic link entry', async () => {
    const data = strToU8('/etc/passwd');
    const name = 'tep-dinh-kem/aa/lien-ket';
    const m = manifestOf(good);
    m.entries.push({ path: name, size: data.length, sha256: sha(data) });
    const zip = zipSync({ ...withManifest(good, m), [name]: [data, { os: 3, attrs: (0o120777 << 16) >>> 0 }] });
    const file = path.join(out.dir, 'lien-ket.zip');
    fs.writeFileSync(file, zip);
    await expectRejected(file, /liên kết tượng trưng/);
  });

  it('a database written by a newer version of the app', async () => {
    t.store.sqlite
      .prepare("INSERT INTO schema_migrations (name, applied_at) VALUES ('2099-01-01-01-future', 'x')")
      .run();
    const file = path.join(out.dir, 'moi-hon.zip');
    try {
      await createBackup(t.store, file, { label: 'manual', now: () => FIXED_NOW });
    } finally {
      t.store.sqlite.prepare("DELETE FROM schema_migrations WHERE name = '2099-01-01-01-future'").run();
    }
    await expectRejected(file, /phiên bản ứng dụng mới hơn/);
  });

  it('a manifest of a newer format, and a package that is not a backup', async () => {
    const m = { ...manifestOf(good), formatVersion: 2 };
    await expectRejected(write('dinh-dang-moi.zip', withManifest(good, m)), /phiên bản ứng dụng mới hơn/);
    const other = { ...manifestOf(good), kind: 'exchange' };
    await expectRejected(write('goi.zip', withManifest(good, other)), /không phải bản sao lưu/);
  });

  it('a database that is not SQLite even though the manifest matches it', async () => {
    const data = strToU8('không phải cơ sở dữ liệu');
    const m = manifestOf(good);
    m.entries = m.entries.map((e) =>
      e.path === 'du-lieu.sqlite' ? { ...e, size: data.length, sha256: sha(data) } : e,
    );
    await expectRejected(
      write('csdl-hong.zip', { ...withManifest(good, m), 'du-lieu.sqlite': data }),
      /cơ sở dữ liệu/i,
    );
  });
});
