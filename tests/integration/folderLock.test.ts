// One lock per data folder across processes. Every command holds it shared and a restore exclusively, from opening
// the folder to closing it: an import racing a restore is in the data afterwards (or, when the restore came second,
// in the backup the restore kept of the data it replaced), or it failed loudly having changed nothing. A holder
// that dies never blocks anyone. And while the app has a data folder open, a command-line restore is refused.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeFolderLocks,
  FOLDER_LOCK,
  folderHolder,
  holdFolder,
  withFolderLock,
} from '../../electron/core/db/folderLock.ts';
import { folderBytes } from '../support/backupFixtures.ts';
import { cli, json, type Run } from '../support/cli.ts';
import { largeUnitsXlsx } from '../support/spreadsheets.ts';
import { tempDir } from '../support/tempData.ts';

const IMPORTED = 3000;
const RACES = 5;
const CHILD = path.resolve(import.meta.dirname, '../support/folderLockChild.ts');
const RESTORE_LOST = 'Thư mục dữ liệu đang được dùng cho công việc khác';
const IMPORT_LOST = 'Thư mục dữ liệu đang được phục hồi từ bản sao lưu. Chưa ghi gì';

let template: ReturnType<typeof tempDir>;
let out: ReturnType<typeof tempDir>;
let backup: string;
let sheet: string;

beforeAll(async () => {
  template = tempDir();
  out = tempDir('antt-out-');
  expect((await cli('demo', '--data', template.dir, '--year', '2025')).code).toBe(0);
  backup = json<{ path: string }>(await cli('backup', '--data', template.dir, '--out', out.dir, '--json')).path;
  sheet = largeUnitsXlsx(path.join(out.dir, 'don-vi.xlsx'), IMPORTED);
}, 120_000);
afterAll(() => {
  closeFolderLocks();
  template.cleanup();
  out.cleanup();
});

