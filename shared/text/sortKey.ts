// A byte-comparable key that sorts like Vietnamese collation, so SQLite can ORDER BY an index
// (better-sqlite3 cannot register collations). Letters are primary, tones secondary, numbers by value.

const LETTERS = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
// Dictionary order of tones: ngang, huyền, hỏi, ngã, sắc, nặng.
const TONES: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' };
const LETTER_RANK = new Map<string, string>(LETTERS.map((l, i) => [l, String.fromCharCode(0x41 + i)]));
const DIGIT_MARK = '0';

const splitCache = new Map<string, { base: string; tone: string }>();

/** Splits a letter into its base (keeping ă â ê ô ơ ư đ) and its tone mark; cached, as names reuse few letters. */
function splitTone(ch: string): { base: string; tone: string } {
  const cached = splitCache.get(ch);
  if (cached) return cached;
  const split = splitUncached(ch);
  if (splitCache.size < 10_000) splitCache.set(ch, split);
  return split;
}

function splitUncached(ch: string): { base: string; tone: string } {
  const nfd = ch.normalize('NFD');
  let tone = '0';
  let rest = '';
  for (const c of nfd) {
    const t = TONES[c];
    if (t) tone = t;
    else rest += c;
  }
  return { base: rest.normalize('NFC'), tone };
}

export function vietnameseSortKey(text: string): string {
  const s = text.normalize('NFC').toLocaleLowerCase('vi').trim();
  let primary = '';
  let secondary = '';
  let i = 0;
  const chars = [...s];
  while (i < chars.length) {
    const ch = chars[i]!;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < chars.length && chars[j]! >= '0' && chars[j]! <= '9') j++;
      const digits = chars
        .slice(i, j)
        .join('')
        .replace(/^0+(?=\d)/, '');
      // Length first, so 2 < 10: "0" + width letter + digits.
      primary += DIGIT_MARK + String.fromCharCode(0x41 + Math.min(digits.length, 25)) + digits;
      i = j;
      continue;
    }
    const { base, tone } = splitTone(ch);
    const rank = LETTER_RANK.get(base);
    if (rank) {
      primary += rank;
      secondary += tone;
    } else if (/\s/.test(ch)) {
      primary += ' ';
    } else if (/[\p{L}]/u.test(ch)) {
      // Letters outside Vietnamese sort after z, by code point.
      primary += '~' + base;
    } else {
      // Punctuation and symbols count, before digits and letters, as in Intl.Collator's default order.
      primary += '!' + ch;
    }
    i++;
  }
  return `${primary.replace(/ +/g, ' ')}\u0001${secondary}`;
}
