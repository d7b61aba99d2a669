// Opens the rendered .docx files in a real word processor (LibreOffice, headless) and checks the printed result:
// page counts, page numbers, the rules under the header lines, the repeated list header, landscape certificates.
// PNG previews are left in /tmp/nd30-png-* for a human to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderCertificatesDocx,
  renderDecisionDocx,
  renderProposalDocx,
} from '../../../electron/core/features/documents/nd30.ts';
import { RESIDENTIAL_AREAS, certificateModels, decisionModel, proposalModel, residentialList } from './fixtures.ts';
import {
  findLine,
  grayPage,
  hasCommand,
  pdfPageCount,
  pdfPageSize,
  pdfWords,
  ruleBelow,
  sofficeToPdf,
  textLines,
} from './pdfTools.ts';

const available = hasCommand('soffice') && hasCommand('pdfinfo') && hasCommand('pdftoppm') && hasCommand('pdftotext');
const title = available
  ? 'LibreOffice conversion'
  : 'LibreOffice conversion — SKIPPED: soffice (LibreOffice) or poppler-utils is not on PATH';
const mmToPt = (mm: number) => (mm * 72) / 25.4;
/** Centre of the text column of a portrait page: left margin 30 mm, right 15 mm. */
const TEXT_CENTRE = mmToPt(30 + (210 - 30 - 15) / 2);
const SIXTY_ROWS = Array.from({ length: 60 }, (_, i) => [String(i + 1), `Khu dân cư số ${i + 1}`, 'Xã Đông Sơn', '']);

let dir: string;
let pngDir: string;
const pdf = (name: string) => path.join(dir, `${name}.pdf`);

