/**
 * Conversion of text typed with 8-bit Vietnamese fonts (TCVN3/ABC ".VnTime…", VNI "VNI-Times…") that a spreadsheet
 * reader handed back as Windows-1252/Latin-1 characters, plus a conservative detector for such text.
 *
 * TCVN3 here is the VN3 subset used by the ABC fonts: bytes 0xA1–0xFE only, with upper case precomposed just for
 * Ă Â Đ Ê Ô Ơ Ư (the ".VnTimeH" fonts draw the lower-case codes as capitals, which text alone cannot reveal).
 * VNI-Windows writes a base letter followed by a mark byte (0xC0–0xFF), with a few letters as single bytes.
 * Neither uses 0x80–0x9F for letters: those bytes are the font's Western symbols, so a C1 control code point
 * (Latin-1 reading of such a byte) becomes its cp1252 character, and an existing cp1252 character is kept.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

// Combining tone marks in the order both legacy tables list them: sắc, huyền, hỏi, ngã, nặng.
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

// cp1252 characters for bytes 0x80–0x9F; the five bytes cp1252 leaves undefined keep their C1 code point.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fromC1(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0x80 && code <= 0x9f ? CP1252_C1.charAt(code - 0x80) : ch;
}

const nfc = (s: string): string => s.normalize('NFC');

// TCVN3 rows: Unicode vowel, its TCVN3 character (ASCII vowels map to themselves), then the TCVN3 characters for
// the five toned forms in TONES order. 0xAD (soft hyphen) is "ư".
const TCVN3_VOWELS: readonly (readonly [string, string, string])[] = [
  ['a', 'a', '¸µ¶·¹'],
  ['ă', '¨', '¾»¼½Æ'],
  ['â', '©', 'ÊÇÈÉË'],
  ['e', 'e', 'ÐÌÎÏÑ'],
  ['ê', 'ª', 'ÕÒÓÔÖ'],
  ['i', 'i', 'Ý×ØÜÞ'],
  ['o', 'o', 'ãßáâä'],
  ['ô', '«', 'èåæçé'],
  ['ơ', '¬', 'íêëìî'],
  ['u', 'u', 'óïñòô'],
  ['ư', '\u00AD', 'øõö÷ù'],
  ['y', 'y', 'ýúûüþ'],
];
// The only upper-case letters TCVN3 (VN3) has, plus đ.
const TCVN3_OTHERS = 'Ă¡Â¢Ê£Ô¤Ơ¥Ư¦Đ§đ®';

const TCVN3_MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [vowel, plain, toned] of TCVN3_VOWELS) {
    if (plain !== vowel) map.set(plain, vowel);
    TONES.forEach((tone, t) => map.set(toned.charAt(t), nfc(vowel + tone)));
  }
  for (let i = 0; i < TCVN3_OTHERS.length; i += 2) map.set(TCVN3_OTHERS.charAt(i + 1), TCVN3_OTHERS.charAt(i));
  return map;
})();

// VNI mark bytes (lower-case forms; the upper-case form is the Latin-1 capital, used after capital bases).
const VNI_TONE_MARKS = 'ùøûõï'; // TONES order
const VNI_CIRCUMFLEX_MARKS = 'âáàåãä'; // circumflex alone, then with each tone
const VNI_BREVE_MARKS = 'êéèúüë'; // breve alone, then with each tone
// Single-byte VNI letters (Í and Ì are the same code points as Unicode).
const VNI_SINGLES: readonly (readonly [string, string])[] = [
  ['ñ', 'đ'],
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['í', 'í'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
];

const VNI_SINGLE_MAP: ReadonlyMap<string, string> = new Map(
  VNI_SINGLES.flatMap(([vni, uni]) => [
    [vni, uni],
    [vni.toUpperCase(), uni.toUpperCase()],
  ]),
);

// Base letter + mark pairs. The result's case follows the base; a mark of the "wrong" case is accepted too, since
// it is still unambiguous and sloppy files (retyped or UPPER()-ed cells) contain it.
const VNI_PAIR_MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const add = (bases: string, marks: string, modifier: string, firstIsBare: boolean): void => {
    for (const base of bases) {
      const uniBase = VNI_SINGLE_MAP.get(base) ?? base;
      for (let i = 0; i < marks.length; i++) {
        const tone = firstIsBare ? (i === 0 ? '' : TONES[i - 1]) : TONES[i];
        const lower = nfc(uniBase + modifier + (tone ?? ''));
        const mark = marks.charAt(i);
        for (const m of [mark, mark.toUpperCase()]) {
          map.set(base + m, lower);
          map.set(base.toUpperCase() + m, lower.toUpperCase());
        }
      }
    }
  };
  add('aeouyôö', VNI_TONE_MARKS, '', false);
  add('aeo', VNI_CIRCUMFLEX_MARKS, CIRCUMFLEX, true);
  add('a', VNI_BREVE_MARKS, BREVE, true);
  return map;
})();

/** Converts a string read from a TCVN3- or VNI-font cell into NFC Unicode. ASCII is left as is. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  let out = '';
  if (encoding === 'tcvn3') {
    for (const ch of text) out += TCVN3_MAP.get(ch) ?? fromC1(ch);
    return nfc(out);
  }
  for (let i = 0; i < text.length;) {
    const pair = VNI_PAIR_MAP.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
    } else {
      const ch = text.charAt(i);
      out += VNI_SINGLE_MAP.get(ch) ?? fromC1(ch);
      i += 1;
    }
  }
  return nfc(out);
}

/** `.VnTime`, `.VnArialH`… are TCVN3 (ABC) fonts; `VNI-Times`, `VNI-Helve`… are VNI fonts. */
export function legacyEncodingFromFont(fontName: string): LegacyEncoding | null {
  const name = fontName.trim().toLowerCase();
  if (name.startsWith('.vn')) return 'tcvn3';
  if (name.startsWith('vni-')) return 'vni';
  return null;
}

