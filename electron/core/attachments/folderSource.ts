// Reading files from a folder the user picked (a USB stick): only files the app itself listed there, never through
// a link, junction or reparse point, and only while their real path stays inside the picked folder.
import fs from 'node:fs';
import path from 'node:path';
import { extensionOfName, viewableNameProblem } from '#shared/files/viewable.ts';
import { DomainError } from '../errors.ts';
import { contentProblem } from './signature.ts';

/** Why a file may not be kept (name, type, then content), or null. */
export function fileProblem(file: string, name: string): string | null {
  return viewableNameProblem(name) ?? contentProblem(file, extensionOfName(name));
}

export interface PickedFolder {
  root: string;
  realRoot: string;
  /** Relative paths ("/"-separated) of the regular files the app listed under root. */
  listed: ReadonlySet<string>;
}

export function pickedFolder(root: string, listed: readonly string[]): PickedFolder {
  return { root: path.resolve(root), realRoot: fs.realpathSync(root), listed: new Set(listed) };
}

/** The real path of a listed file under the picked folder; refuses anything else with a Vietnamese message. */
export function listedSource(folder: PickedFolder, relativePath: string): string {
  const refuse = (why: string) => new DomainError('validation', `Không nhận tệp "${relativePath}": ${why}.`);
  if (!folder.listed.has(relativePath)) throw refuse('tệp không có trong danh sách của thư mục đã chọn');
  let current = folder.root;
  const parts = relativePath.split('/');
  for (const [i, part] of parts.entries()) {
    if (part === '' || part === '.' || part === '..') throw refuse('đường dẫn không hợp lệ');
    current = path.join(current, part);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(current);
    } catch {
      throw refuse('không còn thấy tệp trên USB');
    }
    // Windows reports junctions and other name-surrogate reparse points as links too.
    if (stat.isSymbolicLink()) throw refuse('đây là lối tắt hoặc liên kết tới nơi khác');
    if (i < parts.length - 1 ? !stat.isDirectory() : !stat.isFile()) throw refuse('không phải tệp thường');
  }
  const real = fs.realpathSync(current);
  if (!real.startsWith(folder.realRoot + path.sep)) throw refuse('tệp thật nằm ngoài thư mục đã chọn');
  return real;
}
