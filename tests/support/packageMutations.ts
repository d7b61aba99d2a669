// Valid exchange packages built byte by byte, and fast-check generators of the ways a package gets broken or
// tampered with: bit flips, truncation, inserted/deleted/overwritten bytes, central directory edits.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  MANIFEST_PATH,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type PackageHeader,
} from '../../electron/core/features/exchange/container.ts';
import { buildZip, S_IFLNK, unixMode, type RawEntry } from './rawZip.ts';

export const SAMPLE_HEADER: PackageHeader = {
  kind: 'commune-year',
  packageId: '0b6c1a52-5f7e-4d3b-9a51-2f4f1c0e9a10',
  office: {
    id: '7d3f0c2e-1b4a-4c5d-8e6f-9a0b1c2d3e4f',
    name: 'UBND xã Minh Tân',
    level: 'xã',
    province: 'Tỉnh Thái Bình',
  },
  year: 2025,
  createdAt: '2025-12-01T08:30:00.000+07:00',
  appVersion: '0.1.0',
};

export interface PackageFile {
  path: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflate (default). */
  method?: 0 | 8;
}

export interface RawPackageOptions {
  header?: PackageHeader;
  /** Changes the manifest object before it is serialised. */
  manifest?: (manifest: Record<string, unknown>) => unknown;
  /** Replaces the serialised manifest outright. */
  manifestBytes?: Uint8Array;
  omitManifest?: boolean;
  /** Zip entries added after the files, not listed in the manifest. */
  extra?: RawEntry[];
  /** Changes the raw entries (files then manifest) before the zip is built. */
  tweak?: (entries: RawEntry[]) => void;
}

const toBytes = (data: Uint8Array | string) =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

export function manifestFor(files: PackageFile[], header: PackageHeader = SAMPLE_HEADER): Record<string, unknown> {
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    ...header,
    entries: files.map((file) => {
      const data = toBytes(file.data);
      return { path: file.path, size: data.length, sha256: sha256(data) };
    }),
  };
}

/** A valid package (unless the options say otherwise) built with the raw writer. */
export function rawPackage(files: PackageFile[], options: RawPackageOptions = {}): Buffer {
  const manifest = manifestFor(files, options.header);
  const manifestBytes =
    options.manifestBytes ?? Buffer.from(JSON.stringify(options.manifest ? options.manifest(manifest) : manifest));
  const entries: RawEntry[] = files.map((file) => ({
    name: file.path,
    data: toBytes(file.data),
    method: file.method ?? 8,
  }));
  entries.push(...(options.extra ?? []));
  if (!options.omitManifest) entries.push({ name: MANIFEST_PATH, data: manifestBytes, method: 8 });
  options.tweak?.(entries);
  return buildZip(entries);
}

export const SAMPLE_FILES: PackageFile[] = [
  {
    path: 'records/units.json',
    data: JSON.stringify([
      { id: 'u1', name: 'Thôn Đông' },
      { id: 'u2', name: 'Thôn Tây' },
    ]),
  },
  { path: 'tep/Biên bản họp.pdf', data: '%PDF-1.4 biên bản họp thôn\n', method: 0 },
  { path: 'tep/ảnh.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]), method: 0 },
  { path: 'empty.txt', data: '' },
];

export type CentralEdit =
  | 'dotdot'
  | 'absolute'
  | 'drive'
  | 'backslash'
  | 'upper'
  | 'nul'
  | 'nfd'
  | 'duplicate'
  | 'trailing-slash'
  | 'symlink'
  | 'encrypted'
  | 'method'
  | 'size-up'
  | 'size-down';

/** Positions are taken modulo the package length, so one mutation applies to a package of any size. */
export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; keep: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'overwrite'; at: number; bytes: Uint8Array }
  | { kind: 'central'; entry: number; edit: CentralEdit };

const CENTRAL_EDITS: CentralEdit[] = [
  'dotdot',
  'absolute',
  'drive',
  'backslash',
  'upper',
  'nul',
  'nfd',
  'duplicate',
  'trailing-slash',
  'symlink',
  'encrypted',
  'method',
  'size-up',
  'size-down',
];

export const flipArb = fc.record({
  kind: fc.constant('flip' as const),
  at: fc.nat(),
  bit: fc.integer({ min: 0, max: 7 }),
});
export const truncateArb = fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat() });
export const insertArb = fc.record({
  kind: fc.constant('insert' as const),
  at: fc.nat(),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
});
export const deleteArb = fc.record({
  kind: fc.constant('delete' as const),
  at: fc.nat(),
  count: fc.integer({ min: 1, max: 64 }),
});
export const overwriteArb = fc.record({
  kind: fc.constant('overwrite' as const),
  at: fc.nat(),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
});
export const centralEditArb = fc.record({
  kind: fc.constant('central' as const),
  entry: fc.nat(),
  edit: fc.constantFrom(...CENTRAL_EDITS),
});

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: flipArb, weight: 4 },
  { arbitrary: truncateArb, weight: 1 },
  { arbitrary: insertArb, weight: 2 },
  { arbitrary: deleteArb, weight: 2 },
  { arbitrary: overwriteArb, weight: 2 },
  { arbitrary: centralEditArb, weight: 3 },
);

