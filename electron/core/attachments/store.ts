// Content-addressed attachment store: a file is kept once per SHA-256, written atomically, never modified.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { nowIso, type Db, type ServiceContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { tempFileName } from '../fs/leftovers.ts';

const CHUNK = 1 << 20;

/** The attachments row of a stored blob, added the first time the content is seen; returns its id. */
export async function attachmentId(
  db: Db,
  ctx: ServiceContext,
  blob: { sha256: string; size: number; extension: string },
): Promise<number> {
  await db
    .insertInto('attachments')
    .values({ ...blob, created_at: nowIso(ctx), created_by: ctx.actor })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  const row = await db
    .selectFrom('attachments')
    .select('id')
    .where('sha256', '=', blob.sha256)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** attachmentId for many blobs at once: multi-row inserts that skip known contents, then one lookup; sha256 → id. */
export async function attachmentIds(
  db: Db,
  ctx: ServiceContext,
  blobs: readonly { sha256: string; size: number; extension: string }[],
): Promise<Map<string, number>> {
  if (!blobs.length) return new Map();
  const stamp = { created_at: nowIso(ctx), created_by: ctx.actor };
  // Five values a row: 1,000 rows stay far below SQLite's limit on bound parameters.
  for (let i = 0; i < blobs.length; i += 1000) {
    await db
      .insertInto('attachments')
      .values(
        blobs.slice(i, i + 1000).map((b) => ({ sha256: b.sha256, size: b.size, extension: b.extension, ...stamp })),
      )
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  }
  const shas = JSON.stringify(blobs.map((b) => b.sha256));
  const rows = await db
    .selectFrom('attachments')
    .select(['id', 'sha256'])
    .where('sha256', 'in', sql<string>`(SELECT value FROM json_each(${shas}))`)
    .execute();
  return new Map(rows.map((r) => [r.sha256, r.id]));
}

export const MAX_ATTACHMENT_BYTES = 500 * 1024 * 1024;

export function blobPath(attachmentsDir: string, sha256: string, extension: string): string {
  return path.join(attachmentsDir, sha256.slice(0, 2), extension ? `${sha256}.${extension}` : sha256);
}

export function extensionOf(name: string): string {
  const ext = path.extname(name).slice(1).toLowerCase();
  return /^[a-z0-9]{1,10}$/.test(ext) ? ext : '';
}

/**
 * Copies a file into the store, hashing exactly the bytes written, and returns its hash and size.
 * The source is only read. A blob already present is left as it is. `accept` sees the written copy before it
 * enters the store (so what is checked is what is kept) and names why it may not, or null.
 */
export function storeFile(
  attachmentsDir: string,
  source: string,
  accept: (copy: string) => string | null = () => null,
): { sha256: string; size: number; extension: string } {
  const extension = extensionOf(source);
  fs.mkdirSync(attachmentsDir, { recursive: true });
  const tmp = path.join(attachmentsDir, tempFileName('nhan'));
  const hash = createHash('sha256');
  const input = fs.openSync(source, 'r');
  const output = fs.openSync(tmp, 'wx');
  let size = 0;
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = fs.readSync(input, buf, 0, CHUNK, null);
      if (n === 0) break;
      size += n;
      if (size > MAX_ATTACHMENT_BYTES) throw new RangeError('too large');
      hash.update(buf.subarray(0, n));
      fs.writeSync(output, buf, 0, n);
    }
    fs.fsyncSync(output);
  } catch (error) {
    fs.closeSync(output);
    fs.rmSync(tmp, { force: true });
    throw error;
  } finally {
    fs.closeSync(input);
  }
  fs.closeSync(output);
  const problem = accept(tmp);
  if (problem) {
    fs.rmSync(tmp, { force: true });
    throw new DomainError('validation', `Không nhận tệp "${path.basename(source)}": ${problem}.`);
  }
  const sha256 = hash.digest('hex');
  const target = blobPath(attachmentsDir, sha256, extension);
  if (fs.existsSync(target)) {
    fs.rmSync(tmp, { force: true });
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(tmp, target);
  }
  return { sha256, size, extension };
}

// Windows' own folders on a stick; files inside user folders are all listed (the matcher explains skips).
const SKIPPED_DIRS = new Set(['system volume information', '$recycle.bin']);

/** Regular files under a folder, as paths relative to it with "/" separators. Symlinks are never followed. */
export function listFolder(root: string, limit = 5000): string[] {
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (found.length >= limit) return;
      const lower = entry.name.toLowerCase();
      if (entry.isSymbolicLink() || (entry.isDirectory() && (SKIPPED_DIRS.has(lower) || lower.startsWith('.'))))
        continue;
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), childRel);
      else if (entry.isFile()) found.push(childRel);
    }
  };
  walk(root, '');
  return found;
}
