// Recognition decisions: a draft from proposed units, submitted for signature, signed with the next number of
// the year's register (units become recognised), then issued as .docx files whose SHA-256 is recorded.
import { sql } from 'kysely';
import type { OfficeSettings } from '../../../../shared/api/types.ts';
import type { Decision, DecisionStatus, IssuedFile } from '../../../../shared/api/decisionTypes.ts';
import type { SigningAuthority } from '../../../../shared/domain/accounts.ts';
import type { DossierStatus } from '../../../../shared/domain/round.ts';
import type { UnitKind } from '../../../../shared/domain/units.ts';
import { created, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { DomainError, notFound } from '../../errors.ts';
import { getCampaign } from '../campaigns/service.ts';
import { recordStatusChange } from '../round/service.ts';
import { formatNumberCode } from '../documents/format.ts';
import { getSettings } from '../settings/service.ts';

export type DecisionRecord = Decision;

const KIND_PLURAL: Record<UnitKind, string> = {
  khu_dan_cu: 'khu dân cư',
  xa_phuong: 'xã, phường, đặc khu',
  co_quan: 'cơ quan',
  doanh_nghiep: 'doanh nghiệp',
  co_so_giao_duc: 'cơ sở giáo dục',
};

/** "xã Đông Sơn" as written inside a sentence (the settings keep the printed upper-case form). */
export function localityInText(settings: OfficeSettings): string {
  const word = { xa: 'xã', phuong: 'phường', dac_khu: 'đặc khu', cap_tren: '' }[settings.level];
  return word ? `${word} ${settings.placeName}` : settings.placeName;
}

export async function getDecision(db: Db, id: number): Promise<DecisionRecord> {
  const d = await db
    .selectFrom('decisions as d')
    .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
    .selectAll('d')
    .select('c.year')
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!d) throw notFound('quyết định');
  const lines = await db
    .selectFrom('decision_lines')
    .selectAll()
    .where('decision_id', '=', id)
    .orderBy('position')
    .execute();
  const units = await db
    .selectFrom('decision_units')
    .selectAll()
    .where('decision_id', '=', id)
    .orderBy('position')
    .execute();
  const section = (s: string) => lines.filter((l) => l.section === s).map((l) => l.text);
  const revokedBy = await db.selectFrom('decisions').select('id').where('revokes_id', '=', id).executeTakeFirst();
  const files = await db
    .selectFrom('issued_files')
    .select(['id', 'file_kind', 'file_name', 'sha256', 'size'])
    .where('decision_id', '=', id)
    .orderBy('id')
    .execute();
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
    revokedById: revokedBy?.id ?? null,
    bases: section('basis'),
    articles: section('article'),
    recipients: section('recipient'),
    units: units.map((u) => ({ unitId: u.unit_id, name: u.unit_name, parentName: u.parent_name })),
    files: files.map((f): IssuedFile => ({
      id: f.id,
      kind: f.file_kind as IssuedFile['kind'],
      fileName: f.file_name,
      sha256: f.sha256,
      size: f.size,
    })),
  };
}

async function insertLines(db: Db, decisionId: number, lines: [section: string, texts: string[]][]): Promise<void> {
  for (const [section, texts] of lines) {
    await db
      .insertInto('decision_lines')
      .values(texts.map((text, position) => ({ decision_id: decisionId, section, position, text })))
      .execute();
  }
}

export async function listDecisions(db: Db, year: number): Promise<Decision[]> {
  const ids = await db
    .selectFrom('decisions as d')
    .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
    .select('d.id')
    .where('c.year', '=', year)
    .orderBy('d.id', 'desc')
    .execute();
  const result: Decision[] = [];
  for (const { id } of ids) result.push(await getDecision(db, id));
  return result;
}

