import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  convertLegacy,
  detectLegacyEncoding,
  legacyEncodingFromFont,
  type LegacyEncoding,
} from '#shared/text/legacyVietnamese.ts';
import { ALL_LETTERS, LOWER_LETTERS, TCVN3_BYTES, TCVN3_UNICODE, toTcvn3, toVni } from '../support/legacyEncoders.ts';

// ---- Tests ------------------------------------------------------------------------------------------------------

describe('letter inventory used by the tests', () => {
  it('has 134 precomposed letters, each one code point', () => {
    expect(ALL_LETTERS).toHaveLength(134);
    expect(new Set(ALL_LETTERS).size).toBe(134);
    for (const l of ALL_LETTERS) expect([...l]).toHaveLength(1);
    expect([...TCVN3_UNICODE]).toHaveLength(TCVN3_BYTES.length);
  });
});

describe('convertLegacy: TCVN3', () => {
  it.each([
    ['Th«n §«ng', 'Thôn Đông'],
    ['Tæ d©n phè', 'Tổ dân phố'],
    ['Hé gia ®×nh', 'Hộ gia đình'],
    ['Tæng céng', 'Tổng cộng'],
    ['Danh s¸ch ng\u00ADêi d©n', 'Danh sách người dân'],
    ['B¶o Th¾ng', 'Bảo Thắng'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
  ])('%s -> %s', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'tcvn3')).toBe(unicode);
  });

  it('round-trips all 67 lower-case letters and the 7 precomposed capitals TCVN3 has', () => {
    const supported = ALL_LETTERS.filter((l) => TCVN3_UNICODE.includes(l));
    expect(supported).toHaveLength(74);
    for (const letter of supported) expect(convertLegacy(toTcvn3(letter), 'tcvn3')).toBe(letter);
  });

  it('maps every TCVN3 byte in the table to its letter in one pass', () => {
    expect(convertLegacy(TCVN3_BYTES, 'tcvn3')).toBe(TCVN3_UNICODE);
  });

  it('keeps .VnTimeH-style capitals as the lower-case letters TCVN3 defines', () => {
    // In a .VnTimeH cell "TæNG CéNG" displays as TỔNG CỘNG; the code points themselves are lower case.
    expect(convertLegacy('TæNG CéNG', 'tcvn3')).toBe('TổNG CộNG');
    expect(convertLegacy('§¤NG', 'tcvn3')).toBe('ĐÔNG');
  });
});

describe('convertLegacy: VNI', () => {
  it.each([
    ['Thoân Ñoâng', 'Thôn Đông'],
    ['Toå daân phoá', 'Tổ dân phố'],
    ['Hoä gia ñình', 'Hộ gia đình'],
    ['TOÅNG COÄNG', 'TỔNG CỘNG'],
    ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['ngöôøi Quoác', 'người Quốc'],
    ['NGÖÔØI', 'NGƯỜI'],
  ])('%s -> %s', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'vni')).toBe(unicode);
  });

  it.each([
    ['ÔÙ', 'Ớ'],
    ['Î', 'Ỵ'],
    ['î', 'ỵ'],
    ['Æ', 'Ỉ'],
    ['Ó', 'Ĩ'],
    ['ò', 'ị'],
    ['AÚ', 'Ẳ'],
    ['aü', 'ẵ'],
    ['EÄ', 'Ệ'],
    ['öï', 'ự'],
    ['yõ', 'ỹ'],
    ['Ñ', 'Đ'],
  ])('table entry %s -> %s', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'vni')).toBe(unicode);
  });

  it('round-trips all 134 precomposed letters in both cases', () => {
    for (const letter of ALL_LETTERS) expect(convertLegacy(toVni(letter), 'vni')).toBe(letter);
  });

  it('takes the case from the base letter when the mark has the other case', () => {
    expect(convertLegacy('Hoà', 'vni')).toBe('Hồ');
    expect(convertLegacy('HOà', 'vni')).toBe('HỒ');
    expect(convertLegacy('hoÀ', 'vni')).toBe('hồ');
  });

  it('leaves a mark byte that follows no suitable base letter unchanged', () => {
    expect(convertLegacy('â 1ù', 'vni')).toBe('â 1ù');
    expect(convertLegacy('uâ', 'vni')).toBe('uâ'); // circumflex does not go on u
  });
});

