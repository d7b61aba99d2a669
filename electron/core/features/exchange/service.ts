// One entry point for importing any package: it is opened (and its container checked) once, then handed to the
// importer of its kind. The CLI and the app's handlers import through here.
import path from 'node:path';
import type { ServiceContext } from '../../context.ts';
import type { ImportResult } from '../../../../shared/api/exchangeTypes.ts';
import { openPackage } from './container.ts';
import { importCriteria } from './criteriaPackage.ts';
import { importCommuneYear, type ImportOptions } from './importPackage.ts';

export async function importExchangePackage(
  ctx: ServiceContext,
  file: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const reader = await openPackage(file);
  try {
    const importer = reader.manifest.kind === 'criteria' ? importCriteria : importCommuneYear;
    return await importer(ctx, reader, path.basename(file), options);
  } finally {
    await reader.close();
  }
}

/** What a package holds and would change, without writing anything. */
export async function previewExchangePackage(
  ctx: ServiceContext,
  file: string,
  options: Omit<ImportOptions, 'dryRun'> = {},
) {
  return (await importExchangePackage(ctx, file, { ...options, dryRun: true })).preview;
}
