// Exchange through the real handler table, as the app's screen uses it: export to a picked file as a job, preview a
// picked package (nothing written), apply it with the user's conflict choices, then provenance and received data.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '#shared/api/backupTypes.ts';
import type {
  ExchangeOverview,
  ExportDone,
  ImportPreview,
  ImportResult,
  ReceivedData,
} from '#shared/api/exchangeTypes.ts';
import type { Result } from '#shared/api/result.ts';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import type { AppContext } from '../../electron/core/api/types.ts';
import type { DataStore } from '../../electron/core/db/open.ts';
import { createUser } from '../../electron/core/features/accounts/service.ts';
import { importExchangePackage } from '../../electron/core/features/exchange/service.ts';
import { saveDecisionTemplate } from '../../electron/core/features/decisions/template.ts';
import { PROVINCE_BASIS, addProvincialVersion, provinceTemplate } from '../support/criteriaFixtures.ts';
import { communeWithPackage, officeAbove, rowsFingerprint } from '../support/exchangeFixtures.ts';
import { folderBytes } from '../support/backupFixtures.ts';
import { FIXED_NOW } from '../support/services.ts';
import { tempDir } from '../support/tempData.ts';
import { testHost } from '../support/testHost.ts';

const handlers = createHandlerTable();
let root: ReturnType<typeof tempDir>;
const stores: DataStore[] = [];
const at = (name: string) => path.join(root.dir, name);

beforeEach(() => {
  root = tempDir('antt-exchange-api-');
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  root.cleanup();
});

interface Picks {
  save: string[];
  open: string[];
  opened: string[];
}