describe('convertLegacy: common behaviour', () => {
  const encodings: LegacyEncoding[] = ['tcvn3', 'vni'];

  it.each(encodings)('%s leaves ASCII untouched', (encoding) => {
    const ascii = 'Thon Dong, To 3 - (STT: 12/05/2024) #@!~`{}[]|\\"\'';
    expect(convertLegacy(ascii, encoding)).toBe(ascii);
    expect(convertLegacy('', encoding)).toBe('');
  });

  it.each(encodings)('%s turns C1 code points into their cp1252 characters and keeps cp1252 ones', (encoding) => {
    expect(convertLegacy('\u0093A\u0094\u0085 \u0080', encoding)).toBe('“A”… €');
    expect(convertLegacy('“A”… € Œ ˆ', encoding)).toBe('“A”… € Œ ˆ');
    expect(convertLegacy('\u0081', encoding)).toBe('\u0081'); // undefined in cp1252
  });

  it.each(encodings)('%s returns NFC', (encoding) => {
    const out = convertLegacy(encoding === 'tcvn3' ? 'Hé gia ®×nh' : 'Hoä gia ñình', encoding);
    expect(out).toBe(out.normalize('NFC'));
  });

  it('round-trips arbitrary Vietnamese text through the VNI encoder', () => {
    const alphabet = [...ALL_LETTERS, ...'abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY ,.-0123456789'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(convertLegacy(toVni(text), 'vni')).toBe(text);
      }),
    );
  });

  it('round-trips arbitrary lower-case Vietnamese text through the TCVN3 encoder', () => {
    const alphabet = [...LOWER_LETTERS, 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', ...'abcdeghiklmnopqrstuvxyABCDXY ,.-0123'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(convertLegacy(toTcvn3(text), 'tcvn3')).toBe(text);
      }),
    );
  });
});

describe('legacyEncodingFromFont', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnArialH', 'tcvn3'],
    ['.VnCentury Schoolbook', 'tcvn3'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['vni-times', 'vni'],
    ['Times New Roman', null],
    ['Arial', null],
    ['Calibri', null],
    ['', null],
  ] as const)('%s -> %s', (font, expected) => {
    expect(legacyEncodingFromFont(font)).toBe(expected);
  });
});

// A sheet's worth of cells: headings, village names, people, and some ASCII/number cells.
const SHEET_UNICODE = [
  'DANH SÁCH HỘ GIA ĐÌNH',
  'Số TT',
  'Họ và tên chủ hộ',
  'Địa chỉ',
  'Thôn Đông',
  'Thôn Tây',
  'Thôn Trung',
  'Tổ dân phố số 3',
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Khu dân cư văn hóa',
  'Đạt tiêu chuẩn an toàn về an ninh, trật tự',
  'Tổng cộng',
  '12',
  '05/06/2024',
  'Ghi chú',
];
// TCVN3 has no precomposed capitals for toned letters, so the legacy sheet is written in sentence case.
const SHEET_TCVN3_SOURCE = SHEET_UNICODE.map((s) => (s === s.toUpperCase() ? 'Danh sách hộ gia đình' : s));

