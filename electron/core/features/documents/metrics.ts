// Width of a line of Times New Roman Bold, so the horizontal rules NĐ 30 asks for can be sized to the text
// ("exactly the length of the motto", "1/3 to 1/2 of the issuing body's name") without a layout engine.
// Advance widths of U+0020..U+007E in 1/2048 em, read from Liberation Serif Bold 2.x, which is metric-compatible
// with Times New Roman Bold (it exists to replace it without reflowing documents).
const BOLD_ASCII = [
  512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593,
  797, 1024, 1593, 1366, 1933, 1479, 1593, 1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569,
  682, 1190, 1024, 682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024, 1139, 1139,
  909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065,
];
// Letters whose width is not that of an ASCII base letter. Tone marks do not change widths; the horn does.
const BOLD_EXTRA: Record<string, number> = {
  Đ: 1479,
  đ: 1139,
  Ơ: 1593,
  ơ: 1134,
  Ư: 1630,
  ư: 1229,
  '“': 1024,
  '”': 1024,
};
const UNITS_PER_EM = 2048;
const FALLBACK = 1024;

function charWidth(ch: string): number {
  const extra = BOLD_EXTRA[ch];
  if (extra !== undefined) return extra;
  const code = ch.codePointAt(0)!;
  return code >= 0x20 && code <= 0x7e ? BOLD_ASCII[code - 0x20]! : FALLBACK;
}

/** Keep the horn (U+031B) and drop the tone and other marks: "Tự" -> "Tư", "Độc" -> "Đoc". */
function baseLetters(text: string): string[] {
  return [
    ...text
      .normalize('NFD')
      .replace(/[\u0300-\u031a\u031c-\u036f]/gu, '')
      .normalize('NFC'),
  ];
}

/** Width in twips of text set in Times New Roman Bold at the given size in half-points. */
export function boldTextWidthTwips(text: string, sizeHalfPoints: number): number {
  const em = baseLetters(text).reduce((sum, ch) => sum + charWidth(ch), 0) / UNITS_PER_EM;
  // 1 pt = 20 twips and the size is in half-points, so one em is sizeHalfPoints * 10 twips.
  return Math.round(em * sizeHalfPoints * 10);
}
