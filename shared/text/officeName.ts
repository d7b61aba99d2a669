// The one home for how an office and its place are named. Offices name themselves in packages as printed on
// documents ("ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN"); lists show the short form a secretary says ("Xã Đông Sơn"), with the
// full name kept for tooltips; sentences say the place in lower case ("xã Đông Sơn").
import type { OfficeLevel } from '../domain/accounts.ts';

const LEVEL_WORDS: Record<OfficeLevel, string> = { xa: 'xã', phuong: 'phường', dac_khu: 'đặc khu', cap_tren: '' };

/** "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN": the issuing body's two printed lines as one name. */
export function issuingBodyName(office: { issuingBodyUpper: string; localityUpper: string }): string {
  return `${office.issuingBodyUpper} ${office.localityUpper}`;
}

/** "xã Đông Sơn" as written inside a sentence (the settings keep the printed upper-case form). */
export function localityInText(office: { level: OfficeLevel; placeName: string }): string {
  const word = LEVEL_WORDS[office.level];
  return word ? `${word} ${office.placeName}` : office.placeName;
}

const ISSUING_BODY = /^(ỦY|UỶ) BAN NHÂN DÂN(\s+|$)/u;
// Two-word kinds of place keep their second word in lower case.
const KIND_WORDS = /^(Đặc Khu|Thị Trấn|Thành Phố) /u;

export function shortOfficeName(name: string): string {
  const full = name.normalize('NFC').trim();
  const rest = full.replace(ISSUING_BODY, '');
  if (!rest) return full;
  if (rest !== rest.toLocaleUpperCase('vi')) return rest;
  return rest
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ')
    .replace(KIND_WORDS, (kind) => kind.charAt(0) + kind.slice(1).toLocaleLowerCase('vi'));
}
