// Files an attacker or a careless colleague leaves on a stick or in a package: runnable types, runnable content
// under a viewable name, names that hide their real extension, and the viewable files they hide among.
import { strToU8, zipSync } from 'fflate';
import { placeholderPdf } from '../../electron/core/features/demo/round.ts';
import { minimalDocx, minimalJpeg } from './usbFolder.ts';

const HTA =
  '<html><head><HTA:APPLICATION /></head><script>new ActiveXObject("WScript.Shell").Run("calc")</script></html>';
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(60), Buffer.from('This program cannot be run')]);

/** A macro-enabled workbook: a zip whose main part is the macro type, named .xlsx to look harmless. */
function macroWorkbook(): Buffer {
  const main = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(`<Types><Override PartName="/xl/workbook.xml" ContentType="${main}"/></Types>`),
      'xl/vbaProject.bin': strToU8('Attribute VB_Name = "Module1"'),
    }),
  );
}

/** Relative path → content → the reason expected in the refusal. */
export const HOSTILE_FILES: [string, Buffer | string, RegExp][] = [
  ['Thon Dong 1/bao cao.hta', HTA, /\.hta/u],
  ['Thon Dong 1/cai dat.exe', EXE, /\.exe/u],
  ['Thon Dong 1/hinh anh.pdf   .exe', EXE, /\.exe/u],
  ['Thon Dong 1/bien ban.pdf', EXE, /không phải tệp \.pdf/u],
  ['Thon Dong 1/ke hoach.doc', HTA, /không phải tệp \.doc/u],
  ['Thon Dong 1/so lieu.xlsx', macroWorkbook(), /không đúng loại \.xlsx/u],
  ['Thon Dong 1/anh.jpg', placeholderPdf('anh'), /không phải tệp \.jpg/u],
  ['Thon Dong 1/To trinh\u202Excod.exe', EXE, /đảo chiều/u],
  ['Thon Dong 1/bao\u200Bcao.pdf', placeholderPdf('zw'), /vô hình/u],
  ['Thon Dong 1/CON.pdf', placeholderPdf('con'), /thiết bị/u],
  ['Thon Dong 1/nul.txt.pdf', placeholderPdf('nul'), /thiết bị/u],
  ['Thon Dong 1/bien ban.pdf.', placeholderPdf('dot'), /dấu chấm/u],
  ['Thon Dong 1/khong duoi', placeholderPdf('none'), /không có phần mở rộng/u],
];

/** Viewable files that sit beside them and must still be taken. */
export const GOOD_FILES: [string, Buffer][] = [
  ['Thon Dong 1/bien ban hop.pdf', placeholderPdf('bien ban hop')],
  ['Thon Dong 1/To trinh.docx', minimalDocx('to trinh')],
  ['Thon Dong 1/scan.jpg', minimalJpeg('scan')],
];

export { HTA, EXE };
