// The text rule and the file-name rule on hostile input: characters that hide or reorder what is shown, broken
// UTF-16, names that hide their real extension or name a Windows device; and the zone mark copies carry.
import { describe, expect, it } from 'vitest';
import { zoneMark } from '../../electron/core/attachments/readOnlyCopy.ts';
import { contract } from '#shared/api/contract.ts';
import { fileNameProblem, viewableNameProblem } from '#shared/files/viewable.ts';
import { textProblem } from '#shared/text/freeText.ts';

const HIDDEN = [
  ['\u0000', /điều khiển/u],
  ['\u0007', /điều khiển/u],
  ['\u001b[2J', /điều khiển/u],
  ['\u007f', /điều khiển/u],
  ['\u0085', /điều khiển/u],
  ['\u202a', /đảo chiều/u],
  ['\u202e', /đảo chiều/u],
  ['\u2066', /đảo chiều/u],
  ['\u2069', /đảo chiều/u],
  ['\u200b', /vô hình/u],
  ['\u200d', /vô hình/u],
  ['\ufeff', /vô hình/u],
  ['\ud800', /hỏng/u],
  ['\udfff', /hỏng/u],
] as const;

describe('the text rule', () => {
  it.each(HIDDEN)('refuses %j anywhere in a text', (c, reason) => {
    for (const text of [c, `Thôn ${c}Đông`, `Thôn Đông${c}`]) expect(textProblem(text), text).toMatch(reason);
  });

  it('keeps Vietnamese, emoji pairs and, where a field is multi-line, tab and line breaks', () => {
    expect(textProblem('Tổ dân phố số 3 – Phường Đông Sơn 😀')).toBeNull();
    expect(textProblem('Điều 1.\n\tCông nhận…\r\n', true)).toBeNull();
    expect(textProblem('dòng 1\ndòng 2')).toMatch(/xuống dòng/u);
  });

  it('refuses through the API schemas with a message naming the field', () => {
    const unit = { kind: 'khu_dan_cu', subtype: 'thon', name: 'Thôn Đông' };
    for (const [c] of HIDDEN) {
      const name = contract['units.create'].input.safeParse({ ...unit, name: `Thôn ${c}Đông` });
      expect(name.success).toBe(false);
      expect(name.error!.issues[0]!.message).toMatch(/^Tên đơn vị có /u);
      const notes = contract['units.create'].input.safeParse({ ...unit, notes: `ghi ${c} chú` });
      expect(notes.error!.issues[0]!.message).toMatch(/^Ghi chú có /u);
      const reason = contract['dossiers.setStatus'].input.safeParse({ dossierId: 1, status: 'da_nhan', reason: c });
      expect(reason.error!.issues[0]!.message).toMatch(/^Lý do có /u);
    }
    // Line breaks a text area sends stay allowed (and are collapsed, as before).
    expect(contract['units.create'].input.parse({ ...unit, notes: 'dòng 1\ndòng 2' }).notes).toBe('dòng 1 dòng 2');
  });
});

describe('the file-name rule', () => {
  it.each([
    ['', /trống/u],
    ['.', /trống/u],
    ['..', /trống/u],
    ['bien ban.pdf.', /dấu chấm/u],
    ['bien ban.pdf ', /dấu cách/u],
    ['CON', /thiết bị/u],
    ['con.pdf', /thiết bị/u],
    ['Nul.tar.pdf', /thiết bị/u],
    ['COM1.pdf', /thiết bị/u],
    ['lpt9.docx', /thiết bị/u],
    ['a\u0000b.pdf', /điều khiển/u],
    ['To trinh\u202Excod.exe', /đảo chiều/u],
    ['bao\u200Bcao.pdf', /vô hình/u],
    ['\ud800.pdf', /hỏng/u],
    [`${'a'.repeat(252)}.pdf`, /quá dài/u],
    [`${'ă'.repeat(126)}.pdf`, /quá dài/u],
  ])('refuses %j', (name, reason) => {
    expect(fileNameProblem(name)).toMatch(reason);
  });

  it('judges the type by the last extension, as Windows does', () => {
    expect(viewableNameProblem('hinh anh.pdf   .exe')).toMatch(/"\.exe"/u);
    expect(viewableNameProblem('bao cao.hta')).toMatch(/"\.hta"/u);
    expect(viewableNameProblem('ke hoach.docm')).toMatch(/"\.docm"/u);
    expect(viewableNameProblem('khong duoi')).toMatch(/không có phần mở rộng/u);
    for (const ok of ['Biên bản.PDF', 'a.doc', 'a.docx', 'a.xls', 'a.xlsx', 'a.odt', 'a.ods', 'a.jpeg', 'a.tif'])
      expect(viewableNameProblem(ok), ok).toBeNull();
  });
});

describe('the zone mark on copies for opening', () => {
  it('is an NTFS stream saying "another zone", only on Windows and only for files from outside', () => {
    expect(zoneMark('win32', 'C:\\T\\a.pdf', true)).toEqual({
      path: 'C:\\T\\a.pdf:Zone.Identifier',
      content: '[ZoneTransfer]\r\nZoneId=3\r\n',
    });
    expect(zoneMark('win32', 'C:\\T\\a.pdf', false)).toBeNull();
    expect(zoneMark('linux', '/tmp/a.pdf', true)).toBeNull();
  });
});
