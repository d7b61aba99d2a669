// A backup brings back only files the app may keep and open: every attachment it carries has a viewable type and,
// once extracted for a restore, content of that type. Anything else refuses the whole backup.
import path from 'node:path';
import { extensionOfName, isViewableExtension } from '#shared/files/viewable.ts';
import { contentProblem } from '../../attachments/signature.ts';
import { ATTACHMENTS_DIR } from '../../db/open.ts';
import type { Manifest } from './manifest.ts';
import { rejected } from './manifest.ts';

/** Throws when an attachment in the backup is not viewable; `extracted` is where its content lies, if anywhere. */
export function assertViewableAttachments(manifest: Manifest, extracted: string | null): void {
  for (const entry of manifest.entries) {
    if (!entry.path.startsWith(`${ATTACHMENTS_DIR}/`)) continue;
    const extension = extensionOfName(path.posix.basename(entry.path));
    if (!isViewableExtension(extension)) {
      throw rejected(
        `Bản sao lưu có tệp đính kèm loại "${extension ? `.${extension}` : 'không rõ'}" không được nhận (${entry.path}).`,
      );
    }
    if (extracted === null) continue;
    const problem = contentProblem(path.join(extracted, ...entry.path.split('/')), extension);
    if (problem) throw rejected(`Tệp đính kèm "${entry.path}" trong bản sao lưu không được nhận: ${problem}.`);
  }
}
