// Crash safety of restores: a restore killed (SIGKILL) at random moments, or stopped after any step of its switch,
// leaves the data wholly as before or wholly as after once the folder is opened again; a restore finished by that
// recovery has its one audit row like any other.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/db/open.ts';
import { readBackup } from '../../electron/core/features/backup/inspect.ts';
import {
  recoverPendingRestore,
  RESTORE_WORK_DIR,
  STAGED_DIR,
  switchSteps,
  writeRestoreJournal,
} from '../../electron/core/features/backup/restoreSwitch.ts';
import { copyFolder, openAndFingerprint } from '../support/backupFixtures.ts';
import { crashTemplate, delays, laterBackup, runChild } from '../support/backupCrash.ts';
import { tempDir } from '../support/tempData.ts';

const ITERATIONS = 8;
let root: ReturnType<typeof tempDir>;
let start: Awaited<ReturnType<typeof crashTemplate>>;
let later: Awaited<ReturnType<typeof laterBackup>>;

beforeAll(async () => {
  root = tempDir('antt-crash-');
  start = await crashTemplate(root.dir);
  later = await laterBackup(root.dir, start.template);
  expect(later.after).not.toEqual(start.before);
}, 60_000);
afterAll(() => root.cleanup());

/** The restore rows of the audit log of a (closed) data folder. */
function restoreRows(dataDir: string): { actor: string; summary: string }[] {
  const db = new BetterSqlite3(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare("SELECT actor, summary FROM audit_log WHERE action = 'restore'").all() as {
      actor: string;
      summary: string;
    }[];
  } finally {
    db.close();
  }
}

const fileSha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('crash safety of restores', () => {
  it('a restore killed at random points leaves the data wholly before or wholly after', async () => {
    const probe = path.join(root.dir, 'thu');
    copyFolder(start.template, probe);
    const full = await runChild('restore', probe, later.file, null);
    expect(full.finished).toBe(true);
    expect(await openAndFingerprint(probe)).toEqual(later.after);
    for (const [i, delay] of delays(11, ITERATIONS, full.ms * 1.1).entries()) {
      const data = path.join(root.dir, `phuc-hoi-${i}`);
      copyFolder(start.template, data);
      await runChild('restore', data, later.file, delay);
      const found = await openAndFingerprint(data);
      if (JSON.stringify(found) !== JSON.stringify(start.before)) {
        expect(found).toEqual(later.after);
        // Finished by the child or by the open after the kill: either way the restored data says so, once.
        const rows = restoreRows(data);
        expect(rows).toHaveLength(1);
        expect(rows[0]!.summary).toContain(`"sau.zip" (SHA-256 ${fileSha(later.file)})`);
        expect(rows[0]!.summary).toMatch(/bản sao lưu sao-luu-.*-truoc-phuc-hoi\.zip\.$/);
      } else {
        expect(restoreRows(data)).toHaveLength(0);
      }
      expect(fs.existsSync(path.join(data, RESTORE_WORK_DIR))).toBe(false);
      fs.rmSync(data, { recursive: true, force: true });
    }
  }, 60_000);

  it('the switch finishes from the state left after any of its steps; staging without a journal is dropped', async () => {
    const audit = {
      at: '2025-11-20T03:00:00.000Z',
      actor: 'quan-tri',
      file: 'sau.zip',
      sha256: fileSha(later.file),
      previous: 'sao-luu-2025-11-20-1000-truoc-phuc-hoi.zip',
    };
    const journal = { database: DATABASE_FILE, items: [DATABASE_FILE, 'tep-dinh-kem', 'van-ban'], audit };
    const stepCount = switchSteps(root.dir, journal).length;
    const verified = path.join(root.dir, 'da-kiem-tra');
    await readBackup(later.file, { extractTo: verified });
    for (const dir of ['tep-dinh-kem', 'van-ban']) fs.mkdirSync(path.join(verified, dir), { recursive: true });
    for (let k = -1; k <= stepCount; k++) {
      const data = path.join(root.dir, `buoc-${k}`);
      copyFolder(start.template, data);
      // A WAL beside the old database, as a crash of the app would leave it.
      fs.writeFileSync(path.join(data, `${DATABASE_FILE}-wal`), 'wal cũ');
      copyFolder(verified, path.join(data, RESTORE_WORK_DIR, STAGED_DIR));
      if (k === -1) {
        fs.rmSync(path.join(data, `${DATABASE_FILE}-wal`));
        expect(recoverPendingRestore(data)).toBe('discarded');
        expect(await openAndFingerprint(data)).toEqual(start.before);
      } else {
        writeRestoreJournal(data, journal);
        for (const step of switchSteps(data, journal).slice(0, k)) step.run();
        expect(await openAndFingerprint(data), `after step ${k}`).toEqual(later.after);
        expect(fs.readdirSync(data).sort().join(' '), `after step ${k}`).toBe('du-lieu.sqlite tep-dinh-kem van-ban');
        // The audit row of a restore finished at the next open: file, hash, who and the before-restore backup.
        expect(restoreRows(data), `after step ${k}`).toEqual([
          {
            actor: 'quan-tri',
            summary: `Phục hồi dữ liệu từ tệp "sau.zip" (SHA-256 ${audit.sha256}); dữ liệu trước đó được giữ trong bản sao lưu ${audit.previous}.`,
          },
        ]);
        if (k === stepCount) {
          // Killed after the row was written but before its marker went: opening again adds no second row.
          fs.writeFileSync(path.join(data, 'phuc-hoi-xong.json'), JSON.stringify(audit));
          await openAndFingerprint(data);
          expect(restoreRows(data)).toHaveLength(1);
        }
      }
      fs.rmSync(data, { recursive: true, force: true });
    }
  }, 60_000);
});
