// The demo commune's own part of the year: the deadlines its province set, and the commune itself registered
// with its own dossier and self-appraisal, which it sends up to the level that recognises communes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServiceContext } from '../../context.ts';
import { getCampaign, updateCampaign } from '../campaigns/index.ts';
import { attachFiles } from '../dossiers/index.ts';
import { receiveDossier, saveRegistration } from '../round/index.ts';
import { appraiseAsSuggested, placeholderPdf } from './round.ts';

/** Dossier and decision deadlines as the demo's province guided them ("do tỉnh hướng dẫn"). */
export async function setDemoDeadlines(ctx: ServiceContext, year: number): Promise<void> {
  const campaign = await getCampaign(ctx.store.db, year);
  const windows = campaign.windows.map((w) => {
    const residential = w.kind === 'khu_dan_cu';
    return {
      ...w,
      dossierDeadline: residential ? `${year}-11-05` : `${year}-11-20`,
      decisionDeadline: residential ? `${year}-11-25` : `${year}-12-05`,
    };
  });
  await updateCampaign(ctx, year, campaign.criteriaSetId, windows);
}

const COMMUNE_COMPONENTS = ['dang_ky', 'nghi_quyet', 'ke_hoach', 'bao_cao', 'bien_ban', 'to_trinh', 'tu_danh_gia'];

/** The commune registers in quarter I, files its dossier and appraises itself; it never recognises itself. */
export async function seedDemoCommune(ctx: ServiceContext, year: number): Promise<void> {
  const db = ctx.store.db;
  const commune = await db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('kind', '=', 'xa_phuong')
    .where('source_office_id', 'is', null)
    .where('active_until', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  if (!commune) return;
  await saveRegistration(ctx, year, commune.id, {
    registeredOn: `${year}-02-15`,
    resolutionNumber: `05-NQ/ĐU`,
    resolutionDate: `${year}-01-20`,
    householdsRegistered: null,
    householdsTotal: null,
    note: 'Nghị quyết của Đảng ủy và kế hoạch của Ủy ban nhân dân xã trong quý I.',
    planNumber: '18/KH-UBND',
    planDate: `${year}-01-28`,
  });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-demo-xa-'));
  try {
    const assignments = COMMUNE_COMPONENTS.map((code) => {
      const rel = `${code}.pdf`;
      fs.writeFileSync(path.join(folder, rel), placeholderPdf(`${commune.name} - ${code} - ${year}`));
      return { relativePath: rel, unitId: commune.id, componentCode: code };
    });
    await attachFiles(ctx, folder, year, assignments);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const dossierId = await receiveDossier(ctx, year, commune.id, `${year}-11-16`);
  await appraiseAsSuggested(
    ctx,
    dossierId,
    `${year}-11-17`,
    'Ban Chỉ đạo xã họp tự đánh giá trước khi gửi hồ sơ lên cấp trên.',
  );
}
