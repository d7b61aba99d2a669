// Demo data is marked as sample and can be cleared to start for real: units, rounds, decisions (signed ones too) and
// files go; accounts, settings, criteria sets and the audit log stay, and the guards on signed decisions come back.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearSampleData } from '../../electron/core/features/demo/clear.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(async () => t.close());

const count = (table: string) => t.store.sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
const triggers = () =>
  t.store.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();

describe('sample data', () => {
  it('is marked, and cleared in one audited step that keeps accounts, settings, criteria and the guards', async () => {
    await seedDemo(t.ctx, 2025);
    expect(t.store.sqlite.prepare('SELECT sample_data FROM office_settings').pluck().get()).toBe(1);
    expect(count('decisions')).toBeGreaterThan(0);
    const before = {
      sets: count('criteria_sets'),
      audit: count('audit_log'),
      signers: count('signers'),
      guards: triggers(),
    };

    await clearSampleData(t.ctx);
    for (const table of ['units', 'campaigns', 'dossiers', 'dossier_files', 'decisions', 'attachments', 'incidents'])
      expect(count(table), table).toBe(0);
    expect(count('criteria_sets')).toBe(before.sets);
    expect(count('signers')).toBe(before.signers);
    expect(count('office_settings')).toBe(1);
    expect(triggers()).toEqual(before.guards);
    expect(count('audit_log')).toBe(before.audit + 1);
    expect(t.store.sqlite.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get()).toBe(
      'Xóa dữ liệu mẫu để bắt đầu dùng thật',
    );
    expect(t.store.sqlite.prepare('SELECT sample_data FROM office_settings').pluck().get()).toBe(0);
    expect(fs.existsSync(path.join(t.store.dataDir, 'van-ban'))).toBe(false);
    const blobs = fs.existsSync(t.store.attachmentsDir)
      ? fs.readdirSync(t.store.attachmentsDir, { recursive: true }).filter((f) => String(f).includes('.'))
      : [];
    expect(blobs).toEqual([]);
    // Real data is never cleared this way.
    await expect(clearSampleData(t.ctx)).rejects.toMatchObject({ kind: 'conflict' });
  });
});
