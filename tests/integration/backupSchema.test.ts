// A backup or a data folder whose database schema is not the one the app's migrations build is refused at restore
// and flagged by the data check; the audit log cannot be changed; a restore records itself in the restored data.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../electron/core/errors.ts';
import { mapSqliteError } from '../../electron/core/db/sqliteErrors.ts';
import {
  backupsDir,
  listAutomaticBackups,
  rotateBackups,
  writeAutomaticBackup,
} from '../../electron/core/features/backup/auto.ts';
import { checkData } from '../../electron/core/features/backup/check.ts';
import { createBackup } from '../../electron/core/features/backup/create.ts';
import { inspectBackup } from '../../electron/core/features/backup/inspect.ts';
import { restoreBackup } from '../../electron/core/features/backup/restore.ts';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { folderBytes } from '../support/backupFixtures.ts';
import { FIXED_NOW, testStore } from '../support/services.ts';
import { tempDir } from '../support/tempData.ts';

let t: ReturnType<typeof testStore>;
let out: ReturnType<typeof tempDir>;

beforeAll(async () => {
  t = testStore();
  out = tempDir('antt-out-');
  await seedDemoUnits(t.ctx);
});
afterAll(async () => {
  await t.close();
  out.cleanup();
});

/** A backup of the test data with `tamper` applied to the database just for the snapshot. */
async function tamperedBackup(name: string, tamper: string, undo: string): Promise<string> {
  const file = path.join(out.dir, name);
  t.store.sqlite.exec(tamper);
  try {
    await createBackup(t.store, file, { label: 'manual', now: () => FIXED_NOW });
  } finally {
    t.store.sqlite.exec(undo);
  }
  return file;
}

async function expectRefused(file: string, message: RegExp) {
  const inspected = await inspectBackup(file).catch((e: unknown) => e);
  expect(inspected).toBeInstanceOf(DomainError);
  expect(inspected).toMatchObject({ kind: 'validation', message: expect.stringMatching(message) });
  const before = folderBytes(t.dir);
  const restored = await restoreBackup(t.store, file, { now: () => FIXED_NOW }).catch((e: unknown) => e);
  expect(restored).toMatchObject({ kind: 'validation', message: expect.stringMatching(message) });
  expect(folderBytes(t.dir)).toEqual(before);
  expect(t.store.sqlite.open).toBe(true);
}

const EMPTY_AUDIT = `CREATE TRIGGER xoa_nhat_ky AFTER INSERT ON units BEGIN DELETE FROM audit_log; END;`;

describe('schema of a restored database', () => {
  it('an extra trigger that empties the audit log is refused by name, and flagged by the data check', async () => {
    const file = await tamperedBackup('trigger-la.zip', EMPTY_AUDIT, 'DROP TRIGGER xoa_nhat_ky');
    await expectRefused(file, /cấu trúc khác với ứng dụng: Cơ sở dữ liệu có thêm trigger "xoa_nhat_ky"/);

    t.store.sqlite.exec(EMPTY_AUDIT);
    try {
      const report = await checkData(t.store);
      expect(report.sound).toBe(false);
      expect(report.problems).toContainEqual(expect.stringMatching(/thêm trigger "xoa_nhat_ky" \(của bảng units\)/));
    } finally {
      t.store.sqlite.exec('DROP TRIGGER xoa_nhat_ky');
    }
    expect((await checkData(t.store)).sound).toBe(true);
  });

  it('a dropped signed-decision guard, a changed index and an extra view are refused', async () => {
    const guard = t.store.sqlite
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'decisions_frozen_update'")
      .pluck()
      .get() as string;
    const dropped = await tamperedBackup('mat-rang-buoc.zip', 'DROP TRIGGER decisions_frozen_update', guard);
    await expectRefused(dropped, /thiếu trigger "decisions_frozen_update"/);

    const index = t.store.sqlite
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_entity'")
      .pluck()
      .get() as string;
    const changed = await tamperedBackup(
      'chi-muc-sua.zip',
      'DROP INDEX audit_log_entity; CREATE INDEX audit_log_entity ON audit_log (entity);',
      `DROP INDEX audit_log_entity; ${index}`,
    );
    await expectRefused(changed, /Cấu trúc của chỉ mục "audit_log_entity"/);

    const view = await tamperedBackup('view-la.zip', 'CREATE VIEW tat_ca AS SELECT * FROM users', 'DROP VIEW tat_ca');
    await expectRefused(view, /thêm view "tat_ca"/);
  });

  it('the same schema with only different layout of its SQL is accepted', async () => {
    const index = t.store.sqlite
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_entity'")
      .pluck()
      .get() as string;
    const file = await tamperedBackup(
      'xuong-dong.zip',
      'DROP INDEX audit_log_entity; CREATE INDEX audit_log_entity\n    ON audit_log ( entity,  entity_id );',
      `DROP INDEX audit_log_entity; ${index}`,
    );
    expect((await inspectBackup(file)).warnings).toEqual([]);
  });
});

describe('audit log', () => {
  it('rows can be neither changed nor removed, even with plain SQL', () => {
    const count = () => t.store.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    t.store.sqlite
      .prepare("INSERT INTO audit_log (at, actor, action, entity, summary) VALUES ('x', 'x', 'x', 'x', 'x')")
      .run();
    const before = count();
    for (const sql of ["UPDATE audit_log SET summary = 'sửa'", 'DELETE FROM audit_log']) {
      let error: unknown;
      try {
        t.store.sqlite.exec(sql);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'SQLITE_CONSTRAINT_TRIGGER' });
      expect(mapSqliteError(error)).toBeInstanceOf(DomainError);
    }
    expect(count()).toBe(before);
  });

  it('a restore writes its own row after the switch: file, SHA-256, who and the before-restore backup', async () => {
    const file = path.join(out.dir, 'hop-le.zip');
    await createBackup(t.store, file, { label: 'manual', now: () => FIXED_NOW });
    const sha = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const { store, result } = await restoreBackup(t.store, file, { now: () => FIXED_NOW, actor: 'admin' });
    t.store = store;
    t.ctx.store = store;
    const rows = store.sqlite.prepare("SELECT actor, entity, summary FROM audit_log WHERE action = 'restore'").all();
    expect(rows).toEqual([
      {
        actor: 'admin',
        entity: 'backup',
        summary: expect.stringContaining(`"hop-le.zip" (SHA-256 ${sha})`) as unknown,
      },
    ]);
    expect((rows[0] as { summary: string }).summary).toContain(result.previousDataBackup);
  });
});

describe('rotation', () => {
  it('routine backups never rotate away a before-restore backup', async () => {
    let minute = 0;
    const clock = () => new Date(FIXED_NOW.getTime() + ++minute * 60_000);
    for (let i = 0; i < 3; i++) await writeAutomaticBackup(t.store, 'before-restore', { now: clock });
    for (let i = 0; i < 4; i++) await writeAutomaticBackup(t.store, 'auto', { now: clock });
    rotateBackups(t.dir, 1);
    const kept = listAutomaticBackups(t.dir);
    expect(kept.filter((b) => b.label === 'auto')).toHaveLength(1);
    expect(kept.filter((b) => b.label === 'before-restore').length).toBeGreaterThanOrEqual(3);
    expect(fs.readdirSync(backupsDir(t.dir)).filter((n) => n.includes('truoc-phuc-hoi'))).toHaveLength(
      kept.filter((b) => b.label === 'before-restore').length,
    );
  });
});
