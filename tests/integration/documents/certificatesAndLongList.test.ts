// Certificates (one landscape page each) and a 3,000-row attached list, checked in the .docx XML.
import { describe, expect, it } from 'vitest';
import { renderCertificatesDocx, renderDecisionDocx } from '../../../electron/core/features/documents/nd30.ts';
import { cellsOf, child, findAll, isOn, pPr, readDocx, rowFlag, rowsOf, runsOf, tables, textOf } from './docxXml.ts';
import { RESIDENTIAL_AREAS, certificateModels, decisionModel, residentialList } from './fixtures.ts';

const TNR = 'Times New Roman';

describe('certificates', () => {
  it('puts one certificate per landscape A4 page in Times New Roman, without page numbers', async () => {
    const models = certificateModels();
    const doc = readDocx(await renderCertificatesDocx(models));
    const pgSz = child(doc.sectPr, 'w:pgSz')!;
    expect(pgSz.attrs).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    expect(Object.keys(doc.headers)).toEqual([]);
    const all = findAll(doc.body, 'w:p');
    expect(all.filter((p) => isOn(child(pPr(p), 'w:pageBreakBefore')))).toHaveLength(models.length - 1);
    for (const [name] of RESIDENTIAL_AREAS) {
      const unit = all.filter((p) => textOf(p) === name);
      expect(unit, name).toHaveLength(1);
      expect(runsOf(unit[0]!)[0]).toMatchObject({ bold: true });
      expect(runsOf(unit[0]!)[0]!.size).toBeGreaterThanOrEqual(40);
    }
    expect(all.filter((p) => textOf(p) === 'GIẤY CÔNG NHẬN')).toHaveLength(models.length);
    expect(all.filter((p) => textOf(p) === 'Đông Sơn, ngày 05 tháng 11 năm 2025')).toHaveLength(models.length);
    for (const m of doc.parts['word/document.xml']!.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g)) {
      expect(m[1]).toBe(TNR);
    }
  });
});

describe('a long list', () => {
  it('renders 3,000 rows, each kept whole, with the header row repeating', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [String(i + 1), `Khu dân cư số ${i + 1}`, 'Xã Đông Sơn', '']);
    const started = performance.now();
    const buffer = await renderDecisionDocx(decisionModel({ attachedLists: [residentialList(rows)] }));
    const renderMs = performance.now() - started;
    const doc = readDocx(buffer);
    const list = tables(doc)[2]!;
    const tableRows = rowsOf(list);
    expect(tableRows).toHaveLength(3001);
    expect(tableRows.filter((r) => rowFlag(r, 'w:cantSplit'))).toHaveLength(3001);
    expect(rowFlag(tableRows[0]!, 'w:tblHeader')).toBe(true);
    expect(textOf(cellsOf(tableRows[3000]!)[1]!)).toBe('Khu dân cư số 3000');
    console.info(`3,000-row list: rendered in ${Math.round(renderMs)} ms, ${(buffer.length / 1024).toFixed(0)} KiB`);
    expect(renderMs).toBeLessThan(20_000);
  });
});
