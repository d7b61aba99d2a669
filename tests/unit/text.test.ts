import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateVi, isValidIsoDate, parseDateVi } from '#shared/text/dates.ts';
import { cleanText, compareVietnamese, foldKey, foldText } from '#shared/text/fold.ts';
import { parseCount } from '#shared/text/numbers.ts';
import { vietnameseSortKey } from '#shared/text/sortKey.ts';

const nfd = (s: string) => s.normalize('NFD');

describe('foldText', () => {
  it.each([
    ['Đông Sơn', 'dong son'],
    [nfd('Đông Sơn'), 'dong son'],
    ['đường ĐỖ', 'duong do'],
    ['  Thôn\u00a0 Hạ   Long ', 'thon ha long'],
    ['Ấp Bình Dương', 'ap binh duong'],
    ['Tổ dân phố số 7', 'to dan pho so 7'],
  ])('folds %j to %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('folds NFC and NFD spellings of every name alike', () => {
    for (const name of REALISTIC_NAMES) expect(foldText(nfd(name))).toBe(foldText(name));
  });
});

describe('foldKey', () => {
  it('ignores spaces, punctuation, case and diacritics', () => {
    const key = foldKey('Thôn Đông 1');
    expect(key).toBe('thondong1');
    for (const variant of [' THÔN  ĐÔNG 1 ', 'thon-dong.1', nfd('Thôn Đông (1)'), 'Thon Dong 1', 'thôn\u00a0đông\t1']) {
      expect(foldKey(variant), variant).toBe(key);
    }
    expect(foldKey('Thôn Đông 10')).not.toBe(key);
  });
});

describe('cleanText', () => {
  it('returns NFC with whitespace collapsed and trimmed', () => {
    const cleaned = cleanText(`  ${nfd('Tổ  dân\u00a0phố')}\tsố 7 \n`);
    expect(cleaned).toBe('Tổ dân phố số 7');
    expect(cleaned).toBe(cleaned.normalize('NFC'));
    expect(cleanText('   ')).toBe('');
  });
});

describe('parseCount', () => {
  it.each([
    ['1.234', 1234],
    ['1,234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1.234.567', 1234567],
    ['1234', 1234],
    [' 98 ', 98],
    ['1234 hộ', 1234],
    ['412 người', 412],
    [nfd('120 hộ'), 120],
    ['0', 0],
    [256, 256],
    [0, 0],
  ] as const)('reads %j as %d', (input, count) => {
    expect(parseCount(input)).toBe(count);
  });

  it.each([
    ['1.5'],
    ['1,5'],
    ['12,5'],
    ['1.2345'],
    ['12.345,6'],
    ['-3'],
    [''],
    ['hộ'],
    ['mười hai'],
    [1.5],
    [-3],
    [Number.NaN],
    [null],
    [undefined],
  ] as const)('refuses %j', (input) => {
    expect(parseCount(input)).toBeNull();
  });

  // A mistyped "12a" must not be read as 12 households; only "12 hộ"-style suffixes are accepted.
  it('refuses a count with a letter glued to it ("12a")', () => {
    expect(parseCount('12a')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['5/11/2025', '2025-11-05'],
    ['05/11/2025', '2025-11-05'],
    ['05.11.2025', '2025-11-05'],
    ['5-11-2025', '2025-11-05'],
    [' 29/02/2024 ', '2024-02-29'],
    ['2025-11-05', '2025-11-05'],
  ])('parses %j as %s', (text, iso) => {
    expect(parseDateVi(text)).toBe(iso);
  });

  it.each([
    '31/02/2025',
    '29/02/2025',
    '31/04/2025',
    '00/01/2025',
    '01/13/2025',
    '2025-02-31',
    '5/11/25',
    'hôm nay',
    '',
  ])('rejects %j', (text) => {
    expect(parseDateVi(text)).toBeNull();
  });

  it('formats ISO dates as dd/mm/yyyy and leaves other text alone', () => {
    expect(formatDateVi('2025-11-05')).toBe('05/11/2025');
    expect(formatDateVi('2025-11-05T08:30:00.000Z')).toBe('05/11/2025');
    expect(formatDateVi(null)).toBe('');
    expect(formatDateVi('không rõ')).toBe('không rõ');
  });

  it('round-trips every real date between 1900 and 2100', () => {
    const day = fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 });
    fc.assert(
      fc.property(day, (d) => {
        const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
        expect(isValidIsoDate(iso)).toBe(true);
        expect(parseDateVi(formatDateVi(iso))).toBe(iso);
      }),
    );
  });
});

// Names as offices write them; unique ignoring case, without punctuation (see the punctuation test below).
const REALISTIC_NAMES = [
  'Thôn 2',
  'Thôn 10',
  'Thôn 1',
  'Thôn Đông 1',
  'Thôn Đông 2',
  'Thôn Đông 10',
  'Thôn Đông',
  'Thôn Dương Xá',
  'Thôn Tây Sơn',
  'Thôn Nam Sơn',
  'Thôn Bắc Sơn',
  'Thôn An Bình',
  'Thôn Ân Thi',
  'Thôn Ăn Ninh',
  'Thôn Hòa Lạc',
  'Thôn Hoà Bình',
  'Thôn Hạ Long',
  'Thôn Hà Nam',
  'Thôn Hả',
  'Thôn Hã',
  'Thôn Há',
  'Thôn Ha',
  'Làng Yên Bình',
  'Bản Nà Mèo',
  'Ấp 3',
  'Ấp Bình Dương',
  'Buôn Ma Thuột',
  'Tổ dân phố số 1',
  'Tổ dân phố số 2',
  'Tổ dân phố số 12',
  'Khu phố Chợ',
  'Xã Đông Sơn',
  'Xã Dong Sơn',
  'Trường THCS Lê Lợi',
  'Trường THPT Lê Lai',
  'Trạm Kiểm lâm Đông Sơn',
  'Công ty TNHH Đồ gỗ Hưng Thịnh',
  'Công an xã',
  'Chi nhánh Ngân hàng Chính sách xã hội',
  'Ủy ban nhân dân',
  'Uỷ ban Mặt trận',
  'ăn',
  'ân',
  'an',
  'đa',
  'da',
  'ma',
  'mà',
  'mả',
  'mã',
  'má',
  'mạ',
];