/** One to three mutations, applied in order. */
export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 3 });

export function applyMutations(pkg: Buffer, mutations: Mutation[]): Buffer {
  return mutations.reduce((current, mutation) => applyMutation(current, mutation), pkg);
}

export function applyMutation(pkg: Buffer, mutation: Mutation): Buffer {
  const length = pkg.length;
  if (length === 0) return pkg;
  switch (mutation.kind) {
    case 'flip': {
      const out = Buffer.from(pkg);
      out[mutation.at % length]! ^= 1 << mutation.bit;
      return out;
    }
    case 'truncate':
      return pkg.subarray(0, mutation.keep % length);
    case 'insert': {
      const at = mutation.at % (length + 1);
      return Buffer.concat([pkg.subarray(0, at), mutation.bytes, pkg.subarray(at)]);
    }
    case 'delete': {
      const at = mutation.at % length;
      return Buffer.concat([pkg.subarray(0, at), pkg.subarray(at + mutation.count)]);
    }
    case 'overwrite': {
      const out = Buffer.from(pkg);
      out.set(mutation.bytes.subarray(0, length - (mutation.at % length)), mutation.at % length);
      return out;
    }
    case 'central':
      return editCentral(pkg, mutation.entry, mutation.edit);
  }
}

interface CentralRecord {
  header: Buffer;
  name: Buffer;
  rest: Buffer;
}

/** The central directory of a well-formed zip (no zip64), or null when it cannot be found. */
export function parseCentral(pkg: Buffer): { start: number; records: CentralRecord[]; end: Buffer } | null {
  const eocd = pkg.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > pkg.length) return null;
  const count = pkg.readUInt16LE(eocd + 10);
  const start = pkg.readUInt32LE(eocd + 16);
  const records: CentralRecord[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || pkg.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = pkg.readUInt16LE(at + 28);
    const restLength = pkg.readUInt16LE(at + 30) + pkg.readUInt16LE(at + 32);
    if (at + 46 + nameLength + restLength > eocd) return null;
    records.push({
      header: Buffer.from(pkg.subarray(at, at + 46)),
      name: Buffer.from(pkg.subarray(at + 46, at + 46 + nameLength)),
      rest: Buffer.from(pkg.subarray(at + 46 + nameLength, at + 46 + nameLength + restLength)),
    });
    at += 46 + nameLength + restLength;
  }
  return { start, records, end: Buffer.from(pkg.subarray(eocd)) };
}

function editCentral(pkg: Buffer, index: number, edit: CentralEdit): Buffer {
  const central = parseCentral(pkg);
  if (!central || central.records.length === 0) return pkg;
  const { records } = central;
  const record = records[index % records.length]!;
  const name = record.name.toString('utf8');
  const rename = (next: string) => (record.name = Buffer.from(next, 'utf8'));
  switch (edit) {
    case 'dotdot':
      rename(`../${name}`);
      break;
    case 'absolute':
      rename(`/${name}`);
      break;
    case 'drive':
      rename(`C:\\${name}`);
      break;
    case 'backslash':
      rename(name.includes('/') ? name.replace('/', '\\') : `x\\${name}`);
      break;
    case 'upper':
      rename(name.toUpperCase());
      break;
    case 'nul':
      rename(`${name}\0`);
      break;
    case 'nfd':
      rename(name.normalize('NFD'));
      break;
    case 'duplicate':
      record.name = Buffer.from(records[(index + 1) % records.length]!.name);
      break;
    case 'trailing-slash':
      rename(`${name}/`);
      break;
    case 'symlink':
      record.header.writeUInt32LE(unixMode(S_IFLNK | 0o777), 38);
      break;
    case 'encrypted':
      record.header.writeUInt16LE(record.header.readUInt16LE(8) | 1, 8);
      break;
    case 'method':
      record.header.writeUInt16LE(99, 10);
      break;
    case 'size-up':
      record.header.writeUInt32LE((record.header.readUInt32LE(24) + 1) >>> 0, 24);
      break;
    case 'size-down':
      record.header.writeUInt32LE(Math.max(0, record.header.readUInt32LE(24) - 1), 24);
      break;
  }
  const body: Buffer[] = [];
  for (const r of records) {
    r.header.writeUInt16LE(r.name.length, 28);
    body.push(r.header, r.name, r.rest);
  }
  const directory = Buffer.concat(body);
  const end = Buffer.from(central.end);
  end.writeUInt32LE(directory.length, 12);
  return Buffer.concat([pkg.subarray(0, central.start), directory, end]);
}
