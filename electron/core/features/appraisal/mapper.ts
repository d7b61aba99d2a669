// Dossier rows -> the API's files and status changes of a dossier's detail.
import type { Selectable } from 'kysely';
import type { DossierFile, StatusChange } from '#shared/api/roundTypes.ts';
import type { AttachmentsTable, DossierFilesTable, DossierStatusHistoryTable } from '../../db/schema.ts';

type DossierFileRow = Omit<Selectable<DossierFilesTable>, 'dossier_id' | 'attachment_id' | 'source_path'> &
  Pick<Selectable<AttachmentsTable>, 'size' | 'sha256'>;

export function toDossierFile(r: DossierFileRow): DossierFile {
  return {
    id: r.id,
    componentCode: r.component_code,
    originalName: r.original_name,
    size: r.size,
    sha256: r.sha256,
    addedAt: r.added_at,
    addedBy: r.added_by,
  };
}

/** A status change with the person's name (their login when the account is gone). */
export function toStatusChange(h: Selectable<DossierStatusHistoryTable> & { actor_name: string }): StatusChange {
  return { fromStatus: h.from_status, toStatus: h.to_status, reason: h.reason, at: h.at, actor: h.actor_name };
}
