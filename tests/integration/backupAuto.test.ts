// Automatic backups: the schedule on a fixed clock, rotation keeping the newest N, backups at exit, the data check.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backupAtExit,
  backupFileName,
  backupIfDue,
  backupListing,
  backupsDir,
  isBackupDue,
  listAutomaticBackups,
  parseBackupName,
  rotateBackups,
  saveBackupConfig,
} from '../../electron/core/features/backup/auto.ts';
import { checkData } from '../../electron/core/features/backup/check.ts';
import { inspectBackup } from '../../electron/core/features/backup/inspect.ts';
import { seedDemo, seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { testStore } from '../support/services.ts';

const at = (text: string) => new Date(text);
let t: ReturnType<typeof testStore> | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('backup schedule', () => {
  it('is due with no backup yet, after the interval, and when the clock moved back', () => {
    const last = at('2026-11-22T09:30:00');
    expect(isBackupDue(null, last, 24)).toBe(true);
    expect(isBackupDue(last, at('2026-11-22T10:30:00'), 24)).toBe(false);
    expect(isBackupDue(last, at('2026-11-23T09:29:59'), 24)).toBe(false);
    expect(isBackupDue(last, at('2026-11-23T09:30:00'), 24)).toBe(true);
    expect(isBackupDue(last, at('2026-11-22T15:30:00'), 6)).toBe(true);
    expect(isBackupDue(last, at('2026-11-21T09:30:00'), 24)).toBe(true);
  });

  it('names backups by local time and reads the names back', () => {
    const when = at('2026-11-22T09:05:00');
    expect(backupFileName(when)).toBe('sao-luu-2026-11-22-0905.zip');
    expect(backupFileName(when, 'before-restore', 2)).toBe('sao-luu-2026-11-22-0905-truoc-phuc-hoi-2.zip');
    expect(parseBackupName('sao-luu-2026-11-22-0905-truoc-phuc-hoi-2.zip')).toEqual({
      at: when,
      label: 'before-restore',
      counter: 2,
    });
    expect(parseBackupName('sao-luu-2026-11-22-0905.zip.tmp')).toBeNull();
    expect(parseBackupName('../sao-luu-2026-11-22-0905.zip')).toBeNull();
  });

  it('backs up when due on a fixed clock, keeps the newest N and rotates nothing else', async () => {
    t = testStore();
    await seedDemoUnits(t.ctx);
    saveBackupConfig(t.dir, { keep: 3, intervalHours: 6 });
    const outsider = path.join(backupsDir(t.dir), 'ghi-chu.txt');
    fs.writeFileSync(outsider, 'không phải bản sao lưu');
    let now = at('2026-11-22T08:00:00');
    const clock = () => now;
    expect(await backupIfDue(t.store, clock)).not.toBeNull();
    now = at('2026-11-22T13:59:00');
    expect(await backupIfDue(t.store, clock)).toBeNull();
    for (let i = 0; i < 4; i++) {
      now = new Date(now.getTime() + 6 * 3600 * 1000);
      expect(await backupIfDue(t.store, clock)).not.toBeNull();
    }
    const names = listAutomaticBackups(t.dir).map((b) => b.name);
    expect(names).toEqual([
      'sao-luu-2026-11-23-1359.zip',
      'sao-luu-2026-11-23-0759.zip',
      'sao-luu-2026-11-23-0159.zip',
    ]);
    expect(fs.existsSync(outsider)).toBe(true);
    expect(backupListing(t.dir)).toMatchObject({
      config: { keep: 3, intervalHours: 6 },
      lastBackupAt: at('2026-11-23T13:59:00').toISOString(),
    });
    // Every kept file is a complete, verifiable backup.
    for (const name of names) await inspectBackup(path.join(backupsDir(t.dir), name));
  });

  it('two backups in the same minute get distinct names; stale temp files are cleared', async () => {
    t = testStore();
    const now = () => at('2026-11-22T08:00:00');
    saveBackupConfig(t.dir, { keep: 10, intervalHours: 1 });
    await backupAtExit(t.store, now);
    t.store.sqlite
      .prepare("INSERT INTO audit_log (at, actor, action, entity, summary) VALUES ('x', 'x', 'x', 'x', 'x')")
      .run();
    await backupAtExit(t.store, now);
    expect(listAutomaticBackups(t.dir).map((b) => b.name)).toEqual([
      'sao-luu-2026-11-22-0800-2.zip',
      'sao-luu-2026-11-22-0800.zip',
    ]);
    // Nothing written since and not due: no backup at exit.
    expect(await backupAtExit(t.store, now)).toBeNull();

    const stale = path.join(backupsDir(t.dir), '.sao-luu-2026-11-22-0700.zip.abc.tmp');
    fs.writeFileSync(stale, 'nửa chừng');
    fs.utimesSync(stale, at('2026-11-20T00:00:00'), at('2026-11-20T00:00:00'));
    rotateBackups(t.dir, 10, now());
    expect(fs.existsSync(stale)).toBe(false);
  });
});

describe('data check', () => {
  it('finds a deleted attachment and a changed issued file, and nothing on sound data', async () => {
    t = testStore();
    await seedDemo(t.ctx, 2025);
    const sound = await checkData(t.store);
    expect(sound.sound).toBe(true);
    expect(sound.problems).toEqual([]);
    expect(sound.checked.attachments).toBeGreaterThan(0);
    expect(sound.checked.issuedFiles).toBeGreaterThan(0);

    const blob = t.store.sqlite.prepare('SELECT id, sha256 FROM attachments ORDER BY id LIMIT 1').get() as {
      id: number;
      sha256: string;
    };
    fs.rmSync(path.join(t.dir, 'tep-dinh-kem', blob.sha256.slice(0, 2), `${blob.sha256}.pdf`));
    const issuedDir = path.join(t.dir, 'van-ban', '2025');
    const issued = fs.readdirSync(issuedDir)[0]!;
    const bytes = fs.readFileSync(path.join(issuedDir, issued));
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    fs.writeFileSync(path.join(issuedDir, issued), bytes);

    const report = await checkData(t.store);
    expect(report.sound).toBe(false);
    expect(report.problems).toEqual([
      expect.stringContaining(`Thiếu tệp đính kèm số ${blob.id}`),
      expect.stringMatching(new RegExp(`^Văn bản đã ban hành "${issued}" đã bị thay đổi`)),
    ]);
  });
});