// ---- Detection -------------------------------------------------------------------------------------------------

// Vietnamese syllable shape on a lower-case, toneless word: initial, vowel nucleus, final. Nuclei ending in a
// semivowel take no final; some nuclei need one. "k" as a final occurs in Central Highlands names (Đắk Lắk).
const INITIALS = 'ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx]';
const OPEN = 'iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ua|ưa';
const CLOSABLE = 'oa|oe|uê|uơ|uy|a|e|ê|i|o|ô|ơ|u|ư|y';
const NEEDS_FINAL = 'uyê|iê|yê|uô|ươ|oă|uâ|oo|ă|â';
const FINALS = 'ch|ng|nh|[ckmnpt]';
const SYLLABLE_RE = new RegExp(
  `^(?:${INITIALS})?(?:(?:${OPEN})|(?:${CLOSABLE})(${FINALS})?|(?:${NEEDS_FINAL})(${FINALS}))$`,
  'u',
);
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const STOP_FINALS = new Set(['c', 'ch', 'k', 'p', 't']);

function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_RE) ?? [];
  if (tones.length > 1) return false;
  const match = SYLLABLE_RE.exec(nfc(decomposed.replace(TONE_RE, '')));
  if (match === null) return false;
  // Stop finals only take sắc or nặng.
  const final = match[1] ?? match[2];
  return final === undefined || !STOP_FINALS.has(final) || tones[0] === TONES[0] || tones[0] === TONES[4];
}

// Word separators: whitespace, ASCII non-letters and general punctuation. Latin-1 symbols are NOT separators,
// because TCVN3 uses them as letters («, §, ©…).
const SEPARATOR_RE = /[\s!-@[-`{-~\u2000-\u206f]+/u;
// Letters only proper Unicode Vietnamese has (outside Latin-1), or combining marks of NFD text.
const UNICODE_VIETNAMESE_RE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|[\u0300-\u0323]/u;

/**
 * Counts the words that mix ASCII letters with other characters, and how many of them are Vietnamese syllables.
 * ASCII-only words prove nothing; neither do words without ASCII letters, such as the symbols in "20×30" or "1½",
 * which TCVN3 would turn into plausible one-vowel words.
 */
function syllableScore(text: string): { words: number; valid: number } {
  let words = 0;
  let valid = 0;
  for (const word of text.split(SEPARATOR_RE)) {
    if (!/[^\p{ASCII}]/u.test(word) || !/[a-z]/iu.test(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) valid++;
  }
  return { words, valid };
}

const MIN_VALID_SHARE = 0.8; // a converted sample must be at least this share of valid syllables to vote
const MIN_SHARE = 0.5; // winning encoding must repair at least half of the informative samples
const MIN_REPAIRED_WORDS = 3; // and at least this many words overall
const MAX_HARM_SHARE = 0.1; // samples that are real Unicode or get worse when converted

/**
 * Decides whether sample cells of one sheet are TCVN3, VNI or neither. A sample votes for an encoding when its
 * conversion is (almost) all valid Vietnamese syllables and has more of them than the original; it counts as harm
 * when it is already proper Unicode Vietnamese or its conversion has fewer valid syllables. ASCII-only samples are
 * ignored. Returns null unless one encoding wins clearly.
 */
export function detectLegacyEncoding(samples: readonly string[]): LegacyEncoding | null {
  const encodings: readonly LegacyEncoding[] = ['tcvn3', 'vni'];
  const votes = { tcvn3: 0, vni: 0 };
  const repaired = { tcvn3: 0, vni: 0 };
  const harm = { tcvn3: 0, vni: 0 };
  let informative = 0;
  for (const sample of samples) {
    if (UNICODE_VIETNAMESE_RE.test(sample)) {
      informative++;
      harm.tcvn3++;
      harm.vni++;
      continue;
    }
    const before = syllableScore(sample);
    if (before.words === 0) continue;
    informative++;
    for (const encoding of encodings) {
      const after = syllableScore(convertLegacy(sample, encoding));
      if (after.valid > before.valid && after.valid >= MIN_VALID_SHARE * after.words) {
        votes[encoding]++;
        repaired[encoding] += after.valid - before.valid;
      } else if (after.valid < before.valid) {
        harm[encoding]++;
      }
    }
  }
  if (informative === 0) return null;
  const [best, other] = votes.vni > votes.tcvn3 ? (['vni', 'tcvn3'] as const) : (['tcvn3', 'vni'] as const);
  const clear =
    votes[best] >= MIN_SHARE * informative &&
    votes[best] >= 2 * votes[other] + 1 &&
    repaired[best] >= MIN_REPAIRED_WORDS &&
    harm[best] <= MAX_HARM_SHARE * informative;
  return clear ? best : null;
}
