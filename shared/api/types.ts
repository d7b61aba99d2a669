import type { ExcludedKind } from '../domain/competence.ts';
import type { OfficeLevel, Role, SigningAuthority } from '../domain/accounts.ts';
import type { UnitKind, UnitSubtype } from '../domain/units.ts';

export interface User {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
}

export interface Signer {
  id: number;
  fullName: string;
  title: string;
  authority: SigningAuthority;
  isDefault: boolean;
  active: boolean;
}

export interface OfficeSettings {
  level: OfficeLevel;
  /** Upper line of the issuing body, as printed: "ỦY BAN NHÂN DÂN". */
  issuingBodyUpper: string;
  /** Lower line, as printed: "XÃ ĐÔNG SƠN". */
  localityUpper: string;
  /** Place name for date lines: "Đông Sơn". */
  placeName: string;
  provinceName: string;
  committeeName: string;
  standingOfficeName: string;
  decisionCode: string;
  proposalCode: string;
  archiveCode: string;
  /** "Kính gửi" of the tờ trình; null: the chair of the People's Committee. */
  proposalAddressee: string | null;
  /** Who recognises the commune itself (never the commune); null: the province, unconfirmed. */
  communeRecogniser: string | null;
  /** Issuing date of Thông tư 48/2025/TT-BCA as checked by the office; null: cited without a date. */
  tt48Date: string | null;
  signers: Signer[];
  updatedAt: string;
  updatedBy: string;
}

export interface Unit {
  id: number;
  uid: string;
  kind: UnitKind;
  subtype: UnitSubtype | null;
  name: string;
  parentId: number | null;
  parentName: string | null;
  address: string | null;
  headName: string | null;
  headPhone: string | null;
  households: number | null;
  population: number | null;
  notes: string | null;
  activeFrom: string | null;
  activeUntil: string | null;
  mergedIntoId: number | null;
  mergedIntoName: string | null;
  importBatchId: number | null;
  /** The commune the unit was received from in an exchange package; null for this office's own unit. */
  sourceOfficeId: number | null;
  sourceOfficeName: string | null;
  /**
   * The quarter-I resolution is required only where the unit has a Party organisation. Optional with the two
   * fields below so that units built before them (packages, fixtures) still type; the database always has them.
   */
  hasPartyOrganisation?: boolean;
  /** A kind Thông tư 124 leaves out (Điều 1 khoản 2), kept only with the office's reason. */
  excludedKind?: ExcludedKind | null;
  excludedReason?: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

export interface UnitPage {
  rows: Unit[];
  /** Units matching the filters, for the grid's scroll bar; only when counts were asked for. */
  total: number | null;
  /** Per kind for the same filters (kind aside); only when counts were asked for. */
  countsByKind: Record<UnitKind, number> | null;
}

export interface SessionState {
  initialized: boolean;
  user: User | null;
  office: OfficeSettings | null;
  dataDir: string;
  /** The data is the demo's sample: marked on screen, and can be cleared to start for real. */
  sampleData: boolean;
}

export type ImportField =
  | 'name'
  | 'kind'
  | 'subtype'
  | 'parentName'
  | 'address'
  | 'headName'
  | 'headPhone'
  | 'households'
  | 'population'
  | 'notes';

export interface ImportColumn {
  index: number;
  header: string;
  field: ImportField | null;
}

export type ImportRowStatus = 'new' | 'duplicate' | 'error' | 'skipped';

export interface ImportRow {
  /** Row number as the spreadsheet shows it (1-based). */
  rowNumber: number;
  status: ImportRowStatus;
  name: string;
  kind: UnitKind | null;
  subtype: UnitSubtype | null;
  parentName: string | null;
  address: string | null;
  headName: string | null;
  headPhone: string | null;
  households: number | null;
  population: number | null;
  notes: string | null;
  problems: string[];
}

export interface ImportAnalysis {
  fileName: string;
  sheets: string[];
  sheet: string;
  /** 1-based row number of the header row. */
  headerRow: number;
  columns: ImportColumn[];
  encoding: 'unicode' | 'tcvn3' | 'vni';
  rows: ImportRow[];
  counts: Record<ImportRowStatus, number>;
}

export interface ImportBatch {
  id: number;
  fileName: string;
  sheet: string;
  kind: UnitKind | null;
  unitCount: number;
  createdAt: string;
  createdBy: string;
  undoneAt: string | null;
  undoneBy: string | null;
}
