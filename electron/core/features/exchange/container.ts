// The exchange package container: one zip with a manifest of every entry's size and SHA-256, written atomically and
// read with nothing trusted until checked. The format is specified in docs/exchange-format.md.
// Everything the format module defines (constants, header, manifest, limits, reader) is part of the API.
export * from './containerFormat.ts';
export { PackageError, type PackageProblem } from './containerErrors.ts';
export { isPrecompressed, pathProblem } from './containerPaths.ts';
export { manifestSchema, packageHeaderSchema } from './containerManifest.ts';
export { openPackage, openPackageBuffer } from './containerRead.ts';
export { writePackage } from './containerWrite.ts';