async function appFor(store: DataStore, role: 'admin' | 'staff' | 'leader' = 'staff') {
  const ctx = { store, actor: 'setup', now: () => FIXED_NOW };
  const user = await store.db.transaction().execute((trx) =>
    createUser(trx, ctx, {
      username: `canbo-${role}`,
      fullName: 'Nguyễn Thị Lan',
      role,
      password: 'mat-khau-1',
    }),
  );
  const picks: Picks = { save: [], open: [], opened: [] };
  const app: AppContext = {
    store,
    session: { user },
    pickedFiles: new Map(),
    now: () => FIXED_NOW,
    host: testHost({
      pickSavePath: async () => picks.save.shift() ?? null,
      pickOpenFile: async () => picks.open.shift() ?? null,
      openPath: async (p) => void picks.opened.push(p),
    }),
  };
  const call = async <T>(method: string, input: unknown = {}): Promise<T> => {
    const result = (await dispatch(handlers, app, method, input)) as Result<T>;
    if (!result.ok) throw Object.assign(new Error(result.error.message), { kind: result.error.kind });
    return result.value;
  };
  const finish = async <T>(jobId: string): Promise<JobStatus & { result: T }> => {
    for (;;) {
      const status = await call<JobStatus>('jobs.get', { id: jobId });
      if (status.state !== 'running') return status as JobStatus & { result: T };
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return { app, picks, call, finish };
}

async function setup() {
  const commune = await communeWithPackage(at('xa'), at('goi-dau.anttpkg'));
  const above = await officeAbove(at('tinh'));
  stores.push(commune.store, above.store);
  return { commune, above, communeApi: await appFor(commune.store), aboveApi: await appFor(above.store) };
}

describe('exchange through the API', () => {
  it('exports the year to the picked file as a job, adding the extension, and reports what it holds', async () => {
    const { communeApi } = await setup();
    communeApi.picks.save.push(at('gui-tinh'));
    const started = await communeApi.call<{ jobId: string }>('exchange.export', { kind: 'commune-year', year: 2025 });
    const done = await communeApi.finish<ExportDone>(started.jobId);
    expect(done.state).toBe('done');
    expect(done.result).toMatchObject({ fileName: 'gui-tinh.anttpkg', packageKind: 'commune-year' });
    expect(done.result.counts).toMatchObject({ units: 40, decisions: 1 });
    expect(done.result.size).toBe(fs.statSync(at('gui-tinh.anttpkg')).size);
    expect(done.total).toBeGreaterThan(0);

    // A cancelled dialog starts nothing.
    expect(await communeApi.call('exchange.export', { kind: 'commune-year', year: 2025 })).toBeNull();
  });

  it('the office above exports its criteria; a commune previews and takes them through the same screens', async () => {
    const { commune, above, aboveApi } = await setup();
    const aboveCtx = { store: above.store, actor: 'setup', now: () => FIXED_NOW };
    await addProvincialVersion(aboveCtx, 1);
    await saveDecisionTemplate(aboveCtx, provinceTemplate());
    aboveApi.picks.save.push(at('tieu-chi'));
    const exported = await aboveApi.finish<ExportDone>(
      (await aboveApi.call<{ jobId: string }>('exchange.export', { kind: 'criteria' })).jobId,
    );
    expect(exported.state).toBe('done');
    expect(exported.result).toMatchObject({ fileName: 'tieu-chi.anttpkg', packageKind: 'criteria' });
    expect(exported.result.counts).toMatchObject({ templates: 1 });

    const communeApi = await appFor(commune.store, 'admin');
    communeApi.picks.open.push(at('tieu-chi.anttpkg'));
    const picked = await communeApi.call<{ jobId: string; token: string }>('exchange.preview');
    const preview = (await communeApi.finish<ImportPreview>(picked.jobId)).result;
    expect(preview.packageKind).toBe('criteria');
    expect(preview.year).toBeNull();
    expect(preview.counts.criteriaSets.new).toBe(1);
    expect(preview.counts.units).toEqual({ new: 0, changed: 0, conflicting: 0, unchanged: 0 });
    const sets = () => commune.store.sqlite.prepare('SELECT count(*) FROM criteria_sets').pluck().get() as number;
    const before = sets();
    const applied = await communeApi.finish<ImportResult>(
      (
        await communeApi.call<{ jobId: string }>('exchange.apply', {
          token: picked.token,
          onConflict: 'take',
          choices: {},
        })
      ).jobId,
    );
    expect(applied.result.applied).toBe(true);
    expect(sets()).toBe(before + 1);
    const template = commune.store.sqlite.prepare('SELECT decision_template FROM office_settings').pluck().get();
    expect(String(template)).toContain(PROVINCE_BASIS);
    const overview = await communeApi.call<ExchangeOverview>('exchange.overview');
    expect(overview.imports[0]).toMatchObject({ packageKind: 'criteria', year: null });
  });

  it('a leader may look but not export or import', async () => {
    const { commune } = await setup();
    const viewer = await appFor(commune.store, 'leader');
    const denied = await dispatch(handlers, viewer.app, 'exchange.export', { kind: 'commune-year', year: 2025 });
    expect(denied).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(await viewer.call<ExchangeOverview>('exchange.overview')).toEqual({ imports: [], offices: [] });
  });

  it('previews without writing, applies with the user choices, then lists provenance and the received data', async () => {
    const { commune, above, aboveApi } = await setup();
    const before = rowsFingerprint(above.store);
    const bytes = folderBytes(at('tinh'));

    aboveApi.picks.open.push(at('goi-dau.anttpkg'));
    const picked = await aboveApi.call<{ jobId: string; token: string; fileName: string }>('exchange.preview');
    expect(picked.fileName).toBe('goi-dau.anttpkg');
    const checked = await aboveApi.finish<ImportPreview>(picked.jobId);
    expect(checked.state).toBe('done');
    expect(checked.message).toMatch(/kiểm tra/u);
    const preview = checked.result;
    expect(preview).toMatchObject({ packageKind: 'commune-year', year: 2025, alreadyImported: false });
    expect(preview.counts.units).toEqual({ new: 40, changed: 0, conflicting: 0, unchanged: 0 });
    expect(preview.counts.criteriaSets).toEqual({ new: 0, changed: 0, conflicting: 0, unchanged: 0 });
    expect(rowsFingerprint(above.store)).toEqual(before);
    expect(folderBytes(at('tinh'))).toEqual(bytes);

    const applied = await aboveApi.finish<ImportResult>(
      (
        await aboveApi.call<{ jobId: string }>('exchange.apply', {
          token: picked.token,
          onConflict: 'keep',
          choices: {},
        })
      ).jobId,
    );
    expect(applied.result).toMatchObject({ applied: true, written: { units: 40, decisions: 1 } });
    // The token is spent: applying again needs a new pick.
    await expect(
      aboveApi.call('exchange.apply', { token: picked.token, onConflict: 'keep', choices: {} }),
    ).rejects.toMatchObject({ kind: 'not-found' });

    const overview = await aboveApi.call<ExchangeOverview>('exchange.overview');
    expect(overview.imports).toHaveLength(1);
    expect(overview.imports[0]).toMatchObject({
      officeName: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
      packageKind: 'commune-year',
      year: 2025,
      fileName: 'goi-dau.anttpkg',
      importedBy: 'Nguyễn Thị Lan',
      written: { units: 40, decisions: 1 },
    });
    const office = overview.offices[0]!;
    const dossiers = commune.store.sqlite.prepare('SELECT count(*) FROM dossiers').pluck().get() as number;
    expect(office).toMatchObject({ units: 40, decisions: 1, dossierYears: [{ year: 2025, dossiers }] });

    const received = await aboveApi.call<ReceivedData>('exchange.received', { officeId: office.id });
    expect(received.year).toBe(2025);
    expect(received.dossiers).toHaveLength(dossiers);
    // The commune's own registration as sent, with its UBND plan.
    expect(received.dossiers.find((d) => d.unitName === 'Xã Đông Sơn')).toMatchObject({
      excludedKind: null,
      registration: {
        registeredOn: '2025-02-15',
        planNumber: '18/KH-UBND',
        planDate: '2025-01-28',
        excludedReason: null,
      },
    });
    expect(received.decisions).toEqual([expect.objectContaining({ number: 1, units: expect.any(Number) })]);
    const withFile = received.dossiers.find((d) => d.files.length > 0)!;
    await aboveApi.call('exchange.openReceivedFile', { owner: 'dossier', id: withFile.id, position: 0 });
    const opened = aboveApi.picks.opened[0]!;
    const sha = (p: string) => createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    const original = commune.store.sqlite
      .prepare(
        `SELECT a.sha256 FROM dossier_files f JOIN attachments a ON a.id = f.attachment_id
          WHERE f.original_name = ? LIMIT 1`,
      )
      .pluck()
      .get(withFile.files[0]!.name) as string;
    expect(sha(opened)).toBe(original);
    expect(path.basename(opened)).toBe(withFile.files[0]!.name);
    const decisionFile = received.decisions[0]!.files.find((f) => f.tag === 'decision')!;
    await aboveApi.call('exchange.openReceivedFile', {
      owner: 'decision',
      id: received.decisions[0]!.id,
      position: decisionFile.position,
    });
    expect(aboveApi.picks.opened[1]!.endsWith('.docx')).toBe(true);
  });

  it('a conflict follows the choice made for it in the preview', async () => {
    const { commune, above, aboveApi } = await setup();
    const importWith = async (file: string, choices: Record<string, 'keep' | 'take'>) => {
      aboveApi.picks.open.push(file);
      const picked = await aboveApi.call<{ jobId: string; token: string }>('exchange.preview');
      const preview = (await aboveApi.finish<ImportPreview>(picked.jobId)).result;
      const started = await aboveApi.call<{ jobId: string }>('exchange.apply', {
        token: picked.token,
        onConflict: 'keep',
        choices,
      });
      return { preview, result: (await aboveApi.finish<ImportResult>(started.jobId)).result };
    };
    await importWith(at('goi-dau.anttpkg'), {});
    const [a = '', b = ''] = commune.store.sqlite
      .prepare("SELECT uid FROM units WHERE kind = 'khu_dan_cu' ORDER BY id LIMIT 2")
      .pluck()
      .all() as string[];
    commune.store.sqlite.prepare('UPDATE units SET households = 777 WHERE uid IN (?, ?)').run(a, b);
    above.store.sqlite.prepare("UPDATE units SET notes = 'sửa ở tỉnh' WHERE uid IN (?, ?)").run(a, b);
    const communeApi = await appFor(commune.store, 'admin');
    communeApi.picks.save.push(at('goi-sau.anttpkg'));
    await communeApi.finish(
      (await communeApi.call<{ jobId: string }>('exchange.export', { kind: 'commune-year', year: 2025 })).jobId,
    );

    const { preview, result } = await importWith(at('goi-sau.anttpkg'), { [`units:${b}`]: 'take' });
    expect(preview.conflicts.map((c) => c.id).sort()).toEqual([a, b].sort());
    expect(result.written.units).toBe(1);
    const households = (uid: string) =>
      above.store.sqlite.prepare('SELECT households FROM units WHERE uid = ?').pluck().get(uid);
    expect(households(b)).toBe(777);
    expect(households(a)).not.toBe(777);
  });

  it('a broken package fails its preview job with a Vietnamese message and writes nothing', async () => {
    const { above, aboveApi } = await setup();
    const whole = fs.readFileSync(at('goi-dau.anttpkg'));
    fs.writeFileSync(at('hong.anttpkg'), whole.subarray(0, Math.floor(whole.length / 2)));
    const before = rowsFingerprint(above.store);
    aboveApi.picks.open.push(at('hong.anttpkg'));
    const picked = await aboveApi.call<{ jobId: string }>('exchange.preview');
    const failed = await aboveApi.finish(picked.jobId);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatchObject({ kind: 'validation', message: expect.stringMatching(/gói/iu) });
    expect(rowsFingerprint(above.store)).toEqual(before);
  });

  it('an import cancelled from the progress dialog leaves the data as before', async () => {
    const { above, aboveApi } = await setup();
    const before = rowsFingerprint(above.store);
    const bytes = folderBytes(at('tinh'));
    aboveApi.picks.open.push(at('goi-dau.anttpkg'));
    const picked = await aboveApi.call<{ jobId: string; token: string }>('exchange.preview');
    await aboveApi.finish(picked.jobId);
    const started = await aboveApi.call<{ jobId: string }>('exchange.apply', {
      token: picked.token,
      onConflict: 'take',
      choices: {},
    });
    await aboveApi.call('jobs.cancel', { id: started.jobId });
    const cancelled = await aboveApi.finish(started.jobId);
    expect(cancelled.state).toBe('cancelled');
    expect(rowsFingerprint(above.store)).toEqual(before);
    expect(folderBytes(at('tinh'))).toEqual(bytes);
  });

  it('reports each step of an import with its own count, ending with the files copied and the rows written', async () => {
    const { above } = await setup();
    const seen: string[] = [];
    let files = { done: 0, total: 0 };
    let step = '';
    await importExchangePackage(above.ctx, at('goi-dau.anttpkg'), {
      onStep: (s) => {
        step = s;
        seen.push(s);
      },
      onProgress: (done, total) => {
        if (step === 'files') files = { done, total };
      },
    });
    expect(seen).toEqual(['verify', 'files', 'records']);
    const blobs = above.store.sqlite.prepare('SELECT count(*) FROM attachments').pluck().get() as number;
    expect(files).toEqual({ done: blobs, total: blobs });
  });

  it('rejects a malformed apply request at the boundary', async () => {
    const { aboveApi } = await setup();
    const bad = await dispatch(handlers, aboveApi.app, 'exchange.apply', {
      token: 'x',
      onConflict: 'merge',
      choices: {},
    });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });
});
