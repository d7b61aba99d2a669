// The exchange package container: one zip with a manifest of every entry's size and SHA-256, written atomically and
// read with nothing trusted until checked. The format is specified in docs/exchange-format.md.
export {
  DEFAULT_LIMITS,
  FORMAT_VERSION_BY_KIND,
  MANIFEST_PATH,
  PACKAGE_EXTENSION,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type EntrySource,
  type Manifest,
  type ManifestEntry,
  type PackageHeader,
  type PackageLimits,
  type PackageReader,
  type Progress,
} from './containerFormat.ts';
export { PackageError, type PackageProblem } from './containerErrors.ts';
export { isPrecompressed, pathProblem } from './containerPaths.ts';
export { manifestSchema, packageHeaderSchema } from './containerManifest.ts';
export { openPackage, openPackageBuffer } from './containerRead.ts';
export { writePackage } from './containerWrite.ts';
