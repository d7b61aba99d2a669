// Reading entry data: small entries in one read and one synchronous inflate, large ones streamed in chunks; either
// way the bytes are counted against the declared size (a lying header cannot inflate past it) and hashed.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { DomainError } from '../../errors.ts';
import { packageErrors } from './containerErrors.ts';
import type { ZipEntry } from './containerDirectory.ts';
import type { ByteSource } from './containerSource.ts';

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
/** Entries whose bytes in the file span at most this much are read whole... */
const SMALL_SPAN = 4 << 20;
/** ...unless they inflate to more than this. */
const SMALL_SIZE = 16 << 20;
/** Consecutive small entries are read together, up to this many bytes at a time. */
export const WINDOW_BYTES = 8 << 20;
const CHUNK = 1 << 20;

export function isSmall(entry: ZipEntry): boolean {
  return entry.end - entry.offset <= SMALL_SPAN && entry.size <= SMALL_SIZE;
}

/** Where the entry's data starts, relative to its local header; `head` holds the bytes from the header on. */
function dataOffset(entry: ZipEntry, head: Buffer): number {
  if (head.length < LOCAL_HEADER_BYTES || head.readUInt32LE(0) !== LOCAL_SIGNATURE) {
    throw packageErrors.corrupt(`phần đầu của tệp ${entry.name} không đúng cấu trúc zip`);
  }
  const nameLength = head.readUInt16LE(26);
  const name = head.subarray(LOCAL_HEADER_BYTES, LOCAL_HEADER_BYTES + nameLength);
  // A second name other tools would see instead of the one checked in the central directory.
  if (nameLength !== entry.nameBytes.length || !name.equals(entry.nameBytes)) {
    throw packageErrors.corrupt(`tên tệp ${entry.name} ở phần đầu khác với mục lục`);
  }
  const start = LOCAL_HEADER_BYTES + nameLength + head.readUInt16LE(28);
  if (entry.offset + start + entry.compressedSize > entry.end) {
    throw packageErrors.corrupt(`dữ liệu của tệp ${entry.name} vượt ra ngoài vị trí của nó`);
  }
  return start;
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('Z_') || code === 'ERR_BUFFER_TOO_LARGE');
}

/** Errors from reading and inflating, as PackageErrors; an abort and our own bugs pass through unchanged. */
export function mapReadError(error: unknown, entry: ZipEntry): unknown {
  if (error instanceof DomainError) return error;
  if ((error as { name?: unknown }).name === 'AbortError') return error;
  if (isZlibError(error)) return packageErrors.corrupt(`dữ liệu nén của tệp ${entry.name} bị hỏng`);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return packageErrors.unreadable(code);
  return error;
}

function checkHash(entry: ZipEntry, sha256: string | undefined, actual: string): void {
  if (sha256 !== undefined && actual !== sha256) throw packageErrors.hashMismatch(entry.name);
}

/** The entry's content from `span`, the bytes [entry.offset, entry.end) of the package; verified when sha256 given. */
export function decodeSpan(entry: ZipEntry, span: Buffer, sha256: string | undefined): Buffer {
  if (span.length !== entry.end - entry.offset) throw packageErrors.corrupt('gói bị cắt cụt');
  const start = dataOffset(entry, span);
  const data = span.subarray(start, start + entry.compressedSize);
  let content = data;
  if (entry.method === 8) {
    try {
      content = zlib.inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw packageErrors.sizeMismatch(entry.name);
      throw mapReadError(error, entry);
    }
  }
  if (content.length !== entry.size) throw packageErrors.sizeMismatch(entry.name);
  if (sha256 !== undefined) checkHash(entry, sha256, createHash('sha256').update(content).digest('hex'));
  return content;
}

export async function readSmall(source: ByteSource, entry: ZipEntry, sha256: string | undefined): Promise<Buffer> {
  let span: Buffer;
  try {
    span = await source.read(entry.offset, entry.end - entry.offset);
  } catch (error) {
    throw mapReadError(error, entry);
  }
  return decodeSpan(entry, span, sha256);
}

/**
 * Streams the entry's content to `onChunk`, never more than its declared size, then checks size and hash.
 * A chunk handed out before a failure is not yet verified: callers writing chunks must undo on error.
 */
export async function streamEntry(
  source: ByteSource,
  entry: ZipEntry,
  sha256: string | undefined,
  onChunk: (chunk: Buffer) => unknown,
  signal?: AbortSignal,
): Promise<void> {
  try {
    const head = await source.read(entry.offset, LOCAL_HEADER_BYTES + entry.nameBytes.length);
    const start = entry.offset + dataOffset(entry, head);
    const stop = start + entry.compressedSize;
    const hash = createHash('sha256');
    let count = 0;
    const take = async (chunk: Buffer) => {
      count += chunk.length;
      if (count > entry.size) throw packageErrors.sizeMismatch(entry.name);
      hash.update(chunk);
      await onChunk(chunk);
    };
    const compressed = async function* () {
      for (let position = start; position < stop;) {
        signal?.throwIfAborted();
        const chunk = await source.read(position, Math.min(CHUNK, stop - position));
        if (chunk.length === 0) throw packageErrors.corrupt('gói bị cắt cụt');
        position += chunk.length;
        yield chunk;
      }
    };
    if (entry.method === 0) {
      for await (const chunk of compressed()) await take(chunk);
    } else {
      await pipeline(Readable.from(compressed()), zlib.createInflateRaw(), async (inflated: AsyncIterable<Buffer>) => {
        for await (const chunk of inflated) await take(chunk);
      });
    }
    if (count !== entry.size) throw packageErrors.sizeMismatch(entry.name);
    checkHash(entry, sha256, hash.digest('hex'));
  } catch (error) {
    throw mapReadError(error, entry);
  }
}
