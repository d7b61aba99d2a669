// manifest.json: parsed and checked before anything else in a package is trusted.
import { z } from 'zod';
import { packageErrors, quoteName } from './containerErrors.ts';
import {
  FORMAT_VERSION_BY_KIND,
  MANIFEST_PATH,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type Manifest,
} from './containerFormat.ts';
import { pathKey, pathProblem } from './containerPaths.ts';

const entryPathSchema = z
  .string()
  .max(1000)
  .superRefine((path, ctx) => {
    const problem = path === MANIFEST_PATH ? 'là tên dành riêng cho tệp mô tả' : pathProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

// Unknown keys are dropped, not refused: a writer may add optional fields without bumping formatVersion.
export const packageHeaderSchema = z.object({
  kind: z.enum(['commune-year', 'criteria']),
  packageId: z.uuid(),
  office: z.object({
    id: z.uuid(),
    name: z.string().min(1).max(500),
    level: z.string().max(200),
    province: z.string().max(200),
  }),
  year: z.int().min(1900).max(9999).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().min(1).max(100),
});

export const manifestEntrySchema = z.object({
  path: entryPathSchema,
  size: z.int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const manifestSchema = packageHeaderSchema.extend({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z
    .int()
    .min(1)
    .max(Math.max(...Object.values(FORMAT_VERSION_BY_KIND))),
  entries: z.array(manifestEntrySchema),
});

/** "entries.3.sha256: ..." for the first problem zod found, in words a message can carry. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'cấu trúc không đúng';
  const where = issue.path.length ? `trường "${issue.path.map(String).join('.')}"` : 'nội dung';
  return issue.code === 'custom' ? `${where} ${issue.message}` : `${where} thiếu hoặc sai giá trị`;
}

export function parseManifest(bytes: Uint8Array, maxEntries: number): Manifest {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw packageErrors.badManifest('không phải văn bản UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw packageErrors.badManifest('không phải dữ liệu JSON đọc được');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw packageErrors.notExchangePackage();
  const raw = value as Record<string, unknown>;
  if (raw.format !== PACKAGE_FORMAT) throw packageErrors.notExchangePackage();
  // The version is checked before the schema: a newer package may legitimately look different.
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw packageErrors.badManifest('phiên bản định dạng gói ("formatVersion") không hợp lệ');
  }
  const supported =
    typeof raw.kind === 'string' && Object.hasOwn(FORMAT_VERSION_BY_KIND, raw.kind)
      ? FORMAT_VERSION_BY_KIND[raw.kind as Manifest['kind']]
      : PACKAGE_FORMAT_VERSION;
  if (version > supported) throw packageErrors.newerVersion(version, supported);
  if (Array.isArray(raw.entries) && raw.entries.length > maxEntries) {
    throw packageErrors.tooManyEntries(raw.entries.length, maxEntries);
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) throw packageErrors.badManifest(describeIssue(parsed.error));
  const seen = new Set<string>();
  for (const entry of parsed.data.entries) {
    const key = pathKey(entry.path);
    if (seen.has(key)) throw packageErrors.badManifest(`tệp ${quoteName(entry.path)} được liệt kê hai lần`);
    seen.add(key);
  }
  return parsed.data;
}
