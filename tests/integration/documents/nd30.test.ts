// Renders a realistic decision, unzips the .docx and checks the NĐ 30 layout rules in the XML.
import { beforeAll, describe, expect, it } from 'vitest';
import { boldTextWidthTwips } from '../../../electron/core/features/documents/metrics.ts';
import { renderDecisionDocx } from '../../../electron/core/features/documents/nd30.ts';
import {
  cellsOf,
  child,
  elements,
  findAll,
  isOn,
  pPr,
  paragraphWithText,
  readDocx,
  rowFlag,
  rowsOf,
  runProps,
  runsOf,
  tables,
  textOf,
  val,
  type Docx,
  type XmlElement,
} from './docxXml.ts';
import { CHAIR, RESIDENTIAL_AREAS, areaRows, decisionModel, residentialList } from './fixtures.ts';

const TNR = 'Times New Roman';
const mm = (x: number) => (x * 1440) / 25.4;
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Length of the bottom border of a rule paragraph in its cell or page: the box minus the indents. */
function ruleLength(p: XmlElement, boxWidth: number): number {
  const ind = child(pPr(p), 'w:ind')!;
  return boxWidth - Number(val(ind, 'w:left')) - Number(val(ind, 'w:right'));
}
const isRule = (p: XmlElement | undefined) =>
  !!p && textOf(p) === '' && val(child(child(pPr(p), 'w:pBdr'), 'w:bottom')) === 'single';
const next = (list: XmlElement[], p: XmlElement) => list[list.indexOf(p) + 1];
const cellWidth = (tc: XmlElement) => Number(val(child(child(tc, 'w:tcPr'), 'w:tcW'), 'w:w'));

function expectBorderless(tbl: XmlElement) {
  const borders = child(child(tbl, 'w:tblPr'), 'w:tblBorders')!;
  for (const side of elements(borders)) expect(['none', 'nil']).toContain(val(side));
}

let decision: Docx;
let paragraphs: XmlElement[];
beforeAll(async () => {
  decision = readDocx(await renderDecisionDocx(decisionModel()));
  paragraphs = findAll(decision.body, 'w:p');
});

