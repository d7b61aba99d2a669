// Files from a USB folder into dossiers: propose unit and component per file, then copy in and record.
import fs from 'node:fs';
import path from 'node:path';
import type { AttachResult, FolderProposal } from '#shared/api/roundTypes.ts';
import { sql } from 'kysely';
import type { DossierStatus } from '#shared/domain/round.ts';
import { localIsoDate } from '#shared/text/dates.ts';
import { created, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { ensureCampaign } from '../campaigns/index.ts';
import { ensureDossier, recordStatusChange } from '../round/index.ts';
import { DEFAULT_COMPONENT_KEYWORDS, proposeMatches, type MatchComponent, type MatchUnit } from './match.ts';
import { attachmentId, listFolder, storeFile } from '../../attachments/store.ts';
import { fileProblem, listedSource, pickedFolder } from '../../attachments/folderSource.ts';
import { extensionOfName } from '#shared/files/viewable.ts';
import { contentProblem } from '../../attachments/signature.ts';

/** Proposals at or above this confidence are taken without asking. */
export const ACCEPT_CONFIDENCE = 0.6;

async function matchInputs(db: Db, year: number): Promise<{ units: MatchUnit[]; components: MatchComponent[] }> {
  const units = await db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'subtype'])
    // Received units belong to their commune's round: files are never matched to them.
    .where('source_office_id', 'is', null)
    .where((eb) => eb.or([eb('active_until', 'is', null), eb('active_until', '>=', `${year - 1}-11-01`)]))
    .execute();
  const components = (
    await db.selectFrom('dossier_components').select(['code', 'label']).where('active', '=', 1).execute()
  ).map((c) => ({ code: c.code, label: c.label, keywords: DEFAULT_COMPONENT_KEYWORDS[c.code] ?? [] }));
  return { units, components };
}

function assertFolder(dir: string): void {
  let ok = false;
  try {
    ok = fs.statSync(dir).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok)
    throw new DomainError('validation', `Không tìm thấy thư mục "${dir}". Hãy kiểm tra USB đã cắm và đường dẫn đúng.`);
}

export async function previewFolder(db: Db, dir: string, year: number): Promise<FolderProposal[]> {
  assertFolder(dir);
  const files = listFolder(dir);
  const { units, components } = await matchInputs(db, year);
  const names = new Map(units.map((u) => [u.id, u.name]));
  return proposeMatches(files, units, components).map((p) => {
    const file = path.join(dir, ...p.relativePath.split('/'));
    const refused = fileProblem(file, path.basename(file));
    const proposal = { ...p, size: fs.statSync(file).size, refused };
    // A refused file is shown with its reason and never proposed for a dossier.
    if (refused)
      return {
        ...proposal,
        unitId: null,
        unitName: null,
        unitConfidence: 0,
        componentCode: null,
        componentConfidence: 0,
      };
    return { ...proposal, unitName: p.unitId === null ? null : (names.get(p.unitId) ?? null) };
  });
}

export interface Assignment {
  relativePath: string;
  unitId: number | null;
  componentCode: string | null;
}

/** Proposals the app would take on its own: confident unit, component only when confident too. */
export function acceptedAssignments(proposals: FolderProposal[]): Assignment[] {
  return proposals.map((p) => ({
    relativePath: p.relativePath,
    unitId: p.unitConfidence >= ACCEPT_CONFIDENCE ? p.unitId : null,
    componentCode:
      p.unitConfidence >= ACCEPT_CONFIDENCE && p.componentConfidence >= ACCEPT_CONFIDENCE ? p.componentCode : null,
  }));
}

