// Decisions: rows -> the API's Decision, in one place for a single decision and for a year's list.
import type { Selectable } from 'kysely';
import type { Decision, DecisionScan, DecisionStatus, IssuedFile } from '#shared/api/decisionTypes.ts';
import type { SigningAuthority } from '#shared/domain/accounts.ts';
import type { UnitKind } from '#shared/domain/units.ts';
import type { DecisionLinesTable, DecisionsTable } from '../../db/schema.ts';

export type DecisionHeadRow = Selectable<DecisionsTable> & { year: number; revoked_by_id: number | null };
export type DecisionLineRow = Pick<Selectable<DecisionLinesTable>, 'section' | 'text'>;
export interface DecisionUnitRow {
  unit_id: number;
  unit_name: string;
  parent_name: string | null;
  kind: string;
}
export interface IssuedFileRow {
  id: number;
  file_kind: string;
  file_name: string;
  sha256: string;
  size: number;
}
export interface DecisionScanRow {
  id: number;
  file_name: string;
  sha256: string;
  size: number;
  created_at: string;
  created_by: string;
  full_name: string | null;
}

/** What belongs to one decision, each list already in its order. */
export interface DecisionParts {
  lines: DecisionLineRow[];
  units: DecisionUnitRow[];
  files: IssuedFileRow[];
  scans: DecisionScanRow[];
}

export function toDecision(d: DecisionHeadRow, parts: DecisionParts): Decision {
  const section = (s: string) => parts.lines.filter((l) => l.section === s).map((l) => l.text);
  return {
    id: d.id,
    year: d.year,
    status: d.status as DecisionStatus,
    code: d.code,
    number: d.number,
    signedOn: d.signed_on,
    subject: d.subject,
    listTitle: d.list_title,
    signerName: d.signer_name,
    signerTitle: d.signer_title,
    signingAuthority: d.signing_authority as SigningAuthority | null,
    onBehalfOf: d.on_behalf_of,
    revokesId: d.revokes_id,
    revokedById: d.revoked_by_id,
    bases: section('basis'),
    articles: section('article'),
    recipients: section('recipient'),
    units: parts.units.map((u) => ({
      unitId: u.unit_id,
      name: u.unit_name,
      parentName: u.parent_name,
      kind: u.kind as UnitKind,
    })),
    files: parts.files.map((f): IssuedFile => ({
      id: f.id,
      kind: f.file_kind as IssuedFile['kind'],
      fileName: f.file_name,
      sha256: f.sha256,
      size: f.size,
    })),
    // Shown by the person's name; the username stays when the account is gone.
    scans: parts.scans.map((x): DecisionScan => ({
      id: x.id,
      fileName: x.file_name,
      sha256: x.sha256,
      size: x.size,
      createdAt: x.created_at,
      createdBy: x.full_name ?? x.created_by,
    })),
  };
}
