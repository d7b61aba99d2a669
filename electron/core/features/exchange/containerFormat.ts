// The exchange package container: constants and types shared by the writer and the reader (docs/exchange-format.md).

export const PACKAGE_FORMAT = 'antt-exchange';
/** The container's first version, which every kind was written with at first; a kind's version grows on its own. */
export const PACKAGE_FORMAT_VERSION = 1;
/**
 * The version each kind is written with and read up to: a change to one kind's records bumps that kind only, so
 * readers of the other kinds are not turned away. Criteria packages are at 2: criteria carry incident categories.
 * Commune-year packages are at 2: units carry their Party organisation and excluded kind, registrations the plan.
 */
export const FORMAT_VERSION_BY_KIND: Readonly<Record<PackageHeader['kind'], number>> = {
  'commune-year': 2,
  criteria: 2,
};
export const PACKAGE_EXTENSION = '.anttpkg';
export const MANIFEST_PATH = 'manifest.json';

export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

export interface PackageHeader {
  kind: 'commune-year' | 'criteria';
  /** UUID identifying this package (provenance, "imported twice"). */
  packageId: string;
  /** The sending office; id is a stable UUID. */
  office: { id: string; name: string; level: string; province: string };
  year: number | null;
  /** ISO 8601 with offset. */
  createdAt: string;
  appVersion: string;
}

export interface Manifest extends PackageHeader {
  format: typeof PACKAGE_FORMAT;
  formatVersion: number;
  entries: ManifestEntry[];
}

/**
 * One entry to write. `compress` overrides the choice made from the path's extension (already-compressed formats
 * are stored, the rest deflated) — useful for names without an extension, such as content-addressed files.
 */
export type EntrySource = ({ path: string; data: Uint8Array } | { path: string; file: string }) & {
  compress?: boolean;
};

export interface Progress {
  (done: number, total: number): void;
}

export interface PackageLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio of one entry... */
  maxRatio: number;
  /** ...checked only for entries at least this large uncompressed, so small JSON files compress freely. */
  ratioFloorBytes: number;
  maxManifestBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: PackageLimits = Object.freeze({
  maxEntries: 200_000,
  maxEntryBytes: 600 * MiB,
  maxTotalBytes: 20 * 1024 * MiB,
  maxRatio: 100,
  ratioFloorBytes: MiB,
  maxManifestBytes: 64 * MiB,
});

export interface PackageReader {
  file: string;
  manifest: Manifest;
  /**
   * Streams every entry once, checking size and SHA-256 against the manifest; throws PackageError on the first
   * mismatch. Progress counts uncompressed bytes.
   */
  verifyAll(options?: { onProgress?: Progress; signal?: AbortSignal }): Promise<void>;
  /** The entry's bytes, verified (size + SHA-256) before returning. */
  readBuffer(path: string): Promise<Buffer>;
  /** readBuffer + JSON.parse; a parse failure is a PackageError. */
  readJson(path: string): Promise<unknown>;
  /**
   * Writes one entry to destFile (created with 'wx', so an existing file is never replaced), verifying size and
   * SHA-256; on a mismatch destFile is removed and a PackageError thrown. `fsync` flushes the file before returning.
   */
  extractTo(path: string, destFile: string, options?: { fsync?: boolean }): Promise<void>;
  /**
   * extractTo for many entries, in file order and in batches: a batch's files are written, then flushed together
   * (`fsync`), which on a journaling file system costs about one flush rather than one per file. On any failure every
   * file this call created is removed.
   */
  extractAll(
    items: { path: string; destFile: string }[],
    options?: { fsync?: boolean; signal?: AbortSignal; onProgress?: Progress },
  ): Promise<void>;
  close(): Promise<void>;
}
