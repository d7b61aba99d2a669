// Shared by the crash tests: a demo data folder with real stored files, a later state of it backed up, the
// fingerprints of both, and a child process that can be killed at a chosen moment.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDataStore, type DataStore } from '../../electron/core/db/open.ts';
import { createBackup } from '../../electron/core/features/backup/create.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { storeFile } from '../../electron/core/attachments/store.ts';
import { copyFolder, openAndFingerprint } from './backupFixtures.ts';
import { FIXED_NOW, testStore } from './services.ts';

const CHILD = path.resolve(import.meta.dirname, 'backupCrashChild.ts');

/** Pseudo-random but repeatable delays, so a failure can be replayed. */
export function delays(seed: number, count: number, max: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return Math.round((x / 2 ** 31) * max);
  });
}

/** Starts the child, waits until it has opened the data, then kills it after `killAfter` ms (or lets it finish). */
export function runChild(mode: 'backup' | 'restore', dataDir: string, file: string, killAfter: number | null) {
  return new Promise<{ finished: boolean; ms: number }>((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, mode, dataDir, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let started = 0;
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (!started && stdout.includes('ready')) {
        started = Date.now();
        if (killAfter !== null) setTimeout(() => child.kill('SIGKILL'), killAfter);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child failed (${code}): ${stderr}`));
      else resolve({ finished: stdout.includes('done'), ms: Date.now() - started });
    });
  });
}

/**
 * A PDF header then pseudo-random bytes, so backups have real work to do in the stored-file folders; stored with its
 * attachments row and filed in a dossier, since backups hold only the files the data names.
 */
function addBlob(root: string, store: DataStore, name: string, size: number): void {
  const file = path.join(root, name);
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 4) bytes.writeUInt32LE(((i * 2654435761) ^ name.length) >>> 0, i);
  bytes.write('%PDF-1.4\n', 0, 'latin1');
  fs.writeFileSync(file, bytes);
  const blob = storeFile(store.attachmentsDir, file);
  store.sqlite
    .prepare(
      'INSERT OR IGNORE INTO attachments (sha256, size, extension, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
    )
    .run(blob.sha256, blob.size, blob.extension, FIXED_NOW.toISOString(), 'kiem-thu');
  // Filed in a dossier: a blob no row names is cleaned from the store after the next backup.
  store.sqlite
    .prepare(
      `INSERT OR IGNORE INTO dossier_files (dossier_id, attachment_id, original_name, added_at, added_by)
       SELECT (SELECT min(id) FROM dossiers), id, ?, ?, 'kiem-thu' FROM attachments WHERE sha256 = ?`,
    )
    .run(name, FIXED_NOW.toISOString(), blob.sha256);
}

/** The demo office with six 512 KB scans, copied to `<root>/mau`. */
export async function crashTemplate(root: string) {
  const t = testStore();
  await seedDemo(t.ctx, 2025);
  for (let i = 0; i < 6; i++) addBlob(root, t.store, `scan-${i}.pdf`, 512 * 1024);
  await t.store.close();
  const template = path.join(root, 'mau');
  copyFolder(t.dir, template);
  fs.rmSync(t.dir, { recursive: true, force: true });
  return { template, before: await openAndFingerprint(template) };
}

/** The same office a little later (rows changed, more scans), backed up to `<root>/sau.zip`. */
export async function laterBackup(root: string, template: string) {
  const later = path.join(root, 'sau');
  copyFolder(template, later);
  const store = openDataStore(later);
  store.sqlite.prepare("UPDATE units SET notes = 'đã sửa sau' WHERE id % 2 = 0").run();
  for (let i = 0; i < 3; i++) addBlob(root, store, `later-${i}.pdf`, 512 * 1024);
  const file = path.join(root, 'sau.zip');
  await createBackup(store, file, { label: 'manual', now: () => FIXED_NOW });
  await store.close();
  const after = await openAndFingerprint(later);
  fs.rmSync(later, { recursive: true, force: true });
  return { file, after };
}