const sign = (n: number) => Math.sign(n);
const byKey = (a: string, b: string) => {
  const [x, y] = [vietnameseSortKey(a), vietnameseSortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};
const collator = new Intl.Collator('vi', { numeric: true });
const ignoringCase = new Intl.Collator('vi', { numeric: true, sensitivity: 'accent' });

describe('vietnameseSortKey', () => {
  it('orders realistic names exactly like Intl.Collator("vi", { numeric: true })', () => {
    expect(new Set(REALISTIC_NAMES.map(vietnameseSortKey)).size).toBe(REALISTIC_NAMES.length);
    expect([...REALISTIC_NAMES].sort(byKey)).toEqual([...REALISTIC_NAMES].sort(collator.compare));
  });

  it.each([
    ['Thôn 2', 'Thôn 10'],
    ['Thôn 9', 'Thôn 10'],
    ['Thôn 10', 'Thôn 10 mới'],
    ['Thôn', 'Thôn 1'],
    ['a', 'ă'],
    ['ă', 'â'],
    ['â', 'b'],
    ['d', 'đ'],
    ['đ', 'e'],
    ['o', 'ô'],
    ['ô', 'ơ'],
    ['u', 'ư'],
    ['ma', 'mà'],
    ['mà', 'mả'],
    ['mả', 'mã'],
    ['mã', 'má'],
    ['má', 'mạ'],
    ['mạ', 'mac'],
    ['Đông Sơn', 'Đồng Sơn'],
  ])('puts %j before %j', (a, b) => {
    expect(byKey(a, b)).toBe(-1);
    expect(sign(collator.compare(a, b))).toBe(-1);
  });

  it('gives NFC and NFD spellings the same key', () => {
    for (const name of REALISTIC_NAMES) expect(vietnameseSortKey(nfd(name))).toBe(vietnameseSortKey(name));
  });

  it('agrees with the collator on random names built from syllables and numbers, up to case', () => {
    const syllables = [
      'thôn',
      'đông',
      'sơn',
      'tây',
      'hòa',
      'hoà',
      'hóa',
      'hỏa',
      'lạc',
      'la',
      'lá',
      'là',
      'lả',
      'lã',
      'lạ',
      'ăn',
      'ân',
      'an',
      'dương',
      'đường',
      'duong',
      'mai',
      'ma',
      'mà',
      'xã',
      'phường',
      'tổ',
      'to',
      'tô',
      'tờ',
      'tơ',
      'bản',
      'ban',
      'ấp',
      'khu',
      'phố',
      'số',
      'chợ',
      'hưng',
      'thịnh',
      'yên',
      'bình',
      'nghệ',
      'ngõ',
      'gì',
      'gia',
      'quý',
      'qui',
      'ủy',
      'uỷ',
      'i',
      'y',
      'a',
      'ă',
      'â',
      'e',
      'ê',
      'o',
      'ô',
      'ơ',
      'u',
      'ư',
      'đ',
      'd',
    ];
    const syllable = fc
      .tuple(fc.constantFrom(...syllables), fc.constantFrom('lower', 'title', 'upper'), fc.boolean())
      .map(([s, cased, decomposed]) => {
        const c =
          cased === 'upper'
            ? s.toLocaleUpperCase('vi')
            : cased === 'title'
              ? s[0]!.toLocaleUpperCase('vi') + s.slice(1)
              : s;
        return decomposed ? nfd(c) : c;
      });
    const number = fc.oneof(fc.nat({ max: 999_999 }).map(String), fc.constantFrom('0', '00', '01', '007', '010'));
    const name = fc
      .array(fc.oneof({ weight: 3, arbitrary: syllable }, { weight: 1, arbitrary: number }), {
        minLength: 1,
        maxLength: 5,
      })
      .map((w) => w.join(' '));

    fc.assert(
      fc.property(name, name, (a, b) => {
        const k = byKey(a, b);
        if (k === 0) expect(ignoringCase.compare(a, b), `${a} | ${b}`).toBe(0);
        else expect(sign(collator.compare(a, b)), `${a} | ${b}`).toBe(k);
      }),
      { numRuns: 20_000 },
    );
  });

  it('ties names that differ only in case (the collator puts lower case first)', () => {
    expect(byKey('thôn Đông', 'Thôn đông')).toBe(0);
    expect(sign(collator.compare('thôn Đông', 'Thôn đông'))).not.toBe(0);
  });

  // The database order (sort key) and the grid's order (compareVietnamese) must agree for names with "-", "(", ".".
  it('orders names with punctuation like the collator', () => {
    for (const [a, b] of [
      ['Thôn Hà-Nam', 'Thôn Hàm'],
      ['Trường THCS (cơ sở 2)', 'Trường THCS cơ sở 1'],
    ]) {
      expect(sign(compareVietnamese(a!, b!)), `${a} | ${b}`).toBe(-1);
      expect(byKey(a!, b!), `${a} | ${b}`).toBe(-1);
    }
  });
});