/** The imported units in a database file. */
function importedUnits(databaseFile: string): number {
  const db = new BetterSqlite3(databaseFile, { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM units WHERE name LIKE 'Thôn Tân Lập %'").pluck().get() as number;
  } finally {
    db.close();
  }
}

function restoreRows(dataDir: string): number {
  const db = new BetterSqlite3(path.join(dataDir, 'du-lieu.sqlite'), { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM audit_log WHERE action = 'restore'").pluck().get() as number;
  } finally {
    db.close();
  }
}

/** The imported units in the backup a restore made of the data it replaced, or null when it made none. */
function importedBeforeRestore(dataDir: string): number | null {
  const dir = path.join(dataDir, 'sao-luu');
  const name = fs.existsSync(dir) ? fs.readdirSync(dir).find((n) => n.endsWith('-truoc-phuc-hoi.zip')) : undefined;
  if (!name) return null;
  const database = path.join(out.dir, `truoc-phuc-hoi-${path.basename(dataDir)}.sqlite`);
  fs.writeFileSync(database, unzipSync(fs.readFileSync(path.join(dir, name)))['du-lieu.sqlite']!);
  return importedUnits(database);
}

const later = <T>(ms: number, start: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => setTimeout(() => start().then(resolve, reject), ms));

/** A process holding the folder lock until it is killed. */
async function holder(mode: 'shared' | 'exclusive', dataDir: string) {
  const child = spawn(process.execPath, [CHILD, mode, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (d: string) => d.includes('held') && resolve());
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

describe('an import racing a restore', () => {
  it(`is in the data afterwards, or kept by the restore's backup, or failed loudly; ${RACES} races`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < RACES; i++) {
      const data = path.join(out.dir, `dua-${i}`);
      fs.cpSync(template.dir, data, { recursive: true });
      const importing = () => cli('import-units', sheet, '--data', data, '--kind', 'khu_dan_cu', '--json');
      const restoring = () => cli('restore', backup, '--data', data);
      // Who asks first alternates, the other following after a growing delay.
      const delay = 100 + i * 300;
      const [imported, restored]: [Run, Run] =
        i % 2 === 0
          ? await Promise.all([importing(), later(delay, restoring)])
          : await Promise.all([later(delay, importing), restoring()]);

      const live = importedUnits(path.join(data, 'du-lieu.sqlite'));
      const kept = importedBeforeRestore(data);
      if (imported.code === 0) {
        expect(json<{ created: number }>(imported).created).toBe(IMPORTED);
        // Reported done: the units are in the data, or the restore that came after kept them in its backup.
        if (live !== IMPORTED) {
          expect(live).toBe(0);
          expect(restored.code).toBe(0);
          expect(kept).toBe(IMPORTED);
        }
      } else {
        expect(imported.code, imported.stderr).toBe(1);
        expect(imported.stderr).toContain(IMPORT_LOST);
        expect(live).toBe(0);
      }
      if (restored.code === 0) {
        expect(restoreRows(data)).toBe(1);
      } else {
        expect(restored.code, restored.stderr).toBe(1);
        expect(restored.stderr).toContain(RESTORE_LOST);
        expect(restoreRows(data)).toBe(0);
        expect(kept).toBeNull();
      }
      expect(imported.code === 0 || restored.code === 0).toBe(true);
      outcomes.push(
        `${i % 2 === 0 ? 'import first' : 'restore first'}: import ${imported.code}, restore ${restored.code}, ${live === IMPORTED ? 'in the data' : kept === IMPORTED ? 'in the before-restore backup' : 'nowhere'}`,
      );
      fs.rmSync(data, { recursive: true, force: true });
    }
    // Every race ends with the import somewhere or refused: never "done" and gone.
    expect(outcomes.filter((o) => o.endsWith('nowhere') && o.includes('import 0'))).toEqual([]);
  }, 600_000);

  it('a restore that cannot have the folder in time fails with exit 1, saying why, and changes nothing', async () => {
    const data = path.join(out.dir, 'ban');
    fs.cpSync(template.dir, data, { recursive: true });
    const before = folderBytes(data);
    let release!: () => void;
    const held = withFolderLock(data, 'shared', () => new Promise<void>((resolve) => (release = resolve)));
    try {
      const run = await cli('restore', backup, '--data', data);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${RESTORE_LOST} (nhập dữ liệu, sao lưu, xuất gói...). Chưa phục hồi gì`);
    } finally {
      release();
      await held;
    }
    expect(folderBytes(data)).toEqual(before);
  }, 120_000);

  it('an import that cannot have the folder while a restore holds it fails with exit 1 and writes nothing', async () => {
    const data = path.join(out.dir, 'dang-phuc-hoi');
    fs.cpSync(template.dir, data, { recursive: true });
    const before = folderBytes(data);
    const child = await holder('exclusive', data);
    try {
      const run = await cli('import-units', sheet, '--data', data, '--kind', 'khu_dan_cu');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(IMPORT_LOST);
    } finally {
      child.kill('SIGKILL');
    }
    expect(folderBytes(data)).toEqual(before);
  }, 120_000);

  it('a holder killed while holding blocks nobody: the lock is free the moment it is gone', async () => {
    const data = path.join(out.dir, 'bi-giet');
    fs.mkdirSync(data);
    for (const mode of ['shared', 'exclusive'] as const) {
      const child = await holder(mode, data);
      await expect(withFolderLock(data, 'exclusive', async () => 'ok', 0)).rejects.toMatchObject({ kind: 'locked' });
      const gone = new Promise((resolve) => child.on('close', resolve));
      child.kill('SIGKILL');
      await gone;
      // No wait at all: nothing of the dead holder is left to judge.
      await expect(withFolderLock(data, 'exclusive', async () => 'ok', 0)).resolves.toBe('ok');
    }
  }, 60_000);

  it('shared holders work side by side; a restore waits for them, then they wait for it', async () => {
    const data = path.join(out.dir, 'cung-luc');
    fs.mkdirSync(data);
    const order: string[] = [];
    let release!: () => void;
    const first = withFolderLock(data, 'shared', () => new Promise<void>((resolve) => (release = resolve)));
    await withFolderLock(data, 'shared', async () => order.push('second shared'), 0);
    await expect(withFolderLock(data, 'exclusive', async () => 'x', 0)).rejects.toMatchObject({ kind: 'locked' });
    const restore = withFolderLock(data, 'exclusive', async () => {
      order.push('exclusive');
      // Work nested in the exclusive hold runs on (the restore command's own steps).
      await withFolderLock(data, 'shared', async () => order.push('nested'), 0);
      await expect(
        new Promise((resolve, reject) => {
          // Another flow of work is not nested: it waits, here not at all.
          setImmediate(() => void withFolderLock(data, 'shared', async () => 'y', 0).then(resolve, reject));
        }),
      ).resolves.toBe('y');
    });
    release();
    await first;
    await restore.catch(() => undefined);
    expect(order).toEqual(['second shared', 'exclusive', 'nested']);
  });
});

describe('the open data folder', () => {
  let data: ReturnType<typeof tempDir>;
  beforeAll(() => {
    data = tempDir();
    fs.cpSync(template.dir, data.dir, { recursive: true });
  });
  afterAll(() => data.cleanup());

  it('refuses a command-line restore while the app (here: this test process) holds it, changing nothing', async () => {
    const release = holdFolder(data.dir, new Date());
    try {
      const before = folderBytes(data.dir);
      const run = await cli('restore', backup, '--data', data.dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Phần mềm đang mở thư mục dữ liệu này');
      expect(folderBytes(data.dir)).toEqual(before);
    } finally {
      release();
    }
    expect(fs.existsSync(path.join(data.dir, FOLDER_LOCK))).toBe(false);
  });

  it('lets a restore through when the mark was left by a process that is gone', async () => {
    fs.writeFileSync(
      path.join(data.dir, FOLDER_LOCK),
      JSON.stringify({ pid: 2147483646, host: os.hostname(), since: new Date().toISOString() }),
    );
    expect(folderHolder(data.dir)).toBeNull();
    const run = await cli('restore', backup, '--data', data.dir);
    expect(run.code, run.stderr).toBe(0);
  });

  it('takes a mark from another machine at its word', () => {
    fs.writeFileSync(
      path.join(data.dir, FOLDER_LOCK),
      JSON.stringify({ pid: 2147483646, host: 'may-khac', since: new Date().toISOString() }),
    );
    expect(folderHolder(data.dir)).toMatchObject({ host: 'may-khac' });
    fs.rmSync(path.join(data.dir, FOLDER_LOCK));
  });
});
