// Hostile spreadsheets: a zip bomb dressed as .xlsx (honest or lying sizes) is refused quickly with the bomb
// message, and a sheet with more rows than the limit is refused with its count, nothing imported, never cut short.
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { analyzeFile, commitImport } from '../../electron/core/features/unitImport/service.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeAll(async () => {
  t = testStore();
  await seedDemoUnits(t.ctx);
});
afterAll(async () => t.close());

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const NS = 'http://schemas.openxmlformats.org';

/** A minimal valid .xlsx around one worksheet's XML. */
function xlsx(name: string, sheetXml: Uint8Array, level: 0 | 1 | 9 = 1): string {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML}<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML}<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': sheetXml,
  };
  const file = path.join(t.dir, 'in', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, zipSync(files, { level }));
  return file;
}

/** A sheet of `rows` rows "Thôn N", written as the XML Excel would write. */
function sheetOfRows(rows: number): Uint8Array {
  const parts = [`${XML}<worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>`];
  parts.push('<row r="1"><c r="A1" t="inlineStr"><is><t>Tên thôn</t></is></c></row>');
  for (let r = 2; r <= rows; r++)
    parts.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Thôn ${r}</t></is></c></row>`);
  parts.push('</sheetData></worksheet>');
  return strToU8(parts.join(''));
}

const unitCount = () => t.store.sqlite.prepare('SELECT count(*) FROM units').pluck().get() as number;

/** Runs the real analyse path and returns the error with the time it took, printed for the record. */
async function refusal(label: string, file: string): Promise<unknown> {
  const started = performance.now();
  const error = await analyzeFile(t.store.db, file, { kind: 'khu_dan_cu' }).catch((e: unknown) => e);
  console.log(`${label}: refused in ${Math.round(performance.now() - started)} ms`);
  return error;
}

describe('hostile spreadsheets', () => {
  it('a zip bomb .xlsx (a 256 MB sheet in a few hundred KB) is refused as a bomb before parsing', async () => {
    const chunk = new Uint8Array(256 * 1024 * 1024).fill(0x20);
    const bomb = xlsx('bom.xlsx', chunk, 9);
    expect(fs.statSync(bomb).size).toBeLessThan(3 * 1024 * 1024);
    const error = await refusal('zip bomb', bomb);
    expect(error).toMatchObject({ kind: 'validation', message: expect.stringMatching(/"bom.xlsx".*bom nén/) });
  });

  it('a bomb whose directory lies about its sizes is stopped while inflating', async () => {
    const honest = xlsx('noi-doi.xlsx', new Uint8Array(64 * 1024 * 1024).fill(0x20), 9);
    const buf = fs.readFileSync(honest);
    // Shrink the declared uncompressed size of the worksheet in the central directory to 1 KiB.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    for (
      let at = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at >= 0;
      at = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1)
    ) {
      if (buf.subarray(at + 46, at + 46 + name.length).equals(name)) buf.writeUInt32LE(1024, at + 24);
    }
    fs.writeFileSync(honest, buf);
    const error = await refusal('lying bomb', honest);
    expect(error).toMatchObject({ kind: 'validation', message: expect.stringMatching(/bom nén/) });
  });

  it('a sheet of 1,000,000 rows is refused with its count, and nothing is imported', async () => {
    const before = unitCount();
    const big = xlsx('trieu-dong.xlsx', sheetOfRows(1_000_000));
    const error = await refusal('1,000,000 rows', big);
    expect(error).toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(/có 1\.000\.000 dòng, quá giới hạn 200\.000 dòng/),
    });
    const committed = await commitImport(t.ctx, big, { kind: 'khu_dan_cu' }).catch((e: unknown) => e);
    expect(committed).toMatchObject({ message: expect.stringMatching(/1\.000\.000 dòng/) });
    expect(unitCount()).toBe(before);
  }, 120_000);

  it('one row past the limit is refused too, never cut to the limit', async () => {
    const error = await refusal('200,001 rows', xlsx('qua-mot-dong.xlsx', sheetOfRows(200_001)));
    expect(error).toMatchObject({ message: expect.stringMatching(/có 200\.001 dòng, quá giới hạn 200\.000 dòng/) });
  }, 60_000);
});
