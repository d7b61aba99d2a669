// A backup brings back only files the app may keep and open: every attachment it carries has a viewable type and,
// once extracted for a restore, the files the database refers to have content of that type. Anything else refuses
// the whole backup.
import fs from 'node:fs';
import path from 'node:path';
import { extensionOfName, isViewableExtension } from '#shared/files/viewable.ts';
import { contentProblem } from '../../attachments/signature.ts';
import { ATTACHMENTS_DIR } from '../../db/open.ts';
import type { Manifest } from './manifest.ts';
import { rejected } from './manifest.ts';

/** Throws when an attachment in the backup does not have a viewable type (by its name). */
export function assertViewableAttachments(manifest: Manifest): void {
  for (const entry of manifest.entries) {
    if (!entry.path.startsWith(`${ATTACHMENTS_DIR}/`)) continue;
    const extension = extensionOfName(path.posix.basename(entry.path));
    if (!isViewableExtension(extension)) {
      throw rejected(
        `Bản sao lưu có tệp đính kèm loại "${extension ? `.${extension}` : 'không rõ'}" không được nhận (${entry.path}).`,
      );
    }
  }
}

/** Throws when an extracted attachment the database refers to is not of its type by content. */
export function assertViewableContent(extracted: string, referenced: readonly { name: string }[]): void {
  for (const { name } of referenced) {
    const file = path.join(extracted, ...name.split('/'));
    if (!fs.existsSync(file)) continue;
    const problem = contentProblem(file, extensionOfName(path.posix.basename(name)));
    if (problem) throw rejected(`Tệp đính kèm "${name}" trong bản sao lưu không được nhận: ${problem}.`);
  }
}
