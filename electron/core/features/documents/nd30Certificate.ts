// Giấy công nhận: one landscape A4 page per recognised unit, plain centred text (the office prints it on
// pre-printed or plain paper, so no frames or pictures).
import { AlignmentType, type Paragraph, type Table } from 'docx';
import { formatPlaceDate } from '#shared/documents/format.ts';
import type { CertificateModel } from '#shared/documents/model.ts';
import { A4, SIZE, layoutTable, line, mmToTwips } from './nd30Layout.ts';
import { mottoParagraphs, signatureColumn } from './nd30Header.ts';

export const LANDSCAPE_MARGINS = {
  top: mmToTwips(20),
  bottom: mmToTwips(20),
  left: mmToTwips(25),
  right: mmToTwips(25),
  header: mmToTwips(10),
  footer: mmToTwips(10),
  gutter: 0,
} as const;
const TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;
const SIGNATURE_WIDTH = 6000;

const center = { alignment: AlignmentType.CENTER } as const;
const spaced = (before: number) => ({ ...center, spacing: { before, after: 0 } });

function bottomBlock(model: CertificateModel): Table {
  const left = model.decisionReference
    ? [line(model.decisionReference, { size: SIZE.s13, italics: true }, spaced(0))]
    : [line('', { size: SIZE.s13 })];
  const right = [
    line(formatPlaceDate(model.placeDate), { size: SIZE.s14, italics: true }, spaced(0)),
    ...signatureColumn(model.signature, 1400),
  ];
  return layoutTable(
    [
      [
        { width: TEXT_WIDTH - SIGNATURE_WIDTH, children: left },
        { width: SIGNATURE_WIDTH, children: right },
      ],
    ],
    { cantSplit: true },
  );
}

/** Each certificate after the first starts on a new page; all of them share one landscape section. */
export function certificatePage(model: CertificateModel, newPage: boolean): (Paragraph | Table)[] {
  return [
    ...mottoParagraphs(TEXT_WIDTH, { title: SIZE.s14, motto: 30 }, newPage),
    ...model.headingLines.map((t, i) =>
      line(t.toLocaleUpperCase('vi'), { size: 30, bold: true }, spaced(i === 0 ? 720 : 0)),
    ),
    line(model.title.toLocaleUpperCase('vi'), { size: 60, bold: true }, spaced(480)),
    line(model.unitName, { size: 52, bold: true }, spaced(480)),
    ...model.bodyLines.map((t, i) => line(t, { size: 32, bold: true }, spaced(i === 0 ? 360 : 0))),
    line(`Năm ${model.year}`, { size: 32, bold: true }, spaced(0)),
    line('', { size: SIZE.s14 }, spaced(240)),
    bottomBlock(model),
  ];
}

/** Given as portrait A4: docx swaps width and height itself when the orientation is landscape. */
export const CERTIFICATE_PAGE = {
  size: { width: A4.width, height: A4.height },
  margin: LANDSCAPE_MARGINS,
} as const;
