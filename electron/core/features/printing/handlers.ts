// Printing what the window shows (each page has a print view: decisions, the round summary) through the shell:
// the system print dialog, or an A4 PDF saved where the user chooses.
import path from 'node:path';
import type { PartialHandlerTable } from '../../api/types.ts';
import { DomainError } from '../../errors.ts';
import { writeFileAtomic } from '../../fs/atomic.ts';

/** "Quyết định 05/QĐ-UBND" → "Quyết định 05-QĐ-UBND.pdf": no characters Windows forbids in file names. */
export function pdfFileName(title: string): string {
  const safe = [...title]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '-' : c))
    .join('')
    .replace(/-+/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 120);
  return `${safe || 'Ban in'}.pdf`;
}

export const printingHandlers: PartialHandlerTable = {
  'print.dialog': async (_input, app) => {
    await app.host.print();
    return null;
  },
  'print.savePdf': async (input, app) => {
    const data = await app.host.printToPdf();
    const target = await app.host.pickSavePath(pdfFileName(input.title), { name: 'Tệp PDF', extensions: ['pdf'] });
    if (!target) return null;
    try {
      writeFileAtomic(target, data);
    } catch {
      throw new DomainError('io', 'Không ghi được tệp PDF vào chỗ đã chọn. Hãy chọn thư mục khác.');
    }
    return { fileName: path.basename(target) };
  },
};
