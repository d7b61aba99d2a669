// Exchange packages as the renderer sees them: what a package holds and would change, never paths.
import type { ExcludedKind } from '../domain/competence.ts';

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

/** How a choice names a conflict: ids are unique within a kind only. */
export const conflictKey = (kind: RecordKind, id: string) => `${kind}:${id}`;

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
  /** Fields that differ, as shown to the user: this office's value and the package's. */
  details?: { field: string; here: string; package: string }[];
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

/** A package written by this office. */
export interface ExportDone {
  fileName: string;
  size: number;
  packageKind: PackageKind;
  counts: Partial<Record<RecordKind | 'files', number>>;
}

/** One imported package, as kept for provenance. */
export interface ImportRecordView {
  id: number;
  packageId: string;
  packageKind: string;
  officeName: string;
  year: number | null;
  packageCreatedAt: string;
  fileName: string;
  importedAt: string;
  importedBy: string;
  written: Partial<Record<RecordKind, number>>;
}

/** An office packages came from, with what this office holds of it. */
export interface ReceivedOfficeView {
  id: number;
  name: string;
  level: string;
  province: string;
  firstSeenAt: string;
  lastSeenAt: string;
  units: number;
  /** Received dossiers per year, newest year first. */
  dossierYears: { year: number; dossiers: number }[];
  decisions: number;
  /** Criteria sets received from it, and whether the decision template in use is its wording. */
  criteriaSets: number;
  template: boolean;
}

export interface ExchangeOverview {
  imports: ImportRecordView[];
  offices: ReceivedOfficeView[];
}

export interface ReceivedFileView {
  position: number;
  name: string;
  /** A dossier component code, or a decision file's kind. */
  tag: string | null;
}

export interface ReceivedDossierView {
  id: number;
  unitName: string;
  unitKind: string;
  status: string;
  /** The result the commune recorded (its override when there is one). */
  result: string | null;
  receivedOn: string | null;
  /** The commune's registration as the package carries it (plan and excluded reason from format version 2). */
  registration: ReceivedRegistrationView | null;
  /** The unit's kind left out of recognition (Thông tư 124 Điều 1 khoản 2), if any. */
  excludedKind: ExcludedKind | null;
  files: ReceivedFileView[];
}

export interface ReceivedRegistrationView {
  registeredOn: string;
  resolutionNumber: string | null;
  resolutionDate: string | null;
  planNumber: string | null;
  planDate: string | null;
  excludedReason: string | null;
}

export interface ReceivedDecisionView {
  id: number;
  year: number;
  number: number;
  code: string;
  signedOn: string;
  subject: string;
  units: number;
  files: ReceivedFileView[];
}

export interface ReceivedData {
  office: ReceivedOfficeView;
  year: number | null;
  dossiers: ReceivedDossierView[];
  decisions: ReceivedDecisionView[];
}
