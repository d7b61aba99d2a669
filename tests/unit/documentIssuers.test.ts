// Each document type carries its own authority line and signing form: recognition is decided by the collective
// People's Committee (TM.), a commendation by the chair personally (never TM.; a deputy signs KT. CHỦ TỊCH).
import { describe, expect, it } from 'vitest';
import { signatureLines } from '#shared/documents/format.ts';
import { DOCUMENT_ISSUERS } from '#shared/documents/issuers.ts';

const NAMES = { bodyUpper: 'ỦY BAN NHÂN DÂN', localityUpper: 'XÃ ĐÔNG SƠN' };
const CHAIR = { authority: '' as const, title: 'Chủ tịch', fullName: 'Lê Văn Bình' };
const DEPUTY = { authority: 'KT.' as const, title: 'Phó Chủ tịch', fullName: 'Nguyễn Thị Hoa' };

describe('document issuers', () => {
  it('recognition: the collective People’s Committee heads it and signs TM., a deputy adding KT. CHỦ TỊCH', () => {
    const form = DOCUMENT_ISSUERS.recognition;
    expect(form.authorityLine(NAMES)).toBe('ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
    expect(signatureLines(form.signature(CHAIR, NAMES))).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signatureLines(form.signature(DEPUTY, NAMES))).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
  });

  it('commendation: the chair personally, never TM.; a deputy signs KT. CHỦ TỊCH', () => {
    const form = DOCUMENT_ISSUERS.commendation;
    expect(form.authorityLine(NAMES)).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
    expect(signatureLines(form.signature(CHAIR, NAMES))).toEqual(['CHỦ TỊCH']);
    expect(signatureLines(form.signature(DEPUTY, NAMES))).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    for (const person of [CHAIR, DEPUTY]) {
      expect(signatureLines(form.signature(person, NAMES)).some((l) => l.startsWith('TM.'))).toBe(false);
    }
  });
});
