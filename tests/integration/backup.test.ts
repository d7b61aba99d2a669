// Backups and restores over real data folders, real zip files and the real migrations.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.ts';
import { migrate } from '../../electron/core/db/migrate.ts';
import { DATABASE_FILE, openDataStore, openSqlite, type DataStore } from '../../electron/core/db/open.ts';
import { DomainError } from '../../electron/core/errors.ts';
import { backupsDir, listAutomaticBackups } from '../../electron/core/features/backup/auto.ts';
import { createBackup } from '../../electron/core/features/backup/create.ts';
import { inspectBackup } from '../../electron/core/features/backup/inspect.ts';
import { restoreBackup } from '../../electron/core/features/backup/restore.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { contentFingerprint } from '../support/backupFixtures.ts';
import { FIXED_NOW, testStore } from '../support/services.ts';
import { tempDir } from '../support/tempData.ts';

let t: ReturnType<typeof testStore>;
let out: ReturnType<typeof tempDir>;
let backupFile: string;

beforeAll(async () => {
  t = testStore();
  out = tempDir('antt-out-');
  await seedDemo(t.ctx, 2025);
  backupFile = path.join(out.dir, 'sao-luu-demo.zip');
  await createBackup(t.store, backupFile, { label: 'manual', now: () => FIXED_NOW });
});
afterAll(async () => {
  await t.close();
  out.cleanup();
});

describe('backup and restore', () => {
  it('backs up the database, every attachment and every issued file, and reports what it holds', async () => {
    const inspection = await inspectBackup(backupFile);
    const count = (table: string) =>
      (t.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) ?? 0;
    expect(count('attachments')).toBeGreaterThan(0);
    expect(count('issued_files')).toBeGreaterThan(0);
    expect(inspection).toMatchObject({
      fileName: 'sao-luu-demo.zip',
      createdAt: FIXED_NOW.toISOString(),
      appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
      schemaVersion: MIGRATIONS.at(-1)!.name,
      office: 'Công an xã Đông Sơn',
      label: 'manual',
      attachments: { count: count('attachments') },
      issuedFiles: { count: count('issued_files') },
      warnings: [],
    });
    for (const table of ['units', 'dossiers', 'attachments', 'decisions', 'users', 'audit_log']) {
      expect(inspection.counts[table], table).toBe(count(table));
    }
  });

  it('restores byte for byte what was backed up and keeps the replaced data as a backup first', async () => {
    const before = contentFingerprint(t.store.sqlite, t.dir);
    // Change everything a restore must undo: rows, a new attachment blob and an issued file edited on disk.
    t.store.sqlite.prepare("UPDATE units SET name = name || ' (sửa)'").run();
    const stray = path.join(t.dir, 'tep-dinh-kem', 'ff', `${'f'.repeat(64)}.pdf`);
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, 'tệp thêm sau khi sao lưu');
    const issuedDir = path.join(t.dir, 'van-ban', '2025');
    const issued = path.join(issuedDir, fs.readdirSync(issuedDir)[0]!);
    fs.appendFileSync(issued, 'sửa');
    const changed = contentFingerprint(t.store.sqlite, t.dir);
    expect(changed).not.toEqual(before);

    const { store, result } = await restoreBackup(t.store, backupFile, { now: () => FIXED_NOW });
    t.store = store;
    t.ctx.store = store;
    expect(contentFingerprint(store.sqlite, t.dir)).toEqual(before);
    expect(fs.existsSync(stray)).toBe(false);
    expect(fs.readdirSync(t.dir).sort()).toEqual(
      [
        'du-lieu.sqlite',
        'du-lieu.sqlite-shm',
        'du-lieu.sqlite-wal',
        'khoa-thu-muc.sqlite',
        'sao-luu',
        'tep-dinh-kem',
        'van-ban',
      ].sort(),
    );

    // The data that was replaced is an automatic backup, and restoring it brings the changes back.
    expect(result.previousDataBackup).toMatch(/^sao-luu-\d{4}-\d{2}-\d{2}-\d{4}-truoc-phuc-hoi\.zip$/);
    expect(listAutomaticBackups(t.dir)).toMatchObject([{ name: result.previousDataBackup, label: 'before-restore' }]);
    const previous = path.join(backupsDir(t.dir), result.previousDataBackup);
    expect((await inspectBackup(previous)).label).toBe('before-restore');
    const back = await restoreBackup(t.store, previous, { now: () => FIXED_NOW });
    t.store = back.store;
    t.ctx.store = back.store;
    // Everything but the stray blob, which no row names: backups hold only what the data names.
    const { [`tep-dinh-kem/ff/${'f'.repeat(64)}.pdf`]: strayFile, ...named } = changed.files;
    expect(strayFile).toBeDefined();
    expect(contentFingerprint(back.store.sqlite, t.dir)).toEqual({ rows: changed.rows, files: named });
    const again = await restoreBackup(t.store, backupFile, { now: () => FIXED_NOW });
    t.store = again.store;
    t.ctx.store = again.store;
    expect(contentFingerprint(again.store.sqlite, t.dir)).toEqual(before);
  });

  it('restores an older backup into an empty data folder and migrates it when opened', async () => {
    const old = tempDir();
    const target = tempDir();
    try {
      // A data folder written by an app one schema step behind.
      const sqlite = openSqlite(path.join(old.dir, DATABASE_FILE));
      migrate(sqlite, MIGRATIONS.slice(0, -1));
      sqlite
        .prepare(
          "INSERT INTO units (uid, kind, name, name_key, sort_key, search_text, created_at, created_by, updated_at, updated_by) VALUES ('u1', 'khu_dan_cu', 'Thôn Cũ', 'thon cu', 'thon cu', 'thon cu', 'x', 'x', 'x', 'x')",
        )
        .run();
      const older = path.join(out.dir, 'cu.zip');
      await createBackup({ dataDir: old.dir, sqlite } as DataStore, older, { label: 'manual', now: () => FIXED_NOW });
      sqlite.close();
      expect((await inspectBackup(older)).schemaVersion).toBe(MIGRATIONS.at(-2)!.name);

      const { store, result } = await restoreBackup(openDataStore(target.dir), older, { now: () => FIXED_NOW });
      expect(result.inspection.counts.units).toBe(1);
      expect(store.sqlite.prepare('SELECT name FROM units').pluck().all()).toEqual(['Thôn Cũ']);
      expect(store.sqlite.prepare('SELECT max(name) FROM schema_migrations').pluck().get()).toBe(
        MIGRATIONS.at(-1)!.name,
      );
      await store.close();
    } finally {
      old.cleanup();
      target.cleanup();
    }
  });

  it('rejects a file that is not a backup with a Vietnamese validation error', async () => {
    const junk = path.join(out.dir, 'rac.zip');
    fs.writeFileSync(junk, 'đây không phải tệp nén');
    const error = await inspectBackup(junk).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'validation', message: expect.stringMatching(/không đọc được tệp nén/) });
  });
});
