// Documents at scale: a decision with a 3,000-row attached list, and 1,000 certificates, rendered to .docx.
// The baseline is the docx library itself building the same table or pages with no layout rules, in the same run,
// so the ratio shows what the Nghị định 30 layout adds.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import type { CertificateModel, DecisionModel } from '#shared/documents/model.ts';
import { renderCertificatesDocx, renderDecisionDocx } from '../../electron/core/features/documents/nd30.ts';
import { compare, timed, type Comparison } from './measure.ts';

const RUNS = { warmup: 1, repetitions: 5 };
const signature = {
  authority: 'TM.' as const,
  onBehalfOf: 'ỦY BAN NHÂN DÂN',
  title: 'CHỦ TỊCH',
  signerName: 'Lê Văn Thành',
};

function decision(rows: number): DecisionModel {
  return {
    issuingBody: { lines: ['ỦY BAN NHÂN DÂN', 'XÃ ĐÔNG SƠN'] },
    documentNumber: { number: 5, code: 'QĐ-UBND' },
    placeDate: { place: 'Đông Sơn', date: '2025-11-05', year: 2025 },
    title: 'QUYẾT ĐỊNH',
    subjectLines: ['Về việc công nhận khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025'],
    authorityLine: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
    legalBases: ['Căn cứ Luật Tổ chức chính quyền địa phương', 'Căn cứ Thông tư số 124/2021/TT-BCA'],
    articles: [{ paragraphs: [`Công nhận ${rows} khu dân cư đạt tiêu chuẩn (có danh sách kèm theo).`] }],
    recipients: ['Như Điều 3', 'Lưu: VT, CAX'],
    signature,
    attachedLists: [
      {
        titleLines: ['DANH SÁCH KHU DÂN CƯ'],
        note: '(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 11 năm 2025 của Ủy ban nhân dân xã Đông Sơn)',
        columns: [
          { label: 'STT', widthPercent: 8, align: 'center' },
          { label: 'Tên khu dân cư', widthPercent: 46, align: 'left' },
          { label: 'Thuộc', widthPercent: 28, align: 'left' },
          { label: 'Ghi chú', widthPercent: 18, align: 'left' },
        ],
        rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `Thôn Tân Lập ${i + 1}`, 'Xã Đông Sơn', '']),
      },
    ],
  };
}

function certificates(n: number): CertificateModel[] {
  return Array.from({ length: n }, (_, i) => ({
    headingLines: ['CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN'],
    title: 'GIẤY CÔNG NHẬN',
    unitName: `Thôn Tân Lập ${i + 1}`,
    bodyLines: ['Đạt tiêu chuẩn “An toàn về an ninh, trật tự”'],
    year: 2025,
    decisionReference: 'Quyết định số 05/QĐ-UBND ngày 05/11/2025',
    placeDate: { place: 'Đông Sơn', date: '2025-11-05', year: 2025 },
    signature,
  }));
}

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

type Result = Comparison & { description: string; baseline: string; target: string; meetsTarget: boolean };

export async function benchDocuments(): Promise<Record<string, Result>> {
  const list = decision(3000);
  const certs = certificates(1000);
  const rows = list.attachedLists[0]!.rows;
  const listCmp = await compare(
    'decision3000',
    timed(() => renderDecisionDocx(list)),
    timed(() =>
      Packer.toBuffer(
        new Document({
          sections: [{ children: [new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) })] }],
        }),
      ),
    ),
    RUNS,
  );
  const certCmp = await compare(
    'certificates1000',
    timed(() => renderCertificatesDocx(certs)),
    timed(() =>
      Packer.toBuffer(
        new Document({
          sections: certs.map((c) => ({
            children: [new Paragraph(c.title), new Paragraph(c.unitName), new Paragraph(c.bodyLines[0]!)],
          })),
        }),
      ),
    ),
    { warmup: 0, repetitions: 3 },
  );
  return {
    decision3000: {
      description: 'renderDecisionDocx: a decision per Nghị định 30 with a 3,000-row attached list',
      baseline: 'docx library: a bare 3,000-row table, no layout rules',
      target: '< 1500 ms',
      meetsTarget: listCmp.medianMs < 1500,
      ...listCmp,
    },
    certificates1000: {
      description: 'renderCertificatesDocx: 1,000 landscape certificates, one per page',
      baseline: 'docx library: 1,000 sections of three plain paragraphs',
      target: '< 20000 ms',
      meetsTarget: certCmp.medianMs < 20_000,
      ...certCmp,
    },
  };
}