/** A draft decision recognising proposed units, with the wording of the usual template filled in. */
export async function createDecision(ctx: ServiceContext, year: number, unitIds: number[]): Promise<DecisionRecord> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const campaign = await getCampaign(trx, year);
    const settings = await getSettings(trx);
    const rows = await trx
      .selectFrom('dossiers as d')
      .innerJoin('units as u', 'u.id', 'd.unit_id')
      .leftJoin('units as p', 'p.id', 'u.parent_id')
      .select(['u.id', 'u.name', 'u.kind', 'u.sort_key', 'p.name as parent_name', 'd.status'])
      .where('d.campaign_id', '=', campaign.id)
      .where('u.id', 'in', unitIds.length ? unitIds : [-1])
      .orderBy('u.sort_key')
      .execute();
    if (rows.length !== new Set(unitIds).size || rows.length === 0) {
      throw new DomainError(
        'validation',
        'Có đơn vị chưa có hồ sơ năm này. Chỉ đưa vào quyết định các đơn vị đã được đề nghị.',
      );
    }
    const notProposed = rows.find((r) => r.status !== 'de_nghi');
    if (notProposed) {
      throw new DomainError(
        'validation',
        `"${notProposed.name}" chưa được đề nghị công nhận nên không đưa vào quyết định được.`,
      );
    }
    const kinds = [...new Set(rows.map((r) => r.kind as UnitKind))];
    const what = kinds.length === 1 ? KIND_PLURAL[kinds[0]!] : 'khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục';
    const standard = '“An toàn về an ninh, trật tự”';
    const { id } = await trx
      .insertInto('decisions')
      .values({
        campaign_id: campaign.id,
        status: 'draft',
        code: settings.decisionCode,
        subject: `Về việc công nhận ${what} đạt tiêu chuẩn ${standard} năm ${year}`,
        list_title: `Danh sách ${what} đạt tiêu chuẩn ${standard} năm ${year}`,
        ...created(ctx),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lines: [string, string[]][] = [
      [
        'basis',
        [
          'Căn cứ Luật Tổ chức chính quyền địa phương (Luật số 72/2025/QH15)',
          `Căn cứ Thông tư số 124/2021/TT-BCA của Bộ trưởng Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn ${standard}, được sửa đổi, bổ sung bởi Thông tư số 48/2025/TT-BCA`,
          `Theo đề nghị của Trưởng ${settings.standingOfficeName}`,
        ],
      ],
      [
        'article',
        [
          `Công nhận ${rows.length} ${what} đạt tiêu chuẩn ${standard} năm ${year} (có danh sách kèm theo).`,
          `Quyết định có hiệu lực kể từ ngày ký. Ủy ban nhân dân ${localityInText(settings)} cấp Giấy công nhận cho các đơn vị có tên tại Điều 1.`,
          `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, ${settings.standingOfficeName}, các đơn vị có tên tại Điều 1 và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.`,
        ],
      ],
      [
        'recipient',
        ['Như Điều 3', `Công an tỉnh ${settings.provinceName} (để báo cáo)`, `Lưu: ${settings.archiveCode}`],
      ],
    ];
    await insertLines(trx, id, lines);
    await trx
      .insertInto('decision_units')
      .values(
        rows.map((r, position) => ({
          decision_id: id,
          unit_id: r.id,
          position,
          unit_name: r.name,
          parent_name: r.parent_name,
          previous_status: r.status,
        })),
      )
      .execute();
    await recordAudit(
      trx,
      ctx,
      'create',
      'decision',
      id,
      `Dự thảo quyết định công nhận ${rows.length} đơn vị năm ${year}`,
    );
    return getDecision(trx, id);
  });
}

/**
 * Revocation is a decision of its own: a draft that, once signed, returns the revoked decision's units to the
 * status they had before it. The revoked decision itself stays exactly as signed.
 */
