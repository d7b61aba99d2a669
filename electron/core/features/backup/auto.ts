// Automatic backups in <data>/sao-luu: on a schedule, at exit when data changed, and before every restore;
// the newest N of each kind are kept.
import fs from 'node:fs';
import path from 'node:path';
import {
  backupConfigSchema,
  type BackupConfig,
  type BackupCreated,
  type BackupEntry,
  type BackupLabel,
  type BackupListing,
} from '#shared/api/backupTypes.ts';
import type { ReportProgress } from '../../api/jobs.ts';
import { withFolderLock } from '../../db/folderLock.ts';
import type { DataStore } from '../../db/open.ts';
import { writeFileAtomic } from '../../fs/atomic.ts';
import { createBackup } from './create.ts';

export const BACKUPS_DIR = 'sao-luu';
const CONFIG_FILE = 'cai-dat.json';
const BEFORE_RESTORE_SUFFIX = '-truoc-phuc-hoi';
export const DEFAULT_CONFIG: BackupConfig = { keep: 10, intervalHours: 24 };
/** Temp files of killed backups older than this are removed. */
const STALE_TEMP_MS = 24 * 3600 * 1000;

export const backupsDir = (dataDir: string) => path.join(dataDir, BACKUPS_DIR);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "sao-luu-2026-11-22-0930.zip" in local time; before a restore "...-truoc-phuc-hoi.zip". */
export function backupFileName(at: Date, label: BackupLabel = 'manual', counter = 1): string {
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const suffix = label === 'before-restore' ? BEFORE_RESTORE_SUFFIX : '';
  return `sao-luu-${stamp}${suffix}${counter > 1 ? `-${counter}` : ''}.zip`;
}

const NAME = /^sao-luu-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(-truoc-phuc-hoi)?(?:-(\d{1,4}))?\.zip$/;

export function parseBackupName(name: string): { at: Date; label: BackupLabel; counter: number } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const at = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(at.getTime())) return null;
  return { at, label: m[6] ? 'before-restore' : 'auto', counter: m[7] ? Number(m[7]) : 1 };
}

/** Whether a scheduled backup is due. A last backup "in the future" means the clock moved back: back up again. */
export function isBackupDue(lastBackupAt: Date | null, now: Date, intervalHours: number): boolean {
  if (!lastBackupAt) return true;
  const elapsed = now.getTime() - lastBackupAt.getTime();
  return elapsed < 0 || elapsed >= intervalHours * 3600 * 1000;
}

export function readBackupConfig(dataDir: string): BackupConfig {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(backupsDir(dataDir), CONFIG_FILE), 'utf8'));
    const parsed = backupConfigSchema.safeParse(raw);
    return parsed.success ? parsed.data : DEFAULT_CONFIG;
  } catch {
    return DEFAULT_CONFIG;
  }
}

export function saveBackupConfig(dataDir: string, config: BackupConfig): BackupConfig {
  const valid = backupConfigSchema.parse(config);
  fs.mkdirSync(backupsDir(dataDir), { recursive: true });
  writeFileAtomic(path.join(backupsDir(dataDir), CONFIG_FILE), JSON.stringify(valid, null, 2));
  rotateBackups(dataDir, valid.keep);
  return valid;
}

interface Found extends BackupEntry {
  counter: number;
}

function found(dataDir: string): Found[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir(dataDir));
  } catch {
    return [];
  }
  const list: Found[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    let size: number;
    try {
      size = fs.statSync(path.join(backupsDir(dataDir), name)).size;
    } catch {
      continue;
    }
    list.push({ name, createdAt: parsed.at.toISOString(), size, label: parsed.label, counter: parsed.counter });
  }
  return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.counter - a.counter);
}

/** Automatic backups, newest first. */
export function listAutomaticBackups(dataDir: string): BackupEntry[] {
  return found(dataDir).map(({ counter: _counter, ...entry }) => entry);
}

export function backupListing(dataDir: string): BackupListing {
  const backups = listAutomaticBackups(dataDir);
  return {
    backups,
    config: readBackupConfig(dataDir),
    lastBackupAt: backups.find((b) => b.label === 'auto')?.createdAt ?? null,
  };
}

/**
 * Keeps the newest `keep` routine backups; a before-restore backup is the only copy of data a restore replaced,
 * so it is never rotated away. Also clears temp files left by killed backups. Returns what was removed.
 */
export function rotateBackups(dataDir: string, keep: number, now = new Date()): string[] {
  const dir = backupsDir(dataDir);
  const removed: string[] = [];
  for (const b of found(dataDir)
    .filter((x) => x.label === 'auto')
    .slice(keep)) {
    fs.rmSync(path.join(dir, b.name), { force: true });
    removed.push(b.name);
  }
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names.filter((n) => n.startsWith('.sao-luu-') && n.endsWith('.tmp'))) {
    const file = path.join(dir, name);
    try {
      if (now.getTime() - fs.statSync(file).mtimeMs > STALE_TEMP_MS) fs.rmSync(file, { force: true });
    } catch {
      // Gone already.
    }
  }
  return removed;
}

/** Backups and restores of one data folder run one at a time within this process. */
const queues = new Map<string, Promise<unknown>>();
export function exclusive<T>(dataDir: string, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(dataDir) ?? Promise.resolve();
  const next = previous.then(run, run);
  const settled = next.catch(() => undefined);
  queues.set(dataDir, settled);
  void settled.then(() => {
    if (queues.get(dataDir) === settled) queues.delete(dataDir);
  });
  return next;
}

export interface AutoOptions {
  now: () => Date;
  signal?: AbortSignal;
  onProgress?: ReportProgress;
}

/** Writes an automatic backup without taking the folder's turn; callers hold it. */
export async function writeAutomaticBackup(
  store: DataStore,
  label: 'auto' | 'before-restore',
  options: AutoOptions,
): Promise<BackupCreated> {
  const at = options.now();
  const dir = backupsDir(store.dataDir);
  let counter = 1;
  while (fs.existsSync(path.join(dir, backupFileName(at, label, counter)))) counter++;
  const created = await createBackup(store, path.join(dir, backupFileName(at, label, counter)), { ...options, label });
  changesAtLastBackup.set(store, totalChanges(store));
  rotateBackups(store.dataDir, readBackupConfig(store.dataDir).keep, at);
  return created;
}

export function createAutomaticBackup(store: DataStore, options: AutoOptions): Promise<BackupCreated> {
  // Like every job: the folder lock (shared) first, then this process's turn.
  return withFolderLock(store.dataDir, 'shared', () =>
    exclusive(store.dataDir, () => writeAutomaticBackup(store, 'auto', options)),
  );
}

const changesAtLastBackup = new WeakMap<DataStore, number>();
const totalChanges = (store: DataStore) => store.sqlite.prepare('SELECT total_changes()').pluck().get() as number;

/** The scheduled check: backs up when the newest automatic backup is older than the configured interval. */
export async function backupIfDue(store: DataStore, now: () => Date): Promise<BackupCreated | null> {
  const listing = backupListing(store.dataDir);
  const last = listing.lastBackupAt ? new Date(listing.lastBackupAt) : null;
  if (!isBackupDue(last, now(), listing.config.intervalHours)) return null;
  return createAutomaticBackup(store, { now });
}

/** At exit: back up when this session wrote anything since the last backup, or a scheduled one is due. */
export async function backupAtExit(store: DataStore, now: () => Date): Promise<BackupCreated | null> {
  const changed = totalChanges(store) > (changesAtLastBackup.get(store) ?? 0);
  if (!changed) return backupIfDue(store, now);
  return createAutomaticBackup(store, { now });
}
