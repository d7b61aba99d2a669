// A USB stick as offices hand it over: one folder per village or loose files, named by hand.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { placeholderPdf } from '../../electron/core/features/demo/round.ts';

/** Relative path -> expected unit name (null: must stay unmatched) and component code. */
export const USB_FILES: [string, string | null, string | null][] = [
  ['Thon Dong 1/bien ban hop.pdf', 'Thôn Đông 1', 'bien_ban'],
  ['Thon Dong 1/To trinh.docx', 'Thôn Đông 1', 'to_trinh'],
  ['Thôn Đông 2/Báo cáo kết quả 2025.pdf', 'Thôn Đông 2', 'bao_cao'],
  ['thôn Đông 2 - bien ban.pdf', 'Thôn Đông 2', 'bien_ban'],
  ['TDP so 3 - To trinh.docx', 'Tổ dân phố số 3', 'to_trinh'],
  ['TO DAN PHO 3/BC ket qua 2025.pdf', 'Tổ dân phố số 3', 'bao_cao'],
  ['Thon Nam Son/DK.pdf', 'Thôn Nam Sơn', 'dang_ky'],
  ['Thon Nam Son/NQ chi bo quy I.pdf', 'Thôn Nam Sơn', 'nghi_quyet'],
  ['Ho so 2025/Thon Bac Son/Ke hoach.docx', 'Thôn Bắc Sơn', 'ke_hoach'],
  ['Truong THCS Dong Son/Bao cao.docx', 'Trường THCS Đông Sơn', 'bao_cao'],
  ['Thon Yen Binh/scan0001.jpg', 'Thôn Yên Bình', null],
  ['Thon Khong Co/bb.pdf', null, null],
];

/** The smallest .docx Word recognises by its content type; `text` makes each file's content its own. */
export function minimalDocx(text: string): Buffer {
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`,
      ),
      'word/document.xml': strToU8(
        `<w:document><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
      ),
    }),
  );
}

/** A JPEG by its signature, with `text` after it so each file's content is its own. */
export const minimalJpeg = (text: string) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(text)]);

/** Content matching each file's type: a PDF, a Word document or a JPEG. */
function contentFor(rel: string): Buffer {
  if (rel.endsWith('.docx')) return minimalDocx(rel);
  if (rel.endsWith('.jpg')) return minimalJpeg(rel);
  return placeholderPdf(rel);
}

export function makeUsbFolder(root: string): string {
  for (const [rel] of USB_FILES) {
    const file = path.join(root, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contentFor(rel));
  }
  // The same scan copied twice: stored once.
  fs.copyFileSync(
    path.join(root, 'Thon Dong 1', 'bien ban hop.pdf'),
    path.join(root, 'Thon Dong 1', 'bien ban hop (1).pdf'),
  );
  fs.writeFileSync(path.join(root, 'Thon Dong 1', 'desktop.ini'), '[.ShellClassInfo]\n');
  return root;
}

/** Every file and folder under root with content hash, size and mtime: equal before and after means untouched. */
export function fingerprint(root: string): string {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      const st = fs.statSync(p);
      if (e.isDirectory()) {
        lines.push(`d ${path.relative(root, p)} ${st.mtimeMs}`);
        walk(p);
      } else {
        const hash = createHash('sha256').update(fs.readFileSync(p)).digest('hex');
        lines.push(`f ${path.relative(root, p)} ${st.size} ${st.mtimeMs} ${st.mode} ${hash}`);
      }
    }
  };
  walk(root);
  return lines.join('\n');
}
