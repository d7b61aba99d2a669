// A tiny zip writer that does whatever it is told: any name bytes, flags, attributes, methods and declared sizes,
// so tests can build the hostile archives a real zip library refuses to produce.
import zlib from 'node:zlib';

export interface RawEntry {
  /** Name in the central directory (string -> UTF-8 bytes). */
  name: string | Uint8Array;
  /** Content before compression. */
  data?: Uint8Array;
  /** 0 stored (default), 8 deflate; any other number is written as is with `raw` or `data` as the bytes. */
  method?: number;
  /** Bytes stored as the entry's data instead of compressing `data`. */
  raw?: Uint8Array;
  /** General purpose bit flag; default 0x0800 (UTF-8 name). */
  flags?: number;
  /** Default 0x031e: made on Unix, zip 3.0. */
  versionMadeBy?: number;
  /** Default a regular file, mode 0644. */
  externalAttributes?: number;
  /** Declared sizes and CRC; default the real ones. */
  uncompressedSize?: number;
  compressedSize?: number;
  crc32?: number;
  /** Name in the local header; default the central directory name. */
  localName?: string | Uint8Array;
}

export interface RawZipOptions {
  /** Bytes placed before the first local header. */
  prefix?: Uint8Array;
  comment?: Uint8Array;
  /** Entry count declared in the end record; default the real count. */
  entryCount?: number;
}

const bytes = (value: string | Uint8Array) =>
  typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);

export const S_IFREG = 0o100000;
export const S_IFLNK = 0o120000;
export const S_IFDIR = 0o040000;
export const unixMode = (mode: number) => (mode << 16) >>> 0;

export function deflate(data: Uint8Array): Buffer {
  return zlib.deflateRawSync(data);
}

export function buildZip(entries: RawEntry[], options: RawZipOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const push = (buffer: Buffer) => {
    parts.push(buffer);
    offset += buffer.length;
  };
  if (options.prefix) push(Buffer.from(options.prefix));
  for (const entry of entries) {
    const data = Buffer.from(entry.data ?? new Uint8Array());
    const method = entry.method ?? 0;
    const stored = entry.raw ? Buffer.from(entry.raw) : method === 8 ? deflate(data) : data;
    const name = bytes(entry.name);
    const localName = bytes(entry.localName ?? entry.name);
    const flags = entry.flags ?? 0x0800;
    const crc = entry.crc32 ?? zlib.crc32(data);
    const compressedSize = entry.compressedSize ?? stored.length;
    const uncompressedSize = entry.uncompressedSize ?? data.length;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressedSize >>> 0, 18);
    local.writeUInt32LE(uncompressedSize >>> 0, 22);
    local.writeUInt16LE(localName.length, 26);
    const localOffset = offset;
    push(local);
    push(localName);
    push(stored);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(entry.versionMadeBy ?? 0x031e, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(compressedSize >>> 0, 20);
    header.writeUInt32LE(uncompressedSize >>> 0, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE((entry.externalAttributes ?? unixMode(S_IFREG | 0o644)) >>> 0, 38);
    header.writeUInt32LE(localOffset, 42);
    central.push(header, name);
  }
  const directoryStart = offset;
  for (const part of central) push(part);
  const comment = Buffer.from(options.comment ?? new Uint8Array());
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = options.entryCount ?? entries.length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(offset - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  end.writeUInt16LE(comment.length, 20);
  push(end);
  push(comment);
  return Buffer.concat(parts);
}