describe.skipIf(!available)(title, () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd30-lo-'));
    pngDir = fs.mkdtempSync(path.join('/tmp', 'nd30-png-'));
    const files = {
      decision: await renderDecisionDocx(decisionModel()),
      certificates: await renderCertificatesDocx(certificateModels()),
      'decision-60': await renderDecisionDocx(decisionModel({ attachedLists: [residentialList(SIXTY_ROWS)] })),
    };
    for (const [name, buffer] of Object.entries(files)) fs.writeFileSync(path.join(dir, `${name}.docx`), buffer);
    const started = performance.now();
    sofficeToPdf(
      Object.keys(files).map((name) => path.join(dir, `${name}.docx`)),
      dir,
    );
    console.info(`LibreOffice: 3 files to PDF in ${Math.round(performance.now() - started)} ms`);
    for (const name of Object.keys(files)) {
      execFileSync('pdftoppm', ['-r', '60', '-png', pdf(name), path.join(pngDir, name)]);
    }
    console.info(`PNG previews: ${pngDir}`);
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the decision on 2 pages (the body, then the 27-unit list) and one landscape page per certificate', () => {
    expect(pdfPageCount(pdf('decision'))).toBe(2);
    expect(pdfPageCount(pdf('decision-60'))).toBe(3);
    expect(pdfPageCount(pdf('certificates'))).toBe(RESIDENTIAL_AREAS.length);
    const size = pdfPageSize(pdf('certificates'));
    expect(size.width).toBeCloseTo(841.9, 0);
    expect(size.height).toBeCloseTo(595.3, 0);
    for (const [i, [name]] of RESIDENTIAL_AREAS.entries()) {
      expect(textLines(pdfWords(pdf('certificates'), i + 1)).map((l) => l.text)).toContain(name);
    }
    expect(fs.readdirSync(pngDir).filter((f) => f.endsWith('.png'))).toHaveLength(2 + 3 + RESIDENTIAL_AREAS.length);
  });

  it('prints the tờ trình like the decision: its body on page 1, its list from page 2, numbered from page 2', async () => {
    const file = path.join(dir, 'proposal.docx');
    fs.writeFileSync(file, await renderProposalDocx(proposalModel()));
    sofficeToPdf([file], dir);
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf('proposal'), path.join(pngDir, 'proposal')]);
    expect(pdfPageCount(pdf('proposal'))).toBe(2);
    const first = textLines(pdfWords(pdf('proposal'), 1)).map((l) => l.text);
    expect(first).toContain('TỜ TRÌNH');
    expect(first).toContain('CÔNG AN XÃ ĐÔNG SƠN');
    expect(first.some((l) => l.startsWith('Kính gửi: Chủ tịch Ủy ban nhân dân xã Đông Sơn'))).toBe(true);
    const topMargin = mmToPt(20);
    expect(pdfWords(pdf('proposal'), 1).filter((w) => w.yMax < topMargin)).toEqual([]);
    expect(
      pdfWords(pdf('proposal'), 2)
        .filter((w) => w.yMax < topMargin)
        .map((w) => w.text),
    ).toEqual(['2']);
  }, 60_000);

  it('shows no page number on page 1 and "2" centred in the top margin of page 2', () => {
    const topMargin = mmToPt(20);
    expect(pdfWords(pdf('decision'), 1).filter((w) => w.yMax < topMargin)).toEqual([]);
    const header = pdfWords(pdf('decision'), 2).filter((w) => w.yMax < topMargin);
    expect(header.map((w) => w.text)).toEqual(['2']);
    expect(Math.abs((header[0]!.xMin + header[0]!.xMax) / 2 - TEXT_CENTRE)).toBeLessThan(2);
  });

  it('draws the motto rule exactly under the motto and short rules under the issuing body and the subject', () => {
    const lines = textLines(pdfWords(pdf('decision'), 1));
    const img = grayPage(pdf('decision'), 1, 200, dir);

    const motto = findLine(lines, 'Độc lập - Tự do - Hạnh phúc');
    const mottoRule = ruleBelow(img, motto);
    expect(Math.abs(mottoRule.x0 - motto.xMin)).toBeLessThan(1.5);
    expect(Math.abs(mottoRule.x1 - motto.xMax)).toBeLessThan(1.5);

    const issuer = findLine(lines, 'ỦY BAN NHÂN DÂN');
    const issuerRule = ruleBelow(img, findLine(lines, 'XÃ ĐÔNG SƠN'), { from: 0, to: 14, xPad: 5 });
    expectShortRuleUnder(issuerRule, issuer);

    const subject = [
      findLine(lines, 'Về việc công nhận khu dân cư đạt tiêu chuẩn'),
      findLine(lines, '“An toàn về an ninh, trật tự” năm 2025'),
    ];
    const widest = subject.reduce((a, b) => (b.xMax - b.xMin > a.xMax - a.xMin ? b : a));
    expectShortRuleUnder(ruleBelow(img, subject[1]!), widest);
  });

  it('repeats the list header row at the top of the next page', () => {
    const words = pdfWords(pdf('decision-60'), 3).filter((w) => w.yMin > mmToPt(20) - 2);
    const top = Math.min(...words.map((w) => w.yMin));
    const firstRow = words.filter((w) => Math.abs(w.yMin - top) < 2).sort((a, b) => a.xMin - b.xMin);
    expect(firstRow.map((w) => w.text)).toEqual(['STT', 'Tên', 'khu', 'dân', 'cư', 'Thuộc', 'Ghi', 'chú']);
    expect(textLines(words).some((l) => l.text.includes('Khu dân cư số 60'))).toBe(true);
  });
});

/** NĐ 30: a rule 1/3 to 1/2 as long as the text line above it, centred under it. */
function expectShortRuleUnder(rule: { x0: number; x1: number }, line: { xMin: number; xMax: number }) {
  const share = (rule.x1 - rule.x0) / (line.xMax - line.xMin);
  expect(share).toBeGreaterThanOrEqual(1 / 3);
  expect(share).toBeLessThanOrEqual(1 / 2);
  expect(Math.abs((rule.x0 + rule.x1) / 2 - (line.xMin + line.xMax) / 2)).toBeLessThan(2);
}
