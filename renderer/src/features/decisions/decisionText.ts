// How a decision's number, date and signature are written on paper (Nghị định 30/2020/NĐ-CP).
import type { Decision } from '../../../../shared/api/decisionTypes.ts';
import type { Signer } from '../../../../shared/api/types.ts';

const BLANK = '\u00a0'.repeat(6);

/** "05/QĐ-UBND"; null before the decision has a number. */
export function decisionNumber(d: Pick<Decision, 'number' | 'code'>): string | null {
  return d.number === null ? null : `${String(d.number).padStart(2, '0')}/${d.code}`;
}

/** "Số: 05/QĐ-UBND", or blanks to be filled in by hand for a draft. */
export function numberLine(d: Pick<Decision, 'number' | 'code'>): string {
  return `Số: ${decisionNumber(d) ?? `${BLANK}/${d.code}`}`;
}

/** "Đông Sơn, ngày 05 tháng 11 năm 2025": zero-padded days below 10 and months 1–2 only. */
export function placeDateLine(placeName: string, signedOn: string | null, year: number): string {
  const m = signedOn ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(signedOn) : null;
  if (!m) return `${placeName}, ngày${BLANK}tháng${BLANK}năm ${year}`;
  const month = Number(m[2]);
  const monthText = month <= 2 ? m[2] : String(month);
  return `${placeName}, ngày ${m[3]} tháng ${monthText} năm ${m[1]}`;
}

/** Legal bases as printed: ";" at each line's end, "." on the last. */
export function basisLines(bases: string[]): string[] {
  return bases.map((b, i) => `${b.replace(/[;.]\s*$/, '')}${i === bases.length - 1 ? '.' : ';'}`);
}

/** Recipients as printed: "- Như Điều 3;" ... "- Lưu: VT, CAX." */
export function recipientLines(recipients: string[]): string[] {
  return recipients.map((r, i) => `- ${r.replace(/[;.]\s*$/, '')}${i === recipients.length - 1 ? '.' : ';'}`);
}

export interface SignatureBlock {
  authority: string | null;
  title: string;
  name: string;
}

/**
 * The signing authority lines: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
 * A decision not yet signed shows the default signer, as the draft would be presented for signing.
 */
export function signatureBlock(d: Decision, issuingBodyUpper: string, fallback: Signer | null): SignatureBlock | null {
  if (d.signerName && d.signerTitle !== null) {
    const authority = d.signingAuthority ? `${d.signingAuthority} ${d.onBehalfOf ?? ''}`.trim() : null;
    return { authority, title: d.signerTitle, name: d.signerName };
  }
  if (!fallback) return null;
  const onBehalfOf = fallback.authority === 'TM.' ? issuingBodyUpper : 'CHỦ TỊCH';
  const authority = fallback.authority ? `${fallback.authority} ${onBehalfOf}` : null;
  return { authority, title: fallback.title, name: fallback.fullName };
}

export function defaultSigner(signers: Signer[]): Signer | null {
  const active = signers.filter((s) => s.active);
  return active.find((s) => s.isDefault) ?? active[0] ?? null;
}

/** "12,3 KB" */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  return `${(kb / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
