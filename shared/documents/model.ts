// Plain data describing the documents the office issues. Renderers (nd30*.ts) turn these into .docx laid out per
// Nghị định 30/2020/NĐ-CP; the wording itself (bases, articles, recipients) comes from editable templates upstream.
import type { SigningAuthority } from '../domain/accounts.ts';

/** Dates are ISO text ("2025-11-05"), as everywhere else in the app. */
export type IsoDate = string;

/** Name of the issuing body, printed upper case at the top left. */
export interface IssuingBody {
  /** The body it reports to, when printed above it (upper case, not bold), e.g. ["UBND XÃ ĐÔNG SƠN"]. */
  parentLines?: string[];
  /** The issuing body itself (upper case, bold), e.g. ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG SƠN"]. */
  lines: string[];
}

/** "Số: 05/QĐ-UBND". Numbers are assigned after signing, so a draft has none. */
export interface DocumentNumber {
  number: number | null;
  /** Ký hiệu: document type and issuer abbreviations, e.g. "QĐ-UBND". */
  code: string;
}

/** "Đông Sơn, ngày 05 tháng 11 năm 2025". A draft has no date yet but does have its year. */
export interface PlaceDate {
  place: string;
  date: IsoDate | null;
  /** Printed when date is null; ignored otherwise (the date's own year wins). */
  year: number;
}

/**
 * Who signs and in what capacity. Printed lines, for example:
 * TM. + "ỦY BAN NHÂN DÂN" + "CHỦ TỊCH"                        -> TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH
 * KT. + "CHỦ TỊCH" + "PHÓ CHỦ TỊCH"                           -> KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
 * TM. + "ỦY BAN NHÂN DÂN" + deputyFor "CHỦ TỊCH" + "PHÓ CHỦ TỊCH"
 *                                                  -> TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
 */
export interface SignatureBlock {
  authority: SigningAuthority;
  /** What the authority form applies to: the collective body for TM., the head's title for KT./Q./TL./TUQ. */
  onBehalfOf: string;
  /** A deputy signing for the head inside a collective body (TM. ... / KT. <deputyFor> / <title>). */
  deputyFor?: string;
  /** The signer's own title, e.g. "CHỦ TỊCH" or "PHÓ CHỦ TỊCH"; empty when the first line already says it. */
  title: string;
  /** Full name, no honorifics. */
  signerName: string;
}

export type ColumnAlign = 'left' | 'center' | 'right';

export interface ListColumn {
  label: string;
  /** Share of the table width; the renderer scales the shares to the text width. */
  widthPercent: number;
  align: ColumnAlign;
}

/** A list attached to a decision ("DANH SÁCH ..."), starting on a new page. */
export interface AttachedList {
  /** Upper case, bold, centred; one entry per printed line. */
  titleLines: string[];
  /** "(Kèm theo Quyết định số 05/QĐ-UBND ngày ... của ...)", see attachmentNote(). */
  note: string;
  columns: ListColumn[];
  /** One string per column. */
  rows: string[][];
}

/** "Điều n." is numbered by position; each entry of paragraphs is one printed paragraph. */
export interface Article {
  paragraphs: string[];
}

export interface DecisionModel {
  issuingBody: IssuingBody;
  documentNumber: DocumentNumber;
  placeDate: PlaceDate;
  /** "QUYẾT ĐỊNH"; the line before the articles repeats it with a colon. */
  title: string;
  /** "Về việc công nhận ..."; one entry per printed line. */
  subjectLines: string[];
  /** "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN" (or "CHỦ TỊCH ỦY BAN NHÂN DÂN ..."). */
  authorityLine: string;
  /** "Căn cứ ..." one per paragraph; the renderer ends them with ";" and the last with ".". */
  legalBases: string[];
  articles: Article[];
  /** "Như Điều 3", ..., "Lưu: VT, CAX"; the renderer adds "- " and the ";"/"." endings. */
  recipients: string[];
  signature: SignatureBlock;
  attachedLists: AttachedList[];
}

/** Giấy công nhận: one landscape A4 page per recognised unit. */
export interface CertificateModel {
  /** Above the title, bold upper case, e.g. ["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN"]. */
  headingLines: string[];
  /** "GIẤY CÔNG NHẬN". */
  title: string;
  unitName: string;
  /** E.g. ['Đạt tiêu chuẩn "An toàn về an ninh, trật tự"']. */
  bodyLines: string[];
  year: number;
  /** Bottom left, e.g. "Quyết định số 05/QĐ-UBND ngày 05/11/2025"; null to leave it out. */
  decisionReference: string | null;
  placeDate: PlaceDate;
  signature: SignatureBlock;
}

/**
 * Tờ trình: the standing office asks the chair to decide. Same header and bottom block as a decision; the body is
 * "Kính gửi: ..." and plain paragraphs instead of bases and articles.
 */
export interface ProposalModel {
  issuingBody: IssuingBody;
  documentNumber: DocumentNumber;
  placeDate: PlaceDate;
  /** "TỜ TRÌNH". */
  title: string;
  subjectLines: string[];
  /** "Chủ tịch Ủy ban nhân dân xã Đông Sơn"; printed after "Kính gửi: ". */
  addressee: string;
  /** Justified body paragraphs, the last usually "Kính trình ... xem xét, quyết định./.". */
  paragraphs: string[];
  recipients: string[];
  signature: SignatureBlock;
  attachedLists: AttachedList[];
}