describe('detectLegacyEncoding', () => {
  it('detects a TCVN3 sheet', () => {
    expect(detectLegacyEncoding(SHEET_TCVN3_SOURCE.map(toTcvn3))).toBe('tcvn3');
  });

  it('detects a TCVN3 column of village names typed for a .VnTimeH heading font', () => {
    const cells = ['DANH S¸CH TH¤N', 'Th«n §«ng', 'Th«n T©y', 'Th«n Nam', 'X· Hßa B×nh', 'Tæ d©n phè 5', '§éi 2'];
    expect(detectLegacyEncoding(cells)).toBe('tcvn3');
  });

  it('detects a VNI sheet, including capital headings', () => {
    expect(detectLegacyEncoding(SHEET_UNICODE.map(toVni))).toBe('vni');
  });

  it('detects the brief examples as a column', () => {
    expect(detectLegacyEncoding(['Th«n §«ng', 'Tæ d©n phè', 'Hé gia ®×nh', 'Tæng céng'])).toBe('tcvn3');
    expect(detectLegacyEncoding(['Thoân Ñoâng', 'Toå daân phoá', 'Hoä gia ñình', 'TOÅNG COÄNG'])).toBe('vni');
  });

  it('converting what it detects yields the original Unicode', () => {
    const tcvn3 = SHEET_TCVN3_SOURCE.map(toTcvn3);
    const vni = SHEET_UNICODE.map(toVni);
    expect(tcvn3.map((s) => convertLegacy(s, 'tcvn3'))).toEqual(SHEET_TCVN3_SOURCE);
    expect(vni.map((s) => convertLegacy(s, 'vni'))).toEqual(SHEET_UNICODE);
  });

  it('returns null for proper Unicode Vietnamese (NFC)', () => {
    expect(detectLegacyEncoding(SHEET_UNICODE)).toBeNull();
    expect(detectLegacyEncoding(['ă', 'ơ', 'đ', 'Đ', 'é', 'Thôn Đông'])).toBeNull();
  });

  it('returns null for Unicode Vietnamese that uses only Latin-1 letters', () => {
    const cells = ['Thôn Tây', 'Hà', 'Bình', 'Võ', 'Hòa', 'Lê', 'Tô', 'Cô', 'Tân', 'Hé', 'Mê', 'Chín'];
    expect(detectLegacyEncoding(cells)).toBeNull();
  });

  it('returns null for NFD Vietnamese', () => {
    expect(detectLegacyEncoding(SHEET_UNICODE.map((s) => s.normalize('NFD')))).toBeNull();
    expect(detectLegacyEncoding(['Thôn Tây', 'Hà', 'Bình', 'Hòa'].map((s) => s.normalize('NFD')))).toBeNull();
  });

  it('returns null for English, Western European text, numbers and empty input', () => {
    expect(detectLegacyEncoding(['Name', 'Address', 'Total', 'Date of birth', 'Notes'])).toBeNull();
    expect(detectLegacyEncoding(['Café crème', 'Élève', 'Noël', 'Müller', 'São Paulo', 'Señor Núñez'])).toBeNull();
    expect(detectLegacyEncoding(['1', '2.5', '1.234,5', '12/05/2024', '-', '100%'])).toBeNull();
    expect(detectLegacyEncoding(['20×30', '15×40', '3×4 m', '1½', '£5', '© 2024', '25°C', 'm²', '¼', 'µg'])).toBeNull();
    // × is TCVN3 "ì": symbol-only words must not count as repaired syllables.
    expect(detectLegacyEncoding(['20×30', '15×40', '3×4', '2×5'])).toBeNull();
    expect(detectLegacyEncoding([])).toBeNull();
    expect(detectLegacyEncoding(['', '   ', ''])).toBeNull();
  });

  it('is conservative: weak or mixed evidence gives null', () => {
    expect(detectLegacyEncoding(['Tæ 1'])).toBeNull(); // a single repaired word
    const tcvn3 = SHEET_TCVN3_SOURCE.map(toTcvn3);
    // A sheet partly retyped in Unicode: converting it wholesale would damage the Unicode cells.
    expect(detectLegacyEncoding([...tcvn3, 'Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'])).toBeNull();
  });
});
