// Thousands of broken copies of a valid package (bytes flipped, cut, inserted, overwritten, names edited in the
// central directory): importing each leaves the office's data exactly as before, or — when the damage fell on
// bytes nothing reads — exactly as a clean import would. Never half of it, never another kind of error.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataStore } from '../../electron/core/db/open.ts';
import { DomainError } from '../../electron/core/errors.ts';
import { writePackage } from '../../electron/core/features/exchange/container.ts';
import { importExchangePackage as importPackage } from '../../electron/core/features/exchange/service.ts';
import { RECORD_FILES, filePath } from '../../electron/core/features/exchange/records.ts';
import { ctxOf, missingBlobs, officeAbove, rowsFingerprint } from '../support/exchangeFixtures.ts';
import { applyMutations, mutationsArb, sha256 } from '../support/packageMutations.ts';
import { tempDir } from '../support/tempData.ts';
import { minimalDocx } from '../support/usbFolder.ts';

const RUNS = 3000;
const OFFICE = {
  id: '7d0c2f3e-0000-4000-8000-000000000001',
  name: 'ỦY BAN NHÂN DÂN XÃ NAM TIẾN',
  level: 'xa',
  province: 'Thanh Hóa',
};
const pdf = Buffer.from('%PDF-1.4 biên bản họp thôn Đông\n%%EOF\n');
const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
// A real (minimal) Word file: the importer refuses a .docx whose content is not one.
const docx = minimalDocx('quyết định giả lập');
const unit = (id: string, name: string, parentId: string | null = null) => ({
  id, kind: 'khu_dan_cu' as const, subtype: 'thon', name, parentId, address: null, headName: null, headPhone: null,
  households: 120, population: 480, notes: null, activeFrom: null, activeUntil: null, mergedIntoId: null,
  hasPartyOrganisation: true, excludedKind: null, excludedReason: null,
}); // prettier-ignore

async function validPackage(file: string): Promise<void> {
  const dossier = {
    id: 'u1/2025', unitId: 'u1', year: 2025, status: 'da_cong_nhan',
    registration: { registeredOn: '2025-02-10', resolutionNumber: '01/NQ', resolutionDate: '2025-02-01', householdsRegistered: 118, householdsTotal: 120, note: null, planNumber: null, planDate: null, excludedReason: null },
    receivedOn: '2025-10-01', computedResult: 'dat', resultOverride: null, overrideReason: null, reviewMethod: null,
    reviewDate: null, reviewDetail: null, note: null, criteriaSet: { name: 'TT124', version: 1 },
    verdicts: [{ code: '1', verdict: 'dat', note: null }],
    files: [
      { sha256: sha256(pdf), size: pdf.length, name: 'Biên bản họp.pdf', extension: 'pdf', componentCode: null },
      { sha256: sha256(jpg), size: jpg.length, name: 'ảnh.jpg', extension: 'jpg', componentCode: null },
    ],
  }; // prettier-ignore
  const decision = {
    id: '2025/1/QĐ-UBND', year: 2025, number: 1, code: 'QĐ-UBND', signedOn: '2025-11-05', status: 'issued',
    subject: 'Về việc công nhận', signerName: 'Lê Văn A', signerTitle: 'CHỦ TỊCH', revokesId: null,
    bases: ['Căn cứ'], articles: ['Điều'], recipients: ['Lưu: VT'], unitIds: ['u1'],
    files: [{ sha256: sha256(docx), size: docx.length, name: 'QD 01.docx', extension: 'docx', kind: 'decision' }],
  }; // prettier-ignore
  const json = (v: unknown) => Buffer.from(JSON.stringify(v));
  await writePackage(
    file,
    { kind: 'commune-year', packageId: '11111111-2222-4333-8444-555555555555', office: OFFICE, year: 2025, createdAt: '2025-11-06T00:00:00.000Z', appVersion: '0.1.0' },
    [
      { path: RECORD_FILES.office, data: json({ ...OFFICE, placeName: 'Nam Tiến', standingOfficeName: 'Công an xã Nam Tiến' }) },
      { path: RECORD_FILES.units, data: json([unit('u0', 'Xã Nam Tiến'), unit('u1', 'Thôn Đông', 'u0'), unit('u2', 'Thôn Tây', 'u0')]) },
      { path: RECORD_FILES.dossiers, data: json([dossier]) },
      { path: RECORD_FILES.decisions, data: json([decision]) },
      { path: filePath(sha256(pdf)), data: pdf },
      { path: filePath(sha256(jpg)), data: jpg },
      { path: filePath(sha256(docx)), data: docx },
    ],
  ); // prettier-ignore
}

let root: ReturnType<typeof tempDir>;
let template: string;
let valid: Buffer;
let before: Record<string, string>;
let after: Record<string, string>;

/** A fresh copy of the office above, the package bytes imported into it, and its rows afterwards. */
async function importInto(bytes: Buffer, n: number): Promise<{ rows: Record<string, string>; error: unknown }> {
  const dir = path.join(root.dir, `run-${n}`);
  fs.cpSync(template, dir, { recursive: true });
  // The same file name every run: provenance records it.
  const file = path.join(root.dir, `pkg-${n}`, 'xa-nam-tien-2025.anttpkg');
  fs.mkdirSync(path.dirname(file));
  fs.writeFileSync(file, bytes);
  const store = openDataStore(dir);
  let error: unknown = null;
  try {
    await importPackage(ctxOf(store), file);
  } catch (e) {
    error = e;
  }
  const rows = rowsFingerprint(store);
  expect(missingBlobs(store)).toEqual([]);
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return { rows, error };
}

beforeAll(async () => {
  root = tempDir('antt-exchange-prop-');
  template = path.join(root.dir, 'template');
  const above = await officeAbove(template);
  before = rowsFingerprint(above.store);
  await above.store.close();
  const file = path.join(root.dir, 'valid.anttpkg');
  await validPackage(file);
  valid = fs.readFileSync(file);
  const clean = await importInto(valid, -1);
  expect(clean.error).toBeNull();
  after = clean.rows;
  expect(after.received_dossiers).not.toBe(before.received_dossiers);
});
afterAll(() => root.cleanup());

describe('import of mutated packages', () => {
  it(`leaves the data as before or as after, never between (${RUNS} mutated packages)`, async () => {
    let n = 0;
    const outcomes = { rejected: 0, applied: 0 };
    await fc.assert(
      fc.asyncProperty(mutationsArb, async (mutations) => {
        const { rows, error } = await importInto(applyMutations(valid, mutations), n++);
        if (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).kind).toBe('validation');
          expect(rows).toEqual(before);
          outcomes.rejected += 1;
        } else {
          expect(rows).toEqual(after);
          outcomes.applied += 1;
        }
      }),
      { numRuns: RUNS },
    );
    // Most damage is caught; some falls on bytes no reader looks at (e.g. local header fields) and is harmless.
    expect(outcomes.rejected).toBeGreaterThan(RUNS / 2);
  }, 240_000);
});
