// Exchange packages as the renderer sees them: what a package holds and would change, never paths.

/** Every kind a package can carry; a preview counts each (zeros for kinds its package kind does not hold). */
export const RECORD_KINDS = ['units', 'dossiers', 'decisions', 'criteriaSets', 'templates'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  units: 'Đơn vị',
  dossiers: 'Hồ sơ',
  decisions: 'Quyết định',
  criteriaSets: 'Bộ tiêu chí',
  templates: 'Mẫu văn bản',
};

export type PackageKind = 'commune-year' | 'criteria';

export const PACKAGE_KIND_LABELS: Record<PackageKind, string> = {
  'commune-year': 'Dữ liệu năm của xã, phường',
  criteria: 'Tiêu chí và mẫu văn bản từ cấp trên',
};

export type Change = 'new' | 'changed' | 'conflicting' | 'unchanged';
export type ConflictChoice = 'keep' | 'take';

export interface KindCounts {
  new: number;
  changed: number;
  conflicting: number;
  unchanged: number;
}

export interface Conflict {
  kind: RecordKind;
  /** The record's stable id in the package; a choice names it. */
  id: string;
  label: string;
  reason: string;
}

export interface PackageOffice {
  id: string;
  name: string;
  level: string;
  province: string;
}

export interface ImportPreview {
  packageId: string;
  packageKind: PackageKind;
  office: PackageOffice;
  year: number | null;
  createdAt: string;
  appVersion: string;
  fileName: string;
  /** This very package was imported before. */
  alreadyImported: boolean;
  counts: Record<RecordKind, KindCounts>;
  /** Up to 1,000, for the user to decide on. */
  conflicts: Conflict[];
  files: { total: number; newFiles: number; bytes: number };
}

export interface ImportResult {
  preview: ImportPreview;
  applied: boolean;
  importId: number | null;
  written: Record<RecordKind, number>;
}

export const emptyCounts = (): Record<RecordKind, KindCounts> =>
  Object.fromEntries(RECORD_KINDS.map((k) => [k, { new: 0, changed: 0, conflicting: 0, unchanged: 0 }])) as Record<
    RecordKind,
    KindCounts
  >;

export const noneWritten = (): Record<RecordKind, number> =>
  Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
