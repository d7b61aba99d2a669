// Opening a stored file in another program, always through a read-only copy (see readOnlyCopy).
import fs from 'node:fs';
import type { DomainError } from '../errors.ts';
import { readOnlyCopy } from './readOnlyCopy.ts';
import { blobPath } from './store.ts';

export interface StoredFile {
  name: string;
  sha256: string;
  extension: string;
}

/**
 * A read-only copy of a stored blob under its original name; `missing` is thrown when the blob is not on disk.
 * Every blob in the store came from outside (a stick, a scanner, a received package), so its copy is marked so.
 */
export function storedCopy(attachmentsDir: string, file: StoredFile, missing: () => DomainError): string {
  const source = blobPath(attachmentsDir, file.sha256, file.extension);
  if (!fs.existsSync(source)) throw missing();
  return readOnlyCopy(source, file.name, file.sha256, { fromOutside: true });
}
