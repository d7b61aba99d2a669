// Random access to a package's bytes (a file handle or, in tests, a buffer), and the adapter yauzl reads through.
import type { FileHandle } from 'node:fs/promises';
import yauzl from 'yauzl';

export interface ByteSource {
  readonly size: number;
  /** The bytes at [position, position + length), fewer only where the source ends. */
  read(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

export function fileSource(handle: FileHandle, size: number): ByteSource {
  let closed: Promise<void> | undefined;
  return {
    size,
    async read(position, length) {
      const want = Math.max(0, Math.min(length, size - position));
      const buffer = Buffer.allocUnsafe(want);
      let filled = 0;
      while (filled < want) {
        const { bytesRead } = await handle.read(buffer, filled, want - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === want ? buffer : buffer.subarray(0, filled);
    },
    close: () => (closed ??= handle.close()),
  };
}

export function bufferSource(data: Uint8Array): ByteSource {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return {
    size: buffer.length,
    read: async (position, length) => buffer.subarray(position, Math.min(buffer.length, position + length)),
    close: async () => {},
  };
}

const BLOCK = 1 << 20;

/**
 * Lets yauzl parse the central directory through our source. yauzl issues two small reads per entry, so reads are
 * served from one cached block; callbacks stay asynchronous so its lazy entry loop never grows the stack.
 */
export class SourceReader extends yauzl.RandomAccessReader {
  private block: { start: number; data: Buffer } | undefined;
  private readonly source: ByteSource;

  constructor(source: ByteSource) {
    super();
    this.source = source;
  }

  override _readStreamForRange(): never {
    // Only openReadStream() uses streams, and entry data is read without it.
    throw new Error('SourceReader serves positional reads only');
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void,
  ): void {
    const cached = this.block;
    if (cached && position >= cached.start && position + length <= cached.start + cached.data.length) {
      const n = cached.data.copy(buffer, offset, position - cached.start, position - cached.start + length);
      queueMicrotask(() => callback(null, n));
      return;
    }
    this.source.read(position, Math.max(length, BLOCK)).then(
      (data) => {
        this.block = { start: position, data };
        callback(null, data.copy(buffer, offset, 0, Math.min(length, data.length)));
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  }

  override close(callback: (err: Error | null) => void): void {
    // The source belongs to the package reader, which closes it.
    queueMicrotask(() => callback(null));
  }
}
