// Decisions: rows -> the API's Decision, in one place for a single decision and for a year's list.
import type { Selectable } from 'kysely';
import type { Decision, DecisionScan, IssuedFile } from '#shared/api/decisionTypes.ts';
import type {
  AttachmentsTable,
  DecisionLinesTable,
  DecisionScansTable,
  DecisionUnitsTable,
  DecisionsTable,
  IssuedFilesTable,
  UnitsTable,
} from '../../db/schema.ts';

export type DecisionHeadRow = Selectable<DecisionsTable> & { year: number; revoked_by_id: number | null };
type DecisionLineRow = Pick<Selectable<DecisionLinesTable>, 'section' | 'text'>;
type DecisionUnitRow = Pick<Selectable<DecisionUnitsTable>, 'unit_id' | 'unit_name' | 'parent_name'> &
  Pick<Selectable<UnitsTable>, 'kind'>;
type IssuedFileRow = Omit<Selectable<IssuedFilesTable>, 'decision_id' | 'created_at' | 'created_by'>;
type DecisionScanRow = Omit<Selectable<DecisionScansTable>, 'decision_id' | 'attachment_id'> &
  Pick<Selectable<AttachmentsTable>, 'sha256' | 'size'> & { full_name: string | null };

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
    status: d.status,
    code: d.code,
    number: d.number,
    signedOn: d.signed_on,
    subject: d.subject,
    listTitle: d.list_title,
    signerName: d.signer_name,
    signerTitle: d.signer_title,
    signingAuthority: d.signing_authority,
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
      kind: u.kind,
    })),
    files: parts.files.map((f): IssuedFile => ({
      id: f.id,
      kind: f.file_kind,
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
