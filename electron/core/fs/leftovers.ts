// Temporary files and folders carry the id of the process that made them, so opening a data folder can remove what
// a killed backup, restore or import left behind, and never what a process still running is writing.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Anything older than this is removed even when its process id is alive again (ids are reused). */
const OLD_MS = 24 * 3600 * 1000;
const TEMP_FILE = /^\..*\.(\d+)-[0-9a-f]{12,16}\.tmp$|^\..*\.tmp$/;

/** ".<base>.<pid>-<random>.tmp": hidden beside its target, so listings and backups skip it. */
export const tempFileName = (base: string) => `.${base}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;

/** A fresh folder under the system temp folder, named "<prefix><pid>-<random>". */
export const ownedTempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}${process.pid}-`));

/** Whether a process still runs (EPERM: it does, under another account). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isLeftover(abs: string, pid: number | null, now: number): boolean {
  let mtime: number;
  try {
    mtime = fs.statSync(abs).mtimeMs;
  } catch {
    return false;
  }
  if (now - mtime > OLD_MS) return true;
  return pid !== null && !processAlive(pid);
}

function remove(abs: string, removed: string[]): void {
  try {
    fs.rmSync(abs, { recursive: true, force: true });
    removed.push(abs);
  } catch {
    // In use or gone: the next open tries again.
  }
}

/** Removes the temp files ("….tmp", hidden) of dead processes, or old enough, directly inside each folder. */
export function sweepTempFiles(dirs: readonly string[], now = Date.now()): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMP_FILE.exec(name);
      if (!m) continue;
      const abs = path.join(dir, name);
      if (isLeftover(abs, m[1] ? Number(m[1]) : null, now)) remove(abs, removed);
    }
  }
  return removed;
}

/** Removes the system temp folders made by ownedTempDir with one of `prefixes`, of dead processes or old enough. */
export function sweepTempDirs(prefixes: readonly string[], now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(os.tmpdir());
  } catch {
    return removed;
  }
  for (const name of names) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    if (!prefix) continue;
    const pid = /^(\d+)-/.exec(name.slice(prefix.length));
    const abs = path.join(os.tmpdir(), name);
    if (isLeftover(abs, pid ? Number(pid[1]) : null, now)) remove(abs, removed);
  }
  return removed;
}