describe('decision (Nghị định 30 layout)', () => {
  it('is A4 portrait with margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm', () => {
    const pgSz = child(decision.sectPr, 'w:pgSz')!;
    expect([val(pgSz, 'w:w'), val(pgSz, 'w:h')]).toEqual(['11906', '16838']);
    const m = child(decision.sectPr, 'w:pgMar')!.attrs;
    const within = (twips: string | undefined, lo: number, hi: number) =>
      expect(Number(twips)).toSatisfy((t: number) => t >= mm(lo) - 1 && t <= mm(hi) + 1);
    within(m['w:top'], 20, 25);
    within(m['w:bottom'], 20, 25);
    within(m['w:left'], 30, 35);
    within(m['w:right'], 15, 20);
  });

  it('uses Times New Roman in black for every run, as the default, and names no other font anywhere', () => {
    const rPrDefault = findAll(decision.styles, 'w:rPrDefault')[0]!;
    const defaultFonts = findAll(rPrDefault, 'w:rFonts')[0]!.attrs;
    for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(defaultFonts[slot]).toBe(TNR);

    const runs = [decision.body, ...Object.values(decision.headers)].flatMap((part) => findAll(part, 'w:r'));
    expect(runs.length).toBeGreaterThan(150);
    for (const run of runs.map(runProps)) {
      expect(run.fonts, run.text).toMatchObject({ 'w:ascii': TNR, 'w:hAnsi': TNR, 'w:cs': TNR, 'w:eastAsia': TNR });
      expect(run.color, run.text).toBe('000000');
    }
    for (const [name, xml] of Object.entries(decision.parts)) {
      for (const m of xml.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g)) expect(m[1], name).toBe(TNR);
      expect(xml, name).not.toMatch(/w:(?:ascii|hAnsi|cs|eastAsia)Theme=/);
      for (const m of xml.matchAll(/\btypeface="([^"]*)"/g)) expect(['', TNR], name).toContain(m[1]);
      for (const m of xml.matchAll(/<w:font w:name="([^"]*)"/g)) expect(m[1], name).toBe(TNR);
    }
    for (const m of decision.parts['word/document.xml']!.matchAll(/<w:color w:val="([^"]*)"/g)) {
      expect(m[1]).toBe('000000');
    }
  });

  it('opens with a borderless two-column header: issuing body and number | national title, motto, place/date', () => {
    const header = elements(decision.body)[0]!;
    expect(header.name).toBe('w:tbl');
    expectBorderless(header);
    expect(findAll(header, 'w:gridCol')).toHaveLength(2);
    const [top, bottom] = rowsOf(header) as [XmlElement, XmlElement];
    const [issuer, national] = cellsOf(top) as [XmlElement, XmlElement];

    const issuerParas = elements(issuer, 'w:p');
    for (const text of ['ỦY BAN NHÂN DÂN', 'XÃ ĐÔNG SƠN']) {
      expect(runsOf(paragraphWithText(issuer, text))).toEqual([expect.objectContaining({ bold: true, size: 26 })]);
    }
    // A short rule under the issuing body: 1/3 to 1/2 of its longest line.
    const issuerRule = issuerParas[2]!;
    expect(isRule(issuerRule)).toBe(true);
    const issuerWidth = boldTextWidthTwips('ỦY BAN NHÂN DÂN', 26);
    expect(ruleLength(issuerRule, cellWidth(issuer)) / issuerWidth).toSatisfy((r: number) => r >= 1 / 3 && r <= 1 / 2);

    const title = runsOf(paragraphWithText(national, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))[0]!;
    expect(title).toMatchObject({ bold: true });
    expect(title.size).toSatisfy((s: number) => s >= 24 && s <= 26);
    const mottoPara = paragraphWithText(national, MOTTO);
    const motto = runsOf(mottoPara)[0]!;
    expect(motto.bold).toBe(true);
    expect(motto.size).toSatisfy((s: number) => s >= 26 && s <= 28);
    // The rule under the motto is exactly as long as the motto.
    const mottoRule = next(elements(national, 'w:p'), mottoPara)!;
    expect(isRule(mottoRule)).toBe(true);
    expect(Math.abs(ruleLength(mottoRule, cellWidth(national)) - boldTextWidthTwips(MOTTO, motto.size!))).toBeLessThan(
      2,
    );

    const [numberCell, dateCell] = cellsOf(bottom) as [XmlElement, XmlElement];
    expect(runsOf(paragraphWithText(numberCell, 'Số: 05/QĐ-UBND'))).toEqual([
      expect.objectContaining({ bold: false, size: 26 }),
    ]);
    const date = runsOf(paragraphWithText(dateCell, 'Đông Sơn, ngày 05 tháng 11 năm 2025'))[0]!;
    expect(date.italic).toBe(true);
    expect(date.size).toSatisfy((s: number) => s >= 26 && s <= 28);
  });

  it('has the title, the bold subject with a short rule, the authority line, italic bases and "QUYẾT ĐỊNH:"', () => {
    const centred = (p: XmlElement) => val(child(pPr(p), 'w:jc'));
    const title = paragraphWithText(decision.body, 'QUYẾT ĐỊNH');
    expect(runsOf(title)).toEqual([expect.objectContaining({ bold: true, size: 28 })]);
    expect(centred(title)).toBe('center');

    const subjectLines = ['Về việc công nhận khu dân cư đạt tiêu chuẩn', '“An toàn về an ninh, trật tự” năm 2025'];
    const subject = paragraphWithText(decision.body, subjectLines.join('\n'));
    expect(centred(subject)).toBe('center');
    for (const run of runsOf(subject)) expect(run).toMatchObject({ bold: true, size: 28 });
    const subjectRule = next(paragraphs, subject)!;
    expect(isRule(subjectRule)).toBe(true);
    const widest = Math.max(...subjectLines.map((l) => boldTextWidthTwips(l, 28)));
    expect(ruleLength(subjectRule, 9355) / widest).toSatisfy((r: number) => r >= 1 / 3 && r <= 1 / 2);

    const authority = paragraphWithText(decision.body, 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
    expect(runsOf(authority)).toEqual([expect.objectContaining({ bold: true })]);
    expect(centred(authority)).toBe('center');

    const decide = paragraphWithText(decision.body, 'QUYẾT ĐỊNH:');
    const bases = paragraphs.slice(paragraphs.indexOf(authority) + 1, paragraphs.indexOf(decide));
    expect(bases.map(textOf)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;',
      expect.stringMatching(/^Căn cứ Thông tư số 124\/2021\/TT-BCA .* Thông tư số 48\/2025\/TT-BCA;$/),
      expect.stringMatching(/^Căn cứ Hướng dẫn số 12\/HD-CAT .* năm 2025;$/),
      'Theo đề nghị của Trưởng Công an xã tại Tờ trình số 18/TTr-CAX ngày 28 tháng 10 năm 2025.',
    ]);
    for (const basis of bases) {
      for (const run of runsOf(basis)) expect(run).toMatchObject({ italic: true, bold: false, size: 28 });
    }
    expect(runsOf(decide)).toEqual([expect.objectContaining({ bold: true })]);
    expect(centred(decide)).toBe('center');
  });

  it('sets articles as "Điều n." in bold then the text: 14 pt, justified, 1.27 cm first line, ≥ 6 pt apart', () => {
    const decide = paragraphWithText(decision.body, 'QUYẾT ĐỊNH:');
    const end = paragraphs.findIndex((p) => textOf(p) === 'Nơi nhận:');
    const articles = paragraphs.slice(paragraphs.indexOf(decide) + 1, end).filter((p) => textOf(p) !== '');
    expect(articles.map((p) => textOf(p).slice(0, 8))).toEqual(['Điều 1. ', 'Điều 2. ', 'Ủy ban n', 'Điều 3. ']);
    for (const p of articles) {
      expect(val(child(pPr(p), 'w:jc'))).toBe('both');
      expect(Number(val(child(pPr(p), 'w:ind'), 'w:firstLine'))).toSatisfy((t: number) => t >= mm(10) - 1 && t <= 720);
      const spacing = child(pPr(p), 'w:spacing')!;
      expect(Number(val(spacing, 'w:before') ?? 0) + Number(val(spacing, 'w:after') ?? 0)).toBeGreaterThanOrEqual(120);
      for (const run of runsOf(p)) expect(run.size).toBe(28);
    }
    const [heading, text] = runsOf(articles[0]!);
    expect(heading).toMatchObject({ text: 'Điều 1.', bold: true });
    expect(text).toMatchObject({ bold: false });
    expect(text!.text).toMatch(/^ Công nhận 27 khu dân cư/);
    expect(runsOf(articles[2]!).every((r) => !r.bold)).toBe(true);
  });

  it('ends with "Nơi nhận:" (bold italic 12, list in 11) beside the signature block', () => {
    const block = tables(decision)[1]!;
    expectBorderless(block);
    expect(rowFlag(rowsOf(block)[0]!, 'w:cantSplit')).toBe(true);
    const [left, right] = cellsOf(rowsOf(block)[0]!) as [XmlElement, XmlElement];
    const [label, ...recipients] = elements(left, 'w:p');
    expect(runsOf(label!)).toEqual([
      expect.objectContaining({ text: 'Nơi nhận:', bold: true, italic: true, size: 24 }),
    ]);
    expect(recipients.map(textOf)).toEqual([
      '- Như Điều 3;',
      '- Công an tỉnh Thanh Hóa (để báo cáo);',
      '- Thường trực Đảng ủy xã (để báo cáo);',
      '- Thường trực HĐND xã;',
      '- Chủ tịch, các Phó Chủ tịch UBND xã;',
      '- Ủy ban MTTQ Việt Nam xã;',
      '- Lưu: VT, CAX.',
    ]);
    for (const p of recipients) expect(runsOf(p)).toEqual([expect.objectContaining({ size: 22, bold: false })]);

    const signature = elements(right, 'w:p');
    expect(signature.map(textOf)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Thành']);
    for (const p of signature) expect(runsOf(p)).toEqual([expect.objectContaining({ bold: true })]);
    // Room for the signature and the seal above the name.
    expect(Number(val(child(pPr(signature[2]!), 'w:spacing'), 'w:before'))).toBeGreaterThanOrEqual(1200);
  });

  it('numbers pages in the centre of the header from page 2: titlePg, PAGE in the default header only', () => {
    expect(isOn(child(decision.sectPr, 'w:titlePg'))).toBe(true);
    const { default: main, first } = decision.headers;
    const instructions = (h: XmlElement) => findAll(h, 'w:instrText').map(textOf).join(' ');
    expect(instructions(main!)).toMatch(/\bPAGE\b/);
    expect(val(child(pPr(findAll(main!, 'w:p')[0]!), 'w:jc'))).toBe('center');
    expect(instructions(first!)).toBe('');
    expect(findAll(first!, 'w:fldSimple')).toHaveLength(0);
  });

  it('puts the attached list on a new page with a repeating header row and rows that never split', () => {
    const title = paragraphs.find((p) => isOn(child(pPr(p), 'w:pageBreakBefore')))!;
    expect(textOf(title)).toBe('DANH SÁCH\nKHU DÂN CƯ ĐẠT TIÊU CHUẨN “AN TOÀN VỀ AN NINH, TRẬT TỰ”\nNĂM 2025');
    for (const run of runsOf(title).filter((r) => r.text)) expect(run).toMatchObject({ bold: true, size: 28 });
    expect(val(child(pPr(title), 'w:jc'))).toBe('center');
    const note = next(paragraphs, title)!;
    expect(runsOf(note)).toEqual([
      expect.objectContaining({
        italic: true,
        text: '(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 11 năm 2025 của Ủy ban nhân dân xã Đông Sơn)',
      }),
    ]);

    const list = tables(decision)[2]!;
    const rows = rowsOf(list);
    expect(rows).toHaveLength(1 + RESIDENTIAL_AREAS.length);
    expect(cellsOf(rows[0]!).map(textOf)).toEqual(['STT', 'Tên khu dân cư', 'Thuộc', 'Ghi chú']);
    expect(rowFlag(rows[0]!, 'w:tblHeader')).toBe(true);
    for (const row of rows) expect(rowFlag(row, 'w:cantSplit')).toBe(true);
    for (const row of rows.slice(1)) expect(rowFlag(row, 'w:tblHeader')).toBe(false);
    expect(rows.slice(1).map((r) => textOf(cellsOf(r)[0]!))).toEqual(RESIDENTIAL_AREAS.map((_, i) => String(i + 1)));
    expect(textOf(cellsOf(rows[1]!)[1]!)).toBe('Thôn Đông 1');
    const grid = findAll(list, 'w:gridCol').map((g) => Number(val(g, 'w:w')));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9355);
    expect(val(child(child(child(list, 'w:tblPr'), 'w:tblBorders'), 'w:insideH'))).toBe('single');
  });

  it('writes list cells as the docx library would, with markup escaped and XML-invalid characters dropped', async () => {
    const rows = [
      ['1', 'Công ty A & B <TNHH> "Đông Sơn"', "Thôn O'Neil", ''],
      ['2', 'Tổ\u0001 dân\u0008 phố\uFFFF 3', 'Xã Đông Sơn', 'x'],
    ];
    const doc = readDocx(
      await renderDecisionDocx(decisionModel({ attachedLists: [residentialList(rows), residentialList(areaRows())] })),
    );
    const [first, second] = tables(doc).slice(2);
    const body = rowsOf(first!).slice(1);
    expect(body.map((r) => cellsOf(r).map(textOf))).toEqual([
      ['1', 'Công ty A & B <TNHH> "Đông Sơn"', "Thôn O'Neil", ''],
      ['2', 'Tổ dân phố 3', 'Xã Đông Sơn', 'x'],
    ]);
    // Every stamped row carries the same cell, paragraph and run properties as a row the library builds itself.
    const header = rowsOf(first!)[0]!;
    for (const row of body) {
      expect(rowFlag(row, 'w:cantSplit')).toBe(true);
      cellsOf(row).forEach((tc, i) => {
        expect(child(child(tc, 'w:tcPr'), 'w:tcW')).toEqual(child(child(cellsOf(header)[i]!, 'w:tcPr'), 'w:tcW'));
        for (const run of runsOf(child(tc, 'w:p')!)) {
          expect(run).toMatchObject({ size: 26, bold: false, color: '000000' });
          expect(run.fonts['w:ascii']).toBe(TNR);
        }
      });
    }
    expect(val(child(pPr(child(cellsOf(body[0]!)[0]!, 'w:p')!), 'w:jc'))).toBe('center');
    expect(val(child(pPr(child(cellsOf(body[0]!)[1]!, 'w:p')!), 'w:jc'))).toBe('left');
    // Several lists in one decision: each starts on its own page with its own rows.
    expect(
      rowsOf(second!)
        .slice(1)
        .map((r) => textOf(cellsOf(r)[1]!)),
    ).toEqual(RESIDENTIAL_AREAS.map((a) => a[0]));
    expect(findAll(doc.body, 'w:p').filter((p) => isOn(child(pPr(p), 'w:pageBreakBefore')))).toHaveLength(2);
  });

  it('prints blanks for the number and date of an unsigned draft', async () => {
    const draftNumber = { number: null, code: 'QĐ-UBND' };
    const draft = readDocx(
      await renderDecisionDocx(
        decisionModel({
          documentNumber: draftNumber,
          placeDate: { place: 'Đông Sơn', date: null, year: 2025 },
          attachedLists: [residentialList([['1', 'Thôn Đông 1', 'Xã Đông Sơn (cũ)', '']], draftNumber, null)],
        }),
      ),
    );
    paragraphWithText(draft.body, 'Số:      /QĐ-UBND');
    paragraphWithText(draft.body, 'Đông Sơn, ngày      tháng      năm 2025');
    paragraphWithText(
      draft.body,
      '(Kèm theo Quyết định số      /QĐ-UBND ngày      tháng      năm 2025 của Ủy ban nhân dân xã Đông Sơn)',
    );
  });

  it('prints a deputy signing inside a collective body as TM. / KT. / title', async () => {
    const doc = readDocx(
      await renderDecisionDocx(
        decisionModel({
          signature: { ...CHAIR, deputyFor: 'Chủ tịch', title: 'Phó Chủ tịch', signerName: 'Nguyễn Thị Hoa' },
          attachedLists: [],
        }),
      ),
    );
    const right = cellsOf(rowsOf(tables(doc)[1]!)[0]!)[1]!;
    expect(elements(right, 'w:p').map(textOf)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Thị Hoa',
    ]);
    expect(findAll(doc.body, 'w:pageBreakBefore')).toHaveLength(0);
  });
});
