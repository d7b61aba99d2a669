// The demo's year: a round in mixed states — registered or not, dossiers complete or missing parts,
// appraised đạt and chưa đạt, proposed and not proposed.
import { localIsoDate } from '#shared/text/dates.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServiceContext } from '../../context.ts';
import { openCampaign } from '../campaigns/index.ts';
import { attachFiles } from '../dossiers/index.ts';
import { createIncident } from '../incidents/index.ts';
import { dossierDetail, saveAppraisal } from '../appraisal/index.ts';
import { issueDecision, createDecision, signDecision, submitDecision } from '../decisions/index.ts';
import { bulkRegister, receiveDossier, saveRegistration, setDossierStatus } from '../round/index.ts';
import { seedDemoCommune, setDemoDeadlines } from './commune.ts';

/** Appraises a dossier at a meeting: each criterion as the data suggests, "đạt" where the data says nothing. */
export async function appraiseAsSuggested(
  ctx: ServiceContext,
  dossierId: number,
  reviewDate: string,
  reviewDetail: string,
) {
  const detail = await dossierDetail(ctx.store.db, dossierId, localIsoDate(ctx.now()));
  return saveAppraisal(ctx, {
    dossierId,
    version: detail.version,
    items: detail.items.map((it) => ({
      criterionId: it.criterion.id,
      verdict: it.verdict === 'chua_danh_gia' ? 'dat' : it.verdict,
      note: it.suggestion ?? (it.verdict === 'khong_dat' ? 'Không đạt theo dữ liệu của đợt xét.' : null),
    })),
    resultOverride: null,
    overrideReason: null,
    reviewMethod: 'hop',
    reviewDate,
    reviewDetail,
  });
}

/** A small valid one-page PDF, standing in for a scanned document. */
export function placeholderPdf(title: string): Buffer {
  const text = title
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[()\\]/g, '');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 16 Tf 72 760 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 16 Tf 72 760 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const COMPONENTS = ['dang_ky', 'nghi_quyet', 'ke_hoach', 'bao_cao', 'bien_ban', 'to_trinh'];

export async function seedDemoRound(office: ServiceContext, year: number): Promise<{ created: boolean }> {
  // The sample year is told as of 18/11 (its decision's signing day), so its registrations, receipts and signing are never after "today".
  const ctx: ServiceContext = { ...office, now: () => new Date(year, 10, 18, 9) };
  const db = ctx.store.db;
  const campaign = await openCampaign(ctx, year);
  const started = await db
    .selectFrom('registrations')
    .select('id')
    .where('campaign_id', '=', campaign.id)
    .executeTakeFirst();
  if (started) return { created: false };
  await setDemoDeadlines(ctx, year);

  const units = await db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'households'])
    .where('active_until', 'is', null)
    .orderBy('sort_key')
    .execute();
  const managed = units.filter((u) => u.kind !== 'xa_phuong');
  // Most register on time with every household; a few late, partial or not at all.
  const onTime = managed.filter((_, i) => i % 9 !== 4 && i % 11 !== 7);
  await bulkRegister(
    ctx,
    year,
    onTime.map((u) => u.id),
    `${year}-02-20`,
    true,
  );
  const partial = managed.find((_, i) => i % 11 === 7);
  if (partial) {
    await saveRegistration(ctx, year, partial.id, {
      registeredOn: `${year}-04-10`,
      resolutionNumber: null,
      resolutionDate: null,
      householdsRegistered: partial.households === null ? null : Math.floor(partial.households * 0.9),
      householdsTotal: partial.households,
      note: 'Đăng ký muộn, chưa đủ hộ.',
    });
  }

  // Dossiers: scanned files for about two thirds of the registered units, some missing parts.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-demo-'));
  try {
    const withDossier = onTime.filter((_, i) => i % 3 !== 2);
    const assignments = withDossier.flatMap((u, i) =>
      COMPONENTS.filter((_, c) => i % 4 !== 1 || c < 4).map((code) => {
        const rel = `${u.id}/${code}.pdf`;
        fs.mkdirSync(path.join(folder, String(u.id)), { recursive: true });
        fs.writeFileSync(path.join(folder, rel), placeholderPdf(`${u.name} - ${code} - ${year}`));
        return { relativePath: rel, unitId: u.id, componentCode: code };
      }),
    );
    await attachFiles(ctx, folder, year, assignments);
    const dossierOf = new Map<number, number>();
    for (const u of withDossier) dossierOf.set(u.id, await receiveDossier(ctx, year, u.id, `${year}-10-2${u.id % 8}`));

    // One appraised residential area had an incident in its window: it comes out chưa đạt.
    const troubled = withDossier.find((u, i) => u.kind === 'khu_dan_cu' && i % 2 === 0 && i % 4 !== 0);
    if (troubled) {
      await createIncident(ctx, {
        unitId: troubled.id,
        occurredOn: `${year}-06-14`,
        category: 'khieu_kien',
        note: 'Tranh chấp đất đai kéo dài, nhiều hộ tụ tập khiếu kiện.',
      });
    }
    // Appraise half of the received dossiers: every criterion met unless the data says otherwise.
    for (const [i, u] of withDossier.entries()) {
      if (i % 2 === 1) continue;
      const dossierId = dossierOf.get(u.id)!;
      const saved = await appraiseAsSuggested(
        ctx,
        dossierId,
        `${year}-11-0${(i % 5) + 1}`,
        'Họp Ban Chỉ đạo, 9/11 thành viên dự.',
      );
      if (saved.result === 'dat' && i % 4 === 0) await setDossierStatus(ctx, dossierId, 'de_nghi', null);
      if (saved.result === 'chua_dat') {
        await setDossierStatus(ctx, dossierId, 'khong_de_nghi', 'Không đạt tiêu chí về an ninh, trật tự.');
      }
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  // One issued decision: the proposed residential areas, signed by the default signer.
  const proposed = await db
    .selectFrom('dossiers as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .select('u.id')
    .where('d.campaign_id', '=', campaign.id)
    .where('d.status', '=', 'de_nghi')
    .where('u.kind', '=', 'khu_dan_cu')
    .execute();
  const signer = await db.selectFrom('signers').select('id').where('is_default', '=', 1).executeTakeFirst();
  if (proposed.length > 0 && signer) {
    const draft = await createDecision(
      ctx,
      year,
      proposed.map((p) => p.id),
    );
    await submitDecision(ctx, draft.id);
    await signDecision(ctx, draft.id, { signedOn: `${year}-11-18`, signerId: signer.id });
    await issueDecision(ctx, draft.id);
  }
  await seedDemoCommune(ctx, year);
  return { created: true };
}
