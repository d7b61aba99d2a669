import type { SigningAuthority } from '../domain/accounts.ts';
import type { UnitKind } from '../domain/units.ts';

export type DecisionStatus = 'draft' | 'submitted' | 'signed' | 'issued';

export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã trình ký',
  signed: 'Đã ký, có số',
  issued: 'Đã ban hành',
};

export interface IssuedFile {
  id: number;
  kind: 'decision' | 'certificates';
  fileName: string;
  sha256: string;
  size: number;
}

export interface Decision {
  id: number;
  year: number;
  status: DecisionStatus;
  code: string;
  number: number | null;
  signedOn: string | null;
  subject: string;
  listTitle: string;
  signerName: string | null;
  signerTitle: string | null;
  signingAuthority: SigningAuthority | null;
  onBehalfOf: string | null;
  /** Set on a revocation: the decision it revokes. */
  revokesId: number | null;
  /** Set on a revoked decision: the decision revoking it (draft or signed). */
  revokedById: number | null;
  bases: string[];
  articles: string[];
  recipients: string[];
  units: { unitId: number; name: string; parentName: string | null; kind: UnitKind }[];
  files: IssuedFile[];
  /** The signed paper scanned to PDF, once attached. */
  scans: DecisionScan[];
}

export interface DecisionScan {
  id: number;
  fileName: string;
  sha256: string;
  size: number;
  createdAt: string;
  createdBy: string;
}

/** What may be changed on a draft (all optional; units only removed, never added). */
export interface DecisionDraftPatch {
  subject?: string;
  listTitle?: string;
  bases?: string[];
  articles?: string[];
  recipients?: string[];
  unitIds?: number[];
}

export interface Verification {
  original: boolean;
  decisionId: number | null;
  number: string | null;
  signedOn: string | null;
  fileKind: string | null;
}

/** One number of a year's document register: given to a decision, or voided before issue (never given again). */
export interface RegisterEntry {
  year: number;
  code: string;
  number: number;
  /** "05/QĐ-UBND", with its leading zero. */
  label: string;
  decisionId: number | null;
  subject: string;
  signedOn: string;
  voided: { reason: string; at: string; by: string } | null;
}
