// Recognition decisions: a draft from proposed units, submitted for signature, signed with the next number of
// the year's register (units become recognised), then issued as .docx files whose SHA-256 is recorded.
import { sql } from 'kysely';
import type { OfficeSettings } from '#shared/api/types.ts';
import type { Decision, DecisionDraftPatch, DecisionStatus, IssuedFile } from '#shared/api/decisionTypes.ts';
import type { SigningAuthority } from '#shared/domain/accounts.ts';
import type { DossierStatus } from '#shared/domain/round.ts';
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts';
import { created, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { DomainError, notFound } from '../../errors.ts';
import { getCampaign } from '../campaigns/index.ts';
import { recordStatusChange } from '../round/index.ts';
import { formatNumberCode } from '#shared/documents/format.ts';
import { getSettings } from '../settings/index.ts';
import { STANDARD_NAME, fillTemplate } from '#shared/documents/decisionTemplate.ts';
import { getDecisionTemplate, getYearBases } from './template.ts';

export type DecisionRecord = Decision;

const KIND_PLURAL: Record<UnitKind, string> = {
  khu_dan_cu: 'khu dân cư',
  xa_phuong: 'xã, phường, đặc khu',
  co_quan: 'cơ quan',
  doanh_nghiep: 'doanh nghiệp',
  co_so_giao_duc: 'cơ sở giáo dục',
};

/** "khu dân cư" for one kind; every kind named, in the usual order, for a decision mixing kinds. */
export function kindsPhrase(kinds: readonly UnitKind[]): string {
  return UNIT_KINDS.filter((k) => kinds.includes(k))
    .map((k) => KIND_PLURAL[k])
    .join(', ');
}

export function kindPlural(kind: UnitKind): string {
  return KIND_PLURAL[kind];
}

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
    .selectFrom('decision_units as du')
    .innerJoin('units as u', 'u.id', 'du.unit_id')
    .select(['du.unit_id', 'du.unit_name', 'du.parent_name', 'u.kind'])
    .where('du.decision_id', '=', id)
    .orderBy('du.position')
    .execute();
  const section = (s: string) => lines.filter((l) => l.section === s).map((l) => l.text);
  const revokedBy = await db.selectFrom('decisions').select('id').where('revokes_id', '=', id).executeTakeFirst();
  const files = await db
    .selectFrom('issued_files')
    .select(['id', 'file_kind', 'file_name', 'sha256', 'size'])
    .where('decision_id', '=', id)
    .orderBy('id')
    .execute();
  const scans = await db
    .selectFrom('decision_scans as s')
    .innerJoin('attachments as a', 'a.id', 's.attachment_id')
    // Shown by the person's name; the username stays when the account is gone.
    .leftJoin('users as us', 'us.username', 's.created_by')
    .select(['s.id', 's.file_name', 's.created_at', 's.created_by', 'us.full_name', 'a.sha256', 'a.size'])
    .where('s.decision_id', '=', id)
    .orderBy('s.id')
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
    units: units.map((u) => ({
      unitId: u.unit_id,
      name: u.unit_name,
      parentName: u.parent_name,
      kind: u.kind as UnitKind,
    })),
    files: files.map((f): IssuedFile => ({
      id: f.id,
      kind: f.file_kind as IssuedFile['kind'],
      fileName: f.file_name,
      sha256: f.sha256,
      size: f.size,
    })),
    scans: scans.map((x) => ({
      id: x.id,
      fileName: x.file_name,
      sha256: x.sha256,
      size: x.size,
      createdAt: x.created_at,
      createdBy: x.full_name ?? x.created_by,
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
/** The office's template filled for a year: call the result with the kinds of a draft's units, in list order. */
async function draftWording(db: Db, year: number) {
  const settings = await getSettings(db);
  const { template } = await getDecisionTemplate(db);
  const yearBases = await getYearBases(db, year);
  return (unitKinds: UnitKind[]) =>
    fillTemplate(
      template,
      {
        so_don_vi: String(unitKinds.length),
        doi_tuong: kindsPhrase([...new Set(unitKinds)]),
        nam: String(year),
        tieu_chuan: STANDARD_NAME,
        dia_phuong: localityInText(settings),
        co_quan_thuong_truc: settings.standingOfficeName,
        tinh: settings.provinceName,
        luu: settings.archiveCode,
      },
      yearBases,
    );
}

/**
 * After units leave a draft, its wording follows: each line still exactly as the template wrote it for the units
 * before is written again for the units left (the count, the kinds). A line the user changed stays as it is.
 */
async function refillWording(trx: Db, ctx: ServiceContext, id: number, before: UnitKind[], after: UnitKind[]) {
  const d = await getDecision(trx, id);
  const wording = await draftWording(trx, d.year);
  const was = wording(before);
  const now = wording(after);
  const follow = (current: string, old: string, next: string) => (current === old ? next : current);
  await trx
    .updateTable('decisions')
    .set({
      subject: follow(d.subject, was.subject, now.subject),
      list_title: follow(d.listTitle, was.listTitle, now.listTitle),
      ...updated(ctx),
    })
    .where('id', '=', id)
    .execute();
  const sections: [string, string[], string[], string[]][] = [
    ['basis', d.bases, was.bases, now.bases],
    ['article', d.articles, was.articles, now.articles],
    ['recipient', d.recipients, was.recipients, now.recipients],
  ];
  for (const [section, current, old, next] of sections) {
    // Lines are matched by position only while the section has the template's shape.
    if (current.length !== old.length || old.length !== next.length) continue;
    const lines = current.map((line, i) => follow(line, old[i]!, next[i]!));
    if (lines.every((line, i) => line === current[i])) continue;
    await trx.deleteFrom('decision_lines').where('decision_id', '=', id).where('section', '=', section).execute();
    await insertLines(trx, id, [[section, lines]]);
  }
}

export async function createDecision(ctx: ServiceContext, year: number, unitIds: number[]): Promise<DecisionRecord> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const campaign = await getCampaign(trx, year);
    const settings = await getSettings(trx);
    const rows = await trx
      .selectFrom('dossiers as d')
      .innerJoin('units as u', 'u.id', 'd.unit_id')
      .leftJoin('units as p', 'p.id', 'u.parent_id')
      .select(['u.id', 'u.name', 'u.kind', 'u.sort_key', 'u.source_office_id', 'p.name as parent_name', 'd.status'])
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
    const received = rows.find((r) => r.source_office_id !== null);
    if (received) {
      throw new DomainError(
        'validation',
        `"${received.name}" là đơn vị nhận từ xã, phường khác nên không đưa vào quyết định của cơ quan này được.`,
      );
    }
    const notProposed = rows.find((r) => r.status !== 'de_nghi');
    if (notProposed) {
      throw new DomainError(
        'validation',
        `"${notProposed.name}" chưa được đề nghị công nhận nên không đưa vào quyết định được.`,
      );
    }
    const text = (await draftWording(trx, year))(rows.map((r) => r.kind as UnitKind));
    const { id } = await trx
      .insertInto('decisions')
      .values({
        campaign_id: campaign.id,
        status: 'draft',
        code: settings.decisionCode,
        subject: text.subject,
        list_title: text.listTitle,
        ...created(ctx),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lines: [string, string[]][] = [
      ['basis', text.bases],
      ['article', text.articles],
      ['recipient', text.recipients],
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

async function editable(db: Db, id: number, what: string): Promise<DecisionRecord> {
  const d = await getDecision(db, id);
  if (d.status !== 'draft') {
    throw new DomainError(
      'conflict',
      d.status === 'submitted'
        ? `Quyết định đang trình ký: hãy rút về dự thảo rồi mới ${what}.`
        : `Quyết định đã ký thì không ${what} được nữa; nếu cần, hãy lập quyết định thu hồi.`,
    );
  }
  return d;
}

/** Changes the wording of a draft, or takes units out of it (they stay proposed). */
export async function updateDraft(ctx: ServiceContext, id: number, patch: DecisionDraftPatch): Promise<DecisionRecord> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const d = await editable(trx, id, 'sửa');
    const clean = (lines: string[] | undefined) => lines?.map((s) => s.trim()).filter(Boolean);
    const subject = patch.subject?.trim();
    const listTitle = patch.listTitle?.trim();
    if (subject === '' || listTitle === '') {
      throw new DomainError('validation', 'Trích yếu và tên danh sách không được để trống.');
    }
    const articles = clean(patch.articles);
    if (articles && articles.length === 0) throw new DomainError('validation', 'Quyết định phải có ít nhất một điều.');
    const recipients = clean(patch.recipients);
    if (recipients && recipients.length === 0) throw new DomainError('validation', 'Phải có ít nhất một nơi nhận.');
    await trx
      .updateTable('decisions')
      .set({ subject: subject ?? d.subject, list_title: listTitle ?? d.listTitle, ...updated(ctx) })
      .where('id', '=', id)
      .execute();
    const sections: [string, string[] | undefined][] = [
      ['basis', clean(patch.bases)],
      ['article', articles],
      ['recipient', recipients],
    ];
    for (const [section, lines] of sections) {
      if (!lines) continue;
      await trx.deleteFrom('decision_lines').where('decision_id', '=', id).where('section', '=', section).execute();
      if (lines.length) await insertLines(trx, id, [[section, lines]]);
    }
    if (patch.unitIds) {
      const keep = new Set(patch.unitIds);
      const unknown = [...keep].filter((u) => !d.units.some((x) => x.unitId === u));
      if (unknown.length) {
        throw new DomainError(
          'validation',
          'Chỉ bỏ bớt được đơn vị khỏi dự thảo; muốn thêm đơn vị hãy lập dự thảo mới.',
        );
      }
      if (keep.size === 0)
        throw new DomainError('validation', 'Dự thảo phải còn ít nhất một đơn vị; nếu không, hãy xóa dự thảo.');
      const removed = d.units.filter((u) => !keep.has(u.unitId)).map((u) => u.unitId);
      if (removed.length) {
        await refillWording(
          trx,
          ctx,
          id,
          d.units.map((u) => u.kind),
          d.units.filter((u) => keep.has(u.unitId)).map((u) => u.kind),
        );
        await trx.deleteFrom('decision_units').where('decision_id', '=', id).where('unit_id', 'in', removed).execute();
        // Positions stay dense so the list numbers 1..n.
        const rest = await trx
          .selectFrom('decision_units')
          .select('unit_id')
          .where('decision_id', '=', id)
          .orderBy('position')
          .execute();
        for (const [position, u] of rest.entries()) {
          await trx
            .updateTable('decision_units')
            .set({ position })
            .where('decision_id', '=', id)
            .where('unit_id', '=', u.unit_id)
            .execute();
        }
      }
    }
    await recordAudit(trx, ctx, 'update', 'decision', id, 'Sửa dự thảo quyết định');
    return getDecision(trx, id);
  });
}

/** A draft or a decision still awaiting signature can be thrown away; a signed one never. */
export async function deleteDraft(ctx: ServiceContext, id: number): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const d = await getDecision(trx, id);
    if (d.status !== 'draft' && d.status !== 'submitted') {
      throw new DomainError('conflict', 'Quyết định đã ký thì không xóa được; nếu cần, hãy lập quyết định thu hồi.');
    }
    await trx.deleteFrom('decisions').where('id', '=', id).execute();
    await recordAudit(trx, ctx, 'delete', 'decision', id, `Xóa dự thảo: ${d.subject}`);
  });
}

/** Back from "submitted for signature" to a draft, e.g. when the chair asks for changes. */
export async function withdrawDecision(ctx: ServiceContext, id: number): Promise<DecisionRecord> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const d = await getDecision(trx, id);
    if (d.status !== 'submitted') throw new DomainError('conflict', 'Chỉ rút về được quyết định đang trình ký.');
    await trx
      .updateTable('decisions')
      .set({ status: 'draft', ...updated(ctx) })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, 'withdraw', 'decision', id, 'Rút quyết định về dự thảo');
    return getDecision(trx, id);
  });
}