/** Copies assigned files into the store (source only read), then records them in one transaction. */
export async function attachFiles(
  ctx: ServiceContext,
  dir: string,
  year: number,
  assignments: Assignment[],
): Promise<AttachResult> {
  assertFolder(dir);
  const root = path.resolve(dir);
  // Only files the app lists in the picked folder, checked all before any is copied.
  const folder = pickedFolder(root, listFolder(root));
  const sources = new Map<Assignment, string>();
  for (const a of assignments) {
    if (a.unitId === null) continue;
    const source = listedSource(folder, a.relativePath);
    const problem = fileProblem(source, path.basename(a.relativePath));
    if (problem) throw new DomainError('validation', `Không nhận tệp "${a.relativePath}": ${problem}.`);
    sources.set(a, source);
  }
  const stored: { a: Assignment; sha256: string; size: number; extension: string }[] = [];
  for (const [a, source] of sources) {
    const extension = extensionOfName(path.basename(a.relativePath));
    try {
      stored.push({ a, ...storeFile(ctx.store.attachmentsDir, source, (copy) => contentProblem(copy, extension)) });
    } catch (error) {
      if (error instanceof DomainError) throw error;
      if (error instanceof RangeError)
        throw new DomainError('validation', `Tệp "${a.relativePath}" quá lớn (trên 500 MB).`);
      throw new DomainError('io', `Không đọc được tệp "${a.relativePath}". Hãy kiểm tra USB rồi thử lại.`);
    }
  }
  return ctx.store.db.transaction().execute(async (trx) => {
    const campaign = await ensureCampaign(trx, ctx, year);
    const components = new Set(
      (await trx.selectFrom('dossier_components').select('code').execute()).map((c) => c.code),
    );
    let attached = 0;
    let alreadyPresent = 0;
    let dossiersCreated = 0;
    const dossierIds = new Map<number, number>();
    for (const { a, sha256, size, extension } of stored) {
      const unitId = a.unitId!;
      if (!dossierIds.has(unitId)) {
        const exists = await trx.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst();
        if (!exists) throw new DomainError('validation', `Đơn vị được chọn cho tệp "${a.relativePath}" không còn.`);
        const d = await ensureDossier(trx, ctx, campaign.id, unitId);
        dossierIds.set(unitId, d.id);
        if (d.created) dossiersCreated++;
      }
      const attachment = { id: await attachmentId(trx, ctx, { sha256, size, extension }) };
      const res = await trx
        .insertInto('dossier_files')
        .values({
          dossier_id: dossierIds.get(unitId)!,
          component_code: a.componentCode && components.has(a.componentCode) ? a.componentCode : null,
          attachment_id: attachment.id,
          original_name: path.basename(a.relativePath),
          source_path: a.relativePath,
          added_at: created(ctx).created_at,
          added_by: ctx.actor,
        })
        .onConflict((oc) => oc.columns(['dossier_id', 'attachment_id']).doNothing())
        .executeTakeFirst();
      if (Number(res.numInsertedOrUpdatedRows ?? 0n) > 0) attached++;
      else alreadyPresent++;
    }
    // Files handed over on a stick are the dossier's receipt: record when and by whom, once.
    const today = localIsoDate(ctx.now());
    for (const dossierId of dossierIds.values()) {
      const d = await trx
        .selectFrom('dossiers')
        .select(['status', 'received_on'])
        .where('id', '=', dossierId)
        .executeTakeFirstOrThrow();
      if (d.received_on !== null) continue;
      const from = d.status;
      const status: DossierStatus = from === 'chua_nop' ? 'da_nhan' : from;
      await trx
        .updateTable('dossiers')
        .set({ received_on: today, received_by: ctx.actor, status, ...updated(ctx), version: sql`version + 1` })
        .where('id', '=', dossierId)
        .execute();
      await recordStatusChange(trx, ctx, dossierId, from, status, `Nhận tệp từ thư mục ${path.basename(root)}`);
    }
    await recordAudit(
      trx,
      ctx,
      'attach-folder',
      'campaign',
      campaign.id,
      `Nhận ${attached} tệp từ thư mục ${path.basename(root)}`,
    );
    return {
      year,
      attached,
      alreadyPresent,
      dossiersCreated,
      unmatched: assignments.filter((a) => a.unitId === null).map((a) => a.relativePath),
    };
  });
}
