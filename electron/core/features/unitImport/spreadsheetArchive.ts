// An .xlsx is a zip: before SheetJS sees it, its central directory is checked against the exchange package rule
// (total uncompressed size, compression ratio per entry), then every entry is inflated once as a stream, never
// held whole, so sizes that lie are caught and each worksheet's rows are counted without building a cell.
import { Inflate } from 'fflate';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { DomainError } from '../../errors.ts';

const MiB = 1024 * 1024;
/** The package rule: entries of at least RATIO_FLOOR bytes may not inflate more than MAX_RATIO times. */
export const MAX_RATIO = 100;
const RATIO_FLOOR = MiB;
export const MAX_UNCOMPRESSED = 1024 * MiB;
const MAX_ENTRIES = 10_000;
const INFLATE_CHUNK = 64 * 1024;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export const bomb = (fileName: string) =>
  new DomainError(
    'validation',
    `Tệp "${fileName}" có tỉ lệ nén bất thường (có thể là "bom nén" làm treo máy), không đọc. Hãy mở tệp bằng Excel, lưu lại rồi chọn lại.`,
  );

const corrupt = (fileName: string) =>
  new DomainError(
    'validation',
    `Tệp "${fileName}" không phải bảng tính Excel (.xlsx hoặc .xls) hoặc đã bị hỏng. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi chọn lại.`,
  );

/** The entries named by the central directory, read from the buffer without inflating anything. */
function centralDirectory(buf: Buffer, fileName: string): Entry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(fileName);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES) throw bomb(fileName);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw corrupt(fileName);
    const nameLength = buf.readUInt16LE(at + 28);
    const entry = {
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    };
    // ZIP64 markers: no spreadsheet under the 50 MB file limit needs them; only a crafted file declares them.
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw bomb(fileName);
    entries.push(entry);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

function checkSizes(entries: Entry[], fileName: string): void {
  let total = 0;
  for (const e of entries) {
    if (e.size >= RATIO_FLOOR && e.size > e.compressedSize * MAX_RATIO) throw bomb(fileName);
    total += e.size;
  }
  if (total > MAX_UNCOMPRESSED) throw bomb(fileName);
}

const ROW_TAG = Buffer.from('<row');
const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** Inflates one entry chunk by chunk, never past its declared size; counts "<row" tags when asked. */
function inflateEntry(buf: Buffer, e: Entry, fileName: string, countRows: boolean): number {
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) throw corrupt(fileName);
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  let produced = 0;
  let rows = 0;
  let tail = Buffer.alloc(0);
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > e.size) throw bomb(fileName);
    if (!countRows) return;
    const text = Buffer.concat([tail, chunk]);
    for (let i = text.indexOf(ROW_TAG); i >= 0; i = text.indexOf(ROW_TAG, i + 1)) {
      const next = text[i + ROW_TAG.length];
      if (next === undefined) break;
      if (next === 0x20 || next === 0x3e || next === 0x2f) rows++;
    }
    // A tag is counted once its next byte is seen; the last bytes carry over so a split tag counts next round.
    tail = Buffer.from(text.subarray(Math.max(0, text.length - ROW_TAG.length)));
  };
  if (e.method === 0) {
    take(data);
  } else if (e.method === 8) {
    const inflate = new Inflate((chunk) => take(chunk));
    try {
      for (let i = 0; i < data.length; i += INFLATE_CHUNK) {
        inflate.push(data.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= data.length);
      }
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw corrupt(fileName);
    }
  } else {
    throw corrupt(fileName);
  }
  return rows;
}

/**
 * Refuses a zip-based spreadsheet that inflates beyond the limits, and returns the row count of its largest
 * worksheet (rows written in the file; a row limit applies to it before any parsing).
 */
export function checkSpreadsheetArchive(buf: Buffer, fileName: string): number {
  const entries = centralDirectory(buf, fileName);
  checkSizes(entries, fileName);
  let most = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    most = Math.max(most, inflateEntry(buf, e, fileName, isWorksheet(e.name)));
  }
  return most;
}

export const tooManyRows = (fileName: string, rows: number, max: number) =>
  new DomainError(
    'validation',
    `Tệp "${fileName}" có ${formatNumberVi(rows)} dòng, quá giới hạn ${formatNumberVi(max)} dòng cho một lần nhập. Hãy chia danh sách thành nhiều tệp nhỏ hơn rồi nhập từng tệp; không dòng nào được nhập.`,
  );
