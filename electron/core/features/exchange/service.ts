// One entry point for importing any package: it is opened (and its container checked) once, then handed to the
// importer of its kind. The CLI and the app's handlers import through here.
import path from 'node:path';
import type { ServiceContext } from '../../context.ts';
import type { ImportResult, PackageKind } from '#shared/api/exchangeTypes.ts';
import { reject } from './provenance.ts';
import { openPackage } from './container.ts';
import { importCriteria } from './criteriaPackage.ts';
import { importCommuneYear, type ImportOptions } from './importPackage.ts';

/** What to do instead of importing a package this office wrote itself. */
const OWN_PACKAGE: Record<PackageKind, string> = {
  'commune-year':
    'Gói này do chính cơ quan này xuất ra. Muốn đưa dữ liệu về như cũ, hãy dùng "Phục hồi" từ bản sao lưu.',
  criteria: 'Gói tiêu chí này do chính cơ quan này xuất ra, không cần nhập lại. Hãy mang gói tới cơ quan cấp dưới.',
};

export async function importExchangePackage(
  ctx: ServiceContext,
  file: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const reader = await openPackage(file);
  try {
    // Read only: an office that never exported has no id yet, and then no package can be its own.
    const own = await ctx.store.db
      .selectFrom('office_settings')
      .select('office_uid')
      .where('id', '=', 1)
      .executeTakeFirst();
    if (own?.office_uid && reader.manifest.office.id === own.office_uid) {
      throw reject(OWN_PACKAGE[reader.manifest.kind]);
    }
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
