// The backup file format: a zip holding manifest.json, the database snapshot and every stored file, each listed
// in the manifest with its size and SHA-256.
import { z } from 'zod';
import { ATTACHMENTS_DIR, DATABASE_FILE, ISSUED_DIR } from '../../db/open.ts';
import { DomainError } from '../../errors.ts';

export const MANIFEST_FILE = 'manifest.json';
export const FORMAT_VERSION = 1;
/** The folders copied into a backup, besides the database. */
export const FILE_DIRS = [ATTACHMENTS_DIR, ISSUED_DIR] as const;

export const MAX_ENTRIES = 200_000;
export const MAX_ENTRY_BYTES = 4 * 1024 ** 3;
export const MAX_TOTAL_BYTES = 64 * 1024 ** 3;
export const MAX_MANIFEST_BYTES = 64 * 1024 ** 2;
/** The exchange package rule: an entry of at least RATIO_FLOOR_BYTES may not inflate more than MAX_RATIO times. */
export const MAX_RATIO = 100;
export const RATIO_FLOOR_BYTES = 1024 ** 2;

const entrySchema = z.object({
  path: z.string().min(1).max(500),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const manifestSchema = z.object({
  kind: z.literal('backup'),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  createdAt: z.iso.datetime(),
  schemaVersion: z.string().max(200),
  office: z.string().max(500).nullable(),
  label: z.enum(['auto', 'manual', 'before-restore']),
  counts: z.record(z.string(), z.number().int().min(0)),
  entries: z.array(entrySchema).max(MAX_ENTRIES),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = z.infer<typeof entrySchema>;

const FORBIDDEN = /[/\\:*?"<>|]/;
const hasControl = (text: string) => [...text].some((c) => c.charCodeAt(0) < 32);
// Names Windows cannot create, whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const safeSegment = (p: string) =>
  p.length > 0 &&
  !FORBIDDEN.test(p) &&
  !hasControl(p) &&
  !p.startsWith('.') &&
  !p.endsWith('.') &&
  p.trim() === p &&
  !RESERVED.test(p);

/**
 * Whether a zip entry name may be written under a data folder: the database, or a relative path inside one of the
 * stored-file folders with no "..", no absolute or drive paths, no backslashes and no empty or hidden segments.
 */
export function isSafeEntryName(name: string): boolean {
  if (name === DATABASE_FILE || name === MANIFEST_FILE) return true;
  if (name.length > 500) return false;
  const parts = name.split('/');
  if (parts.length < 2 || !(FILE_DIRS as readonly string[]).includes(parts[0]!)) return false;
  return parts.every(safeSegment);
}

export function rejected(problem: string): DomainError {
  return new DomainError('validation', `${problem} Dữ liệu hiện tại không bị thay đổi; hãy chọn một bản sao lưu khác.`);
}
