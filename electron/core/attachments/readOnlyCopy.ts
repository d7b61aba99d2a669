// Files are opened in other programs as read-only copies under their original names, so nothing (Word's autosave,
// a mistaken edit) can alter the stored original. Only viewable files are copied (name, type and content checked),
// a copy is reused only while its bytes still hash to the original, and every copy goes at exit.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionOfName, viewableNameProblem } from '#shared/files/viewable.ts';
import { DomainError } from '../errors.ts';
import { contentProblem } from './signature.ts';
import { processAlive } from '../fs/leftovers.ts';

export interface CopyOptions {
  /** The file came from outside the office (a USB stick, a received package): Windows is told so. */
  fromOutside: boolean;
}

const ROOT = () => path.join(os.tmpdir(), 'AnToanANTT');
// One folder per process: the app and a command line on the same machine never remove each other's copies.
const processFolder = () => path.join(ROOT(), `p${process.pid}`);

/**
 * The Windows "downloaded from another zone" mark for a copy (an NTFS alternate data stream read by Windows and
 * Office before opening), or null where it does not apply.
 */
export function zoneMark(
  platform: NodeJS.Platform,
  target: string,
  fromOutside: boolean,
): { path: string; content: string } | null {
  if (platform !== 'win32' || !fromOutside) return null;
  return { path: `${target}:Zone.Identifier`, content: '[ZoneTransfer]\r\nZoneId=3\r\n' };
}

function sha256Of(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function refused(name: string, problem: string): DomainError {
  return new DomainError('validation', `Không mở tệp "${name}": ${problem}. Tệp này không được mở từ ứng dụng.`);
}

/** Copies `source` to a per-content temp folder as `name`, read-only; reuses an earlier copy of the same content. */
export function readOnlyCopy(source: string, original: string, sha256: string, options: CopyOptions): string {
  // Characters Windows does not allow in a name (a name written on another system) become "_".
  const name = original.replace(/[\\/:*?"<>|]/g, '_');
  const nameProblem = viewableNameProblem(name);
  if (nameProblem) throw refused(name, nameProblem);
  const problem = contentProblem(source, extensionOfName(name));
  if (problem) throw refused(name, problem);
  const dir = path.join(processFolder(), sha256.slice(0, 16));
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, name);
  const mark = zoneMark(process.platform, target, options.fromOutside);
  if (fs.existsSync(target)) {
    if (sha256Of(target) === sha256 && (!mark || fs.existsSync(mark.path))) return target;
    fs.chmodSync(target, 0o644);
    fs.rmSync(target, { force: true });
  }
  fs.copyFileSync(source, target);
  if (sha256Of(target) !== sha256) {
    fs.rmSync(target, { force: true });
    throw new DomainError(
      'io',
      `Nội dung tệp "${name}" trong thư mục dữ liệu đã bị thay đổi, không mở được. Hãy chạy kiểm tra dữ liệu.`,
    );
  }
  // Written before the copy turns read-only: Windows refuses new streams on a read-only file.
  if (mark) fs.writeFileSync(mark.path, mark.content);
  fs.chmodSync(target, 0o444);
  return target;
}

function removeTree(dir: string): void {
  try {
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) fs.chmodSync(path.join(entry.parentPath, entry.name), 0o644);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // A copy still open in another program (Windows refuses to delete it) is removed at a later exit.
  }
}

/**
 * Removes this process's copies, and those of processes that no longer run. The Electron shell calls it when the
 * app quits, the command line after each command.
 */
export function removeOpenedCopies(): void {
  const root = ROOT();
  if (!fs.existsSync(root)) return;
  for (const name of fs.readdirSync(root)) {
    const pid = Number(/^p(\d+)$/u.exec(name)?.[1] ?? NaN);
    if (pid === process.pid || (Number.isSafeInteger(pid) && !processAlive(pid))) removeTree(path.join(root, name));
  }
}

/** Where this process keeps its copies (for tests). */
export const openedCopiesFolder = processFolder;
