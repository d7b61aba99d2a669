// The NĐ 30 text conventions: numbers, dates, list endings, signature lines, and the text widths behind the rules.
import { describe, expect, it } from 'vitest';
import {
  attachmentNote,
  formatDocumentNumber,
  formatLongDate,
  formatPlaceDate,
  recipientLines,
  signatureLines,
  withListEndings,
} from '#shared/documents/format.ts';
import { boldTextWidthTwips } from '../../../electron/core/features/documents/metrics.ts';

describe('document number', () => {
  it('writes a leading zero below 10 and blanks for a draft', () => {
    expect(formatDocumentNumber({ number: 5, code: 'QĐ-UBND' })).toBe('Số: 05/QĐ-UBND');
    expect(formatDocumentNumber({ number: 10, code: 'QĐ-UBND' })).toBe('Số: 10/QĐ-UBND');
    expect(formatDocumentNumber({ number: 123, code: 'TTr-CAX' })).toBe('Số: 123/TTr-CAX');
    expect(formatDocumentNumber({ number: null, code: 'QĐ-UBND' })).toBe('Số:      /QĐ-UBND');
  });

  it('refuses numbers that cannot be in a register', () => {
    for (const n of [0, -1, 1.5, Number.NaN]) {
      expect(() => formatDocumentNumber({ number: n, code: 'QĐ-UBND' })).toThrow(RangeError);
    }
  });
});

describe('place and date line', () => {
  it.each([
    ['2025-11-05', 'ngày 05 tháng 11 năm 2025'],
    ['2025-02-15', 'ngày 15 tháng 02 năm 2025'],
    ['2025-12-15', 'ngày 15 tháng 12 năm 2025'],
    ['2025-01-09', 'ngày 09 tháng 01 năm 2025'],
    ['2025-03-01', 'ngày 01 tháng 3 năm 2025'],
    ['2025-09-30', 'ngày 30 tháng 9 năm 2025'],
    ['2025-10-10', 'ngày 10 tháng 10 năm 2025'],
    ['2024-02-29', 'ngày 29 tháng 02 năm 2024'],
  ])('%s -> %s (zero for days below 10 and months 1–2 only)', (iso, expected) => {
    expect(formatLongDate(iso, 1999)).toBe(expected);
  });

  it('prints blanks for a draft and refuses dates that do not exist', () => {
    expect(formatLongDate(null, 2025)).toBe('ngày      tháng      năm 2025');
    expect(formatPlaceDate({ place: 'Đông Sơn', date: '2025-11-05', year: 2025 })).toBe(
      'Đông Sơn, ngày 05 tháng 11 năm 2025',
    );
    expect(formatPlaceDate({ place: 'Đông Sơn', date: null, year: 2026 })).toBe(
      'Đông Sơn, ngày      tháng      năm 2026',
    );
    for (const bad of ['2025-02-30', '05/11/2025', '2025-13-01']) expect(() => formatLongDate(bad, 2025)).toThrow();
  });

  it('builds the "(Kèm theo ...)" line of an attached list', () => {
    const note = { documentKind: 'Quyết định', year: 2025, issuer: 'Ủy ban nhân dân xã Đông Sơn' };
    expect(attachmentNote({ ...note, documentNumber: { number: 5, code: 'QĐ-UBND' }, date: '2025-02-03' })).toBe(
      '(Kèm theo Quyết định số 05/QĐ-UBND ngày 03 tháng 02 năm 2025 của Ủy ban nhân dân xã Đông Sơn)',
    );
  });
});

describe('enumerations and signatures', () => {
  it('ends every line with ";" and the last with ".", whatever was typed', () => {
    expect(withListEndings(['Căn cứ A;', 'Căn cứ B.', 'Căn cứ C,', 'Theo đề nghị D;'])).toEqual([
      'Căn cứ A;',
      'Căn cứ B;',
      'Căn cứ C;',
      'Theo đề nghị D.',
    ]);
    expect(recipientLines(['Như Điều 3', '- UBND tỉnh;', 'Lưu: VT, CAX'])).toEqual([
      '- Như Điều 3;',
      '- UBND tỉnh;',
      '- Lưu: VT, CAX.',
    ]);
  });

  it.each([
    [{ authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch' }, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    [{ authority: 'KT.', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch' }, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    [
      { authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân', deputyFor: 'Chủ tịch', title: 'Phó Chủ tịch' },
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ],
    [{ authority: 'Q.', onBehalfOf: 'Chủ tịch', title: '' }, ['Q. CHỦ TỊCH']],
    [{ authority: 'TL.', onBehalfOf: 'Chủ tịch', title: 'Chánh Văn phòng' }, ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']],
    [{ authority: '', onBehalfOf: '', title: 'Chủ tịch' }, ['CHỦ TỊCH']],
  ] as const)('signature %o', (block, lines) => {
    expect(signatureLines({ ...block, signerName: 'Lê Văn Thành' })).toEqual(lines);
  });
});

describe('bold text widths', () => {
  it('ignores tone marks but not the horn, and scales with the size', () => {
    expect(boldTextWidthTwips('Độc', 28)).toBe(boldTextWidthTwips('Đoc', 28));
    expect(boldTextWidthTwips('ự', 28)).toBe(boldTextWidthTwips('ư', 28));
    expect(boldTextWidthTwips('ư', 28)).not.toBe(boldTextWidthTwips('u', 28));
    expect(boldTextWidthTwips('ỦY BAN NHÂN DÂN', 26)).toBe(boldTextWidthTwips('UY BAN NHAN DAN', 26));
    // A 14 pt em is 280 twips; "M" is 1933/2048 em in Times New Roman Bold.
    expect(boldTextWidthTwips('M', 28)).toBe(Math.round((1933 / 2048) * 280));
    // NFD input (as from some old files) measures like NFC.
    expect(boldTextWidthTwips('Độc lập'.normalize('NFD'), 28)).toBe(boldTextWidthTwips('Độc lập', 28));
  });
});
