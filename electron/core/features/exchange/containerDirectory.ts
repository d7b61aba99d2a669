// The zip central directory, read and judged without touching entry data: names, types, flags, sizes, layout.
import yauzl from 'yauzl';
import { packageErrors } from './containerErrors.ts';
import { MANIFEST_PATH, type PackageLimits } from './containerFormat.ts';
import { parentFolders, pathKey, pathProblem } from './containerPaths.ts';
import { SourceReader, type ByteSource } from './containerSource.ts';

export interface ZipEntry {
  name: string;
  nameBytes: Buffer;
  /** Offset of the local file header. */
  offset: number;
  /** Where the next entry (or the central directory) starts: this entry's bytes lie in [offset, end). */
  end: number;
  method: 0 | 8;
  compressedSize: number;
  /** Uncompressed size as the central directory declares it; data is checked against it while reading. */
  size: number;
  /** CRC-32 from the central directory: the manifest, which no SHA-256 covers, is checked against it. */
  crc32: number;
  /** From the manifest, once it has been matched against the zip. */
  sha256: string | undefined;
}

const LOCAL_HEADER_BYTES = 30;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const FLAG_MASKED_HEADER = 0x2000;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const DOS_VOLUME_LABEL = 0x08;
const DOS_DIRECTORY = 0x10;
const WINDOWS_REPARSE_POINT = 0x400;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeName(raw: Buffer, flags: number): string {
  if (flags & FLAG_UTF8) {
    try {
      return utf8.decode(raw);
    } catch {
      throw packageErrors.badNameEncoding();
    }
  }
  // Without the UTF-8 flag a name would be code page 437, which nobody means any more: only ASCII is accepted.
  for (const byte of raw) if (byte >= 0x80) throw packageErrors.badNameEncoding();
  return raw.toString('latin1');
}

function fileTypeProblem(externalAttributes: number): string | null {
  const mode = externalAttributes >>> 16;
  const type = mode & S_IFMT;
  if (type === 0o120000) return 'liên kết tượng trưng (symlink)';
  if (type === 0o040000) return 'thư mục';
  if (type !== 0 && type !== S_IFREG) return 'tệp đặc biệt';
  if (externalAttributes & WINDOWS_REPARSE_POINT) return 'liên kết (reparse point)';
  if (externalAttributes & DOS_DIRECTORY) return 'thư mục';
  if (externalAttributes & DOS_VOLUME_LABEL) return 'nhãn ổ đĩa';
  return null;
}

function openZip(source: ByteSource): Promise<yauzl.ZipFile> {
  const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false };
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(new SourceReader(source), source.size, options, (error, zip) => {
      if (error) reject(packageErrors.notZip());
      else resolve(zip);
    });
  });
}

/** Calls `onEntry` for each central directory record, in order; a throw from it stops the walk. */
function eachEntry(zip: yauzl.ZipFile, onEntry: (entry: yauzl.Entry) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        onEntry(entry);
      } catch (error) {
        reject(error);
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', () => reject(packageErrors.corrupt('mục lục các tệp trong gói không đọc được')));
    zip.readEntry();
  });
}

function judgeEntry(entry: yauzl.Entry, name: string, limits: PackageLimits): ZipEntry {
  if (name.endsWith('/')) throw packageErrors.notRegularFile(name, 'thư mục');
  const typeProblem = fileTypeProblem(entry.externalFileAttributes);
  if (typeProblem) throw packageErrors.notRegularFile(name, typeProblem);
  const problem = pathProblem(name);
  if (problem) throw packageErrors.badName(name, problem);
  if (entry.generalPurposeBitFlag & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADER)) {
    throw packageErrors.encrypted(name);
  }
  const method = entry.compressionMethod;
  if (method !== 0 && method !== 8) throw packageErrors.unsupportedCompression(name, method);
  const { compressedSize, uncompressedSize: size } = entry;
  if (method === 0 && compressedSize !== size) {
    throw packageErrors.corrupt(`kích thước khai báo của tệp ${name} không nhất quán`);
  }
  const max = name === MANIFEST_PATH ? limits.maxManifestBytes : limits.maxEntryBytes;
  if (size > max) throw packageErrors.entryTooLarge(name, size, max);
  if (size >= limits.ratioFloorBytes && size > compressedSize * limits.maxRatio) throw packageErrors.bomb(name);
  const nameBytes = entry.fileName as unknown as Buffer;
  return {
    name,
    nameBytes,
    offset: entry.relativeOffsetOfLocalHeader,
    end: 0,
    method,
    compressedSize,
    size,
    crc32: entry.crc32,
    sha256: undefined,
  };
}

/** Reads and checks the central directory; entries come back sorted by offset with `end` set. */
export async function readCentralDirectory(source: ByteSource, limits: PackageLimits): Promise<ZipEntry[]> {
  const zip = await openZip(source);
  try {
    if (zip.entryCount > limits.maxEntries) throw packageErrors.tooManyEntries(zip.entryCount, limits.maxEntries);
    // yauzl starts its cursor at the central directory; no entry's bytes may reach into it.
    const cursor = (zip as unknown as { readEntryCursor: unknown }).readEntryCursor;
    const directoryStart = typeof cursor === 'number' ? cursor : source.size;
    const entries: ZipEntry[] = [];
    const names = new Map<string, string>();
    let total = 0;
    await eachEntry(zip, (raw) => {
      // decodeStrings is off so names are judged here, with our own messages, rather than by yauzl.
      const name = decodeName(raw.fileName as unknown as Buffer, raw.generalPurposeBitFlag);
      // Duplicates first, so an NFD twin of a name is reported as the collision it is.
      const key = pathKey(name);
      const other = names.get(key);
      if (other !== undefined) throw packageErrors.duplicateName(name, other);
      names.set(key, name);
      const entry = judgeEntry(raw, name, limits);
      total += entry.size;
      if (total > limits.maxTotalBytes) throw packageErrors.totalTooLarge(limits.maxTotalBytes);
      entries.push(entry);
    });
    for (const entry of entries) {
      for (const folder of parentFolders(entry.name)) {
        const file = names.get(pathKey(folder));
        if (file !== undefined) throw packageErrors.fileAndFolder(file);
      }
    }
    entries.sort((a, b) => a.offset - b.offset);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      entry.end = entries[i + 1]?.offset ?? directoryStart;
      // Overlapping entries are how the smallest zip bombs reuse one compressed stream many times.
      if (entry.offset + LOCAL_HEADER_BYTES + entry.compressedSize > entry.end) {
        throw packageErrors.corrupt('các tệp trong gói chồng lên nhau hoặc vượt ra ngoài gói');
      }
    }
    return entries;
  } finally {
    zip.close();
  }
}
