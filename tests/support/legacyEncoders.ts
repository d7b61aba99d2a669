// Test-side encoders for TCVN3 and VNI, written independently of the module's tables.
// Tone marks by name; letters are built as NFC(base + marks).
export const GRAVE = '\u0300';
export const ACUTE = '\u0301';
export const HOOK = '\u0309';
export const TILDE = '\u0303';
export const DOT = '\u0323';
export const TONE_ORDER = ['', GRAVE, ACUTE, HOOK, TILDE, DOT];
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/** The 67 lower-case precomposed Vietnamese letters (every toned/modified vowel plus đ). */
export const LOWER_LETTERS: string[] = [
  ...VOWELS.flatMap((v) => TONE_ORDER.map((t) => (v + t).normalize('NFC'))).filter((l) => !/^[a-z]$/.test(l)),
  'đ',
];
export const ALL_LETTERS: string[] = [...LOWER_LETTERS, ...LOWER_LETTERS.map((l) => l.toUpperCase())];

// TCVN3 (ABC, VN3) inverse table as aligned strings, grouped per vowel in the order huyền, sắc, hỏi, ngã, nặng.
export const TCVN3_UNICODE = 'àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵăâêôơưđĂÂÊÔƠƯĐ';
export const TCVN3_BYTES = 'µ¸¶·¹»¾¼½ÆÇÊÈÉËÌÐÎÏÑÒÕÓÔÖ×ÝØÜÞßãáâäåèæçéêíëìîïóñòôõøö÷ùúýûüþ¨©ª«¬\u00AD®¡¢£¤¥¦§';

export function toTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const i = TCVN3_UNICODE.indexOf(ch);
    if (i >= 0) out += TCVN3_BYTES.charAt(i);
    else if (ch.charCodeAt(0) < 0x80) out += ch;
    else throw new Error(`TCVN3 cannot encode ${ch}`);
  }
  return out;
}

// VNI-Windows: base letter + mark byte; marks keyed by modifier then tone.
const VNI_PLAIN_TONE: Record<string, string> = { [ACUTE]: 'ù', [GRAVE]: 'ø', [HOOK]: 'û', [TILDE]: 'õ', [DOT]: 'ï' };
const VNI_CIRCUMFLEX: Record<string, string> = {
  '': 'â',
  [ACUTE]: 'á',
  [GRAVE]: 'à',
  [HOOK]: 'å',
  [TILDE]: 'ã',
  [DOT]: 'ä',
};
const VNI_BREVE: Record<string, string> = {
  '': 'ê',
  [ACUTE]: 'é',
  [GRAVE]: 'è',
  [HOOK]: 'ú',
  [TILDE]: 'ü',
  [DOT]: 'ë',
};
const VNI_I: Record<string, string> = { [ACUTE]: 'í', [GRAVE]: 'ì', [HOOK]: 'æ', [TILDE]: 'ó', [DOT]: 'ò' };

function vniLetter(lower: string): string {
  if (lower === 'đ') return 'ñ';
  const nfd = lower.normalize('NFD');
  let base = nfd.charAt(0);
  const marks = nfd.slice(1);
  const tone = [...marks].find((m) => m in VNI_PLAIN_TONE) ?? '';
  if (marks.includes('\u031B')) base = base === 'o' ? 'ô' : 'ö'; // horn: ơ, ư are single bytes
  if (marks.includes('\u0302')) return base + (VNI_CIRCUMFLEX[tone] ?? '');
  if (marks.includes('\u0306')) return base + (VNI_BREVE[tone] ?? '');
  if (tone === '') return base;
  if (base === 'i') return VNI_I[tone] ?? '';
  if (base === 'y' && tone === DOT) return 'î';
  return base + (VNI_PLAIN_TONE[tone] ?? '');
}

export function toVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase();
    const encoded = ch.charCodeAt(0) < 0x80 ? ch : vniLetter(lower);
    out += ch === lower ? encoded : encoded.toUpperCase();
  }
  return out;
}
