// Issuing a signed decision: its .docx and the certificates, written atomically, their SHA-256 recorded, so any
// copy can later be checked against the issued original.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Decision, IssuedFile, Verification } from '#shared/api/decisionTypes.ts';
import type { OfficeSettings } from '#shared/api/types.ts';
import { recordAudit, updated, nowIso, type Db, type ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { ISSUED_DIR } from '../../db/open.ts';
import { writeFileAtomic } from '../../fs/atomic.ts';
import { attachmentNote, formatNumberCode } from '#shared/documents/format.ts';
import type { CertificateModel, DecisionModel, ListColumn, SignatureBlock } from '#shared/documents/model.ts';
import { STANDARD_NAME } from '#shared/documents/decisionTemplate.ts';
import { DOCUMENT_ISSUERS } from '#shared/documents/issuers.ts';
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts';
import { renderCertificatesDocx, renderDecisionDocx } from '../documents/index.ts';
import { getSettings } from '../settings/index.ts';
import { transition } from './lifecycle.ts';
import { getDecision } from './queries.ts';
import { decisionReference, kindPlural, kindsPhrase } from './wording.ts';
import { localityInText } from '#shared/text/officeName.ts';

/** Recognition is the collective People's Committee's: its decision and certificates are headed and signed alike. */
const ISSUER = DOCUMENT_ISSUERS.recognition;
const names = (settings: OfficeSettings) => ({
  bodyUpper: settings.issuingBodyUpper,
  localityUpper: settings.localityUpper,
});

/** As signed; a draft shows the default signer, as it will be presented for signing. */
function signature(d: Decision, settings: OfficeSettings): SignatureBlock {
  if (d.signerName !== null) {
    const person = { authority: d.signingAuthority ?? 'TM.', title: d.signerTitle ?? '', fullName: d.signerName };
    return ISSUER.signature(person, names(settings));
  }
  const active = settings.signers.filter((x) => x.active);
  const signer = active.find((x) => x.isDefault) ?? active[0];
  const person = signer
    ? { authority: signer.authority, title: signer.title, fullName: signer.fullName }
    : { authority: 'TM.' as const, title: 'CHỦ TỊCH', fullName: '' };
  return ISSUER.signature(person, names(settings));
}

const LIST_COLUMNS: ListColumn[] = [
  { label: 'STT', widthPercent: 8, align: 'center' },
  { label: 'Tên đơn vị', widthPercent: 46, align: 'left' },
  { label: 'Thuộc', widthPercent: 28, align: 'left' },
  { label: 'Ghi chú', widthPercent: 18, align: 'left' },
];

/**
 * One list for a decision about one kind of unit (or a revocation); a recognition mixing kinds carries one list
 * per kind, in the usual order of kinds. Each is titled from the draft's list title with its phrase of kinds
 * ("khu dân cư, cơ quan") narrowed to the list's kind; a title that no longer holds that phrase gives way to the
 * plain title of each kind.
 */
function unitLists(d: Decision): { title: string; units: Decision['units'] }[] {
  const kinds = [...new Set(d.units.map((u) => u.kind))];
  if (kinds.length <= 1 || d.revokesId !== null) return [{ title: d.listTitle, units: d.units }];
  const phrase = kindsPhrase(kinds);
  const titleFor = (k: UnitKind) =>
    d.listTitle.includes(phrase)
      ? d.listTitle.replace(phrase, kindPlural(k))
      : `Danh sách ${kindPlural(k)} đạt tiêu chuẩn ${STANDARD_NAME} năm ${d.year}`;
  return UNIT_KINDS.filter((k) => kinds.includes(k)).map((k) => ({
    title: titleFor(k),
    units: d.units.filter((u) => u.kind === k),
  }));
}

/** The document model of a decision: the same model feeds the .docx, the in-app preview and the print view. */
export function decisionModel(d: Decision, settings: OfficeSettings): DecisionModel {
  const issuer = `Ủy ban nhân dân ${localityInText(settings)}`;
  const note = attachmentNote({
    documentKind: 'Quyết định',
    documentNumber: { number: d.number, code: d.code },
    date: d.signedOn,
    year: d.year,
    issuer,
  });
  return {
    issuingBody: { lines: [settings.issuingBodyUpper, settings.localityUpper] },
    documentNumber: { number: d.number, code: d.code },
    placeDate: { place: settings.placeName, date: d.signedOn, year: d.year },
    title: 'QUYẾT ĐỊNH',
    subjectLines: [d.subject],
    authorityLine: ISSUER.authorityLine(names(settings)),
    legalBases: d.bases,
    articles: d.articles.map((text) => ({ paragraphs: [text] })),
    recipients: d.recipients,
    signature: signature(d, settings),
    attachedLists: unitLists(d).map((list) => ({
      titleLines: [list.title.toLocaleUpperCase('vi')],
      note,
      columns: LIST_COLUMNS,
      rows: list.units.map((u, i) => [String(i + 1), u.name, u.parentName ?? '', '']),
    })),
  };
}

export function certificateModels(d: Decision, settings: OfficeSettings): CertificateModel[] {
  return d.units.map((u) => ({
    headingLines: [ISSUER.authorityLine(names(settings))],
    title: 'GIẤY CÔNG NHẬN',
    unitName: u.name,
    bodyLines: ['Đạt tiêu chuẩn “An toàn về an ninh, trật tự”'],
    year: d.year,
    decisionReference: decisionReference(d),
    placeDate: { place: settings.placeName, date: d.signedOn, year: d.year },
    signature: signature(d, settings),
  }));
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

export async function issueDecision(ctx: ServiceContext, id: number): Promise<Decision> {
  const db = ctx.store.db;
  const d = await getDecision(db, id);
  const status = transition(d, 'issue')!;
  const settings = await getSettings(db);
  const decision = await renderDecisionDocx(decisionModel(d, settings));
  const certificates = await renderCertificatesDocx(certificateModels(d, settings));
  const number = formatNumberCode({ number: d.number, code: d.code }).replace('/', '-');
  const files: { kind: IssuedFile['kind']; name: string; data: Uint8Array }[] = [
    { kind: 'decision', name: `QD ${number} cong nhan ANTT ${d.year}.docx`, data: decision },
    { kind: 'certificates', name: `Giay cong nhan theo QD ${number}.docx`, data: certificates },
  ];
  const dir = path.join(ctx.store.dataDir, ISSUED_DIR, String(d.year));
  fs.mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileAtomic(path.join(dir, f.name), f.data);
  return db.transaction().execute(async (trx) => {
    for (const f of files) {
      await trx
        .insertInto('issued_files')
        .values({
          decision_id: id,
          file_kind: f.kind,
          file_name: f.name,
          sha256: sha256(f.data),
          size: f.data.length,
          created_at: nowIso(ctx),
          created_by: ctx.actor,
        })
        .execute();
    }
    await trx
      .updateTable('decisions')
      .set({ status, ...updated(ctx) })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, 'issue', 'decision', id, `Ban hành quyết định số ${number}`);
    return getDecision(trx, id);
  });
}

/** Whether some bytes are exactly an issued file, and of which decision. */
export async function verifyIssuedFile(db: Db, data: Uint8Array): Promise<Verification> {
  const row = await db
    .selectFrom('issued_files as f')
    .innerJoin('decisions as d', 'd.id', 'f.decision_id')
    .select(['d.id', 'd.number', 'd.code', 'd.signed_on', 'f.file_kind'])
    .where('f.sha256', '=', sha256(data))
    .executeTakeFirst();
  if (!row) return { original: false, decisionId: null, number: null, signedOn: null, fileKind: null };
  return {
    original: true,
    decisionId: row.id,
    number: formatNumberCode({ number: row.number, code: row.code }),
    signedOn: row.signed_on,
    fileKind: row.file_kind,
  };
}

/** Copies every issued file of a year to a folder; returns the names written. */
export async function exportIssued(db: Db, dataDir: string, year: number, outDir: string): Promise<string[]> {
  const rows = await db
    .selectFrom('issued_files as f')
    .innerJoin('decisions as d', 'd.id', 'f.decision_id')
    .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
    .select(['f.file_name', 'f.sha256'])
    .where('c.year', '=', year)
    .orderBy('f.id')
    .execute();
  fs.mkdirSync(outDir, { recursive: true });
  for (const r of rows) {
    const data = fs.readFileSync(path.join(dataDir, ISSUED_DIR, String(year), r.file_name));
    if (sha256(data) !== r.sha256) {
      throw new DomainError('io', `Tệp "${r.file_name}" trong thư mục dữ liệu đã bị thay đổi so với bản ban hành.`);
    }
    writeFileAtomic(path.join(outDir, r.file_name), data);
  }
  return rows.map((r) => r.file_name);
}
