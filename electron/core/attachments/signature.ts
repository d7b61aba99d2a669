// A file's content must be what its extension claims: an .exe renamed .pdf, a macro workbook renamed .xlsx or an
// HTML page renamed .doc is refused. Office Open XML and OpenDocument files are zips, checked by their inner type.
import fs from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { isViewableExtension, VIEWABLE_LIST, type ViewableExtension } from '#shared/files/viewable.ts';

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const TIFF_LE = Buffer.from([0x49, 0x49, 0x2a, 0x00]);
const TIFF_BE = Buffer.from([0x4d, 0x4d, 0x00, 0x2a]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The main part's content type in [Content_Types].xml, or the mimetype entry's text. */
const INNER_TYPE: Partial<Record<ViewableExtension, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

const HEAD = 1024;
const MAX_DIRECTORY = 16 * 1024 * 1024;
const MAX_INNER = 1024 * 1024;

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = fs.readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** One entry of a zip's central directory, by exact name: its data, inflated; null when absent or unreadable. */
function zipEntry(fd: number, size: number, wanted: string): Buffer | null {
  const tailLength = Math.min(size, 65_557);
  const tail = readAt(fd, size - tailLength, tailLength);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > tail.length) return null;
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  if (dirSize > MAX_DIRECTORY || dirOffset + dirSize > size) return null;
  const dir = readAt(fd, dirOffset, dirSize);
  for (let p = 0; p + 46 <= dir.length;) {
    if (dir.readUInt32LE(p) !== 0x02014b50) return null;
    const method = dir.readUInt16LE(p + 10);
    const compressed = dir.readUInt32LE(p + 20);
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const local = dir.readUInt32LE(p + 42);
    const name = dir.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    p += 46 + nameLength + extraLength + commentLength;
    if (name !== wanted) continue;
    if (compressed > MAX_INNER || local + 30 > size) return null;
    const header = readAt(fd, local, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) return null;
    const data = readAt(fd, local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28), compressed);
    try {
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data, { maxOutputLength: 4 * MAX_INNER });
    } catch {
      return null;
    }
    return null;
  }
  return null;
}

function zipProblem(fd: number, size: number, extension: ViewableExtension): string | null {
  const expected = INNER_TYPE[extension]!;
  const odf = extension === 'odt' || extension === 'ods';
  const inner = zipEntry(fd, size, odf ? 'mimetype' : '[Content_Types].xml');
  if (!inner) return `nội dung không phải tệp .${extension} hợp lệ (thiếu phần mô tả loại tệp)`;
  const text = inner.toString('utf8');
  const ok = odf ? text.trim() === expected : text.includes(`ContentType="${expected}"`);
  return ok ? null : `nội dung không đúng loại .${extension} (có thể là tệp chứa macro hoặc loại khác đổi tên)`;
}

/**
 * Why the file at `file` may not be kept or opened as `.extension`, or null when its content is that type.
 * Read-only; an unreadable file is a problem too.
 */
export function contentProblem(file: string, extension: string): string | null {
  if (!isViewableExtension(extension)) return `loại tệp ".${extension}" không được nhận (chỉ nhận ${VIEWABLE_LIST})`;
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return 'không đọc được tệp';
  }
  try {
    const size = fs.fstatSync(fd).size;
    const head = readAt(fd, 0, HEAD);
    const starts = (sig: Buffer) => head.subarray(0, sig.length).equals(sig);
    const wrong = `nội dung không phải tệp .${extension} (có thể là loại tệp khác đổi tên)`;
    switch (extension) {
      case 'pdf':
        // Readers accept the header anywhere in the first kilobyte; some scanners write a few bytes before it.
        return head.includes('%PDF-') ? null : wrong;
      case 'doc':
      case 'xls':
        return starts(CFB) ? null : wrong;
      case 'jpg':
      case 'jpeg':
        return starts(JPEG) ? null : wrong;
      case 'png':
        return starts(PNG) ? null : wrong;
      case 'tif':
      case 'tiff':
        return starts(TIFF_LE) || starts(TIFF_BE) ? null : wrong;
      default:
        return starts(ZIP) ? zipProblem(fd, size, extension) : wrong;
    }
  } catch {
    return 'không đọc được tệp';
  } finally {
    fs.closeSync(fd);
  }
}