export async function createRevocation(ctx: ServiceContext, revokedId: number): Promise<DecisionRecord> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const old = await getDecision(trx, revokedId);
    if (old.status !== 'signed' && old.status !== 'issued') {
      throw new DomainError('conflict', 'Chỉ thu hồi được quyết định đã ký; dự thảo thì sửa hoặc bỏ đi.');
    }
    const existing = await trx
      .selectFrom('decisions')
      .select('id')
      .where('revokes_id', '=', revokedId)
      .executeTakeFirst();
    if (existing) throw new DomainError('conflict', 'Quyết định này đã có quyết định thu hồi.');
    const settings = await getSettings(trx);
    const campaign = await getCampaign(trx, old.year);
    const [y, m, d] = old.signedOn!.split('-');
    const reference = `Quyết định số ${formatNumberCode({ number: old.number, code: old.code })} ngày ${d}/${m}/${y}`;
    const { id } = await trx
      .insertInto('decisions')
      .values({
        campaign_id: campaign.id,
        status: 'draft',
        code: settings.decisionCode,
        subject: `Về việc thu hồi ${reference}`,
        list_title: `Danh sách đơn vị bị thu hồi công nhận theo ${reference}`,
        revokes_id: revokedId,
        ...created(ctx),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lines: [string, string[]][] = [
      ['basis', [...old.bases.slice(0, 2), `Theo đề nghị của Trưởng ${settings.standingOfficeName}`]],
      [
        'article',
        [
          `Thu hồi ${reference} ${old.subject.replace(/^Về việc /u, 'về việc ')} đối với các đơn vị có tên trong danh sách kèm theo.`,
          'Quyết định có hiệu lực kể từ ngày ký. Các Giấy công nhận đã cấp theo quyết định bị thu hồi không còn giá trị.',
          `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, ${settings.standingOfficeName}, các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
        ],
      ],
      ['recipient', old.recipients],
    ];
    await insertLines(trx, id, lines);
    const units = await trx
      .selectFrom('decision_units')
      .selectAll()
      .where('decision_id', '=', revokedId)
      .orderBy('position')
      .execute();
    await trx
      .insertInto('decision_units')
      .values(units.map((u) => ({ ...u, decision_id: id, previous_status: 'da_cong_nhan' })))
      .execute();
    await recordAudit(trx, ctx, 'create', 'decision', id, `Dự thảo thu hồi ${reference}`);
    return getDecision(trx, id);
  });
}

export async function submitDecision(ctx: ServiceContext, id: number): Promise<DecisionRecord> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const d = await getDecision(trx, id);
    if (d.status !== 'draft') throw new DomainError('conflict', 'Chỉ trình ký được quyết định đang là dự thảo.');
    await trx
      .updateTable('decisions')
      .set({ status: 'submitted', ...updated(ctx) })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, 'submit', 'decision', id, 'Trình ký quyết định');
    return getDecision(trx, id);
  });
}

/**
 * Records the signature: the next number of the year's register for the decision's code (from 01 each year,
 * assigned only now), the signer as printed, and the units become recognised.
 */
export async function signDecision(
  ctx: ServiceContext,
  id: number,
  signedOn: string,
  signerId: number,
): Promise<DecisionRecord> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const d = await getDecision(trx, id);
    if (d.status !== 'submitted') throw new DomainError('conflict', 'Chỉ ghi nhận ký cho quyết định đã trình ký.');
    const signer = await trx.selectFrom('signers').selectAll().where('id', '=', signerId).executeTakeFirst();
    if (!signer || signer.active !== 1)
      throw new DomainError('validation', 'Người ký không có trong danh sách người ký.');
    const settings = await getSettings(trx);
    const numberYear = Number(signedOn.slice(0, 4));
    await trx
      .insertInto('document_register')
      .values({ year: numberYear, code: d.code, last_number: 0 })
      .onConflict((oc) => oc.columns(['year', 'code']).doNothing())
      .execute();
    const reg = await trx
      .updateTable('document_register')
      .set({ last_number: sql`last_number + 1` })
      .where('year', '=', numberYear)
      .where('code', '=', d.code)
      .returning('last_number')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('decisions')
      .set({
        status: 'signed',
        number: reg.last_number,
        number_year: numberYear,
        signed_on: signedOn,
        signer_name: signer.full_name,
        signer_title: signer.title,
        signing_authority: signer.authority,
        on_behalf_of: signer.authority === 'TM.' ? settings.issuingBodyUpper : 'CHỦ TỊCH',
        ...updated(ctx),
      })
      .where('id', '=', id)
      .execute();
    const campaign = await getCampaign(trx, d.year);
    const { revokes_id: revokes } = await trx
      .selectFrom('decisions')
      .select('revokes_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    // A revocation gives each unit back the status it had before the revoked decision.
    const before = new Map<number, DossierStatus>();
    if (revokes !== null) {
      const units = await trx
        .selectFrom('decision_units')
        .select(['unit_id', 'previous_status'])
        .where('decision_id', '=', revokes)
        .execute();
      for (const u of units) before.set(u.unit_id, u.previous_status as DossierStatus);
    }
    const number = formatNumberCode({ number: reg.last_number, code: d.code });
    for (const u of d.units) {
      const dossier = await trx
        .selectFrom('dossiers')
        .select(['id', 'status'])
        .where('campaign_id', '=', campaign.id)
        .where('unit_id', '=', u.unitId)
        .executeTakeFirstOrThrow();
      const to: DossierStatus = revokes === null ? 'da_cong_nhan' : (before.get(u.unitId) ?? 'de_nghi');
      await trx
        .updateTable('dossiers')
        .set({ status: to, ...updated(ctx), version: sql`version + 1` })
        .where('id', '=', dossier.id)
        .execute();
      await recordStatusChange(trx, ctx, dossier.id, dossier.status as DossierStatus, to, `Quyết định số ${number}`);
    }
    await recordAudit(trx, ctx, 'sign', 'decision', id, `Ký quyết định số ${number} ngày ${signedOn}`);
    return getDecision(trx, id);
  });
}
