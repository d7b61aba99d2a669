// The blocks at the top and bottom of an NĐ 30 administrative document: the two-column header (issuing body and
// number | national title, motto and place/date), the page-number headers, and the recipients/signature block.
import { AlignmentType, Header, PageNumber, TextRun, type Paragraph, type Table } from 'docx';
import { formatDocumentNumber, formatPlaceDate, recipientLines, signatureLines } from '#shared/documents/format.ts';
import { boldTextWidthTwips } from './metrics.ts';
import type { DocumentNumber, IssuingBody, PlaceDate, SignatureBlock } from '#shared/documents/model.ts';
import {
  BLACK,
  PORTRAIT_TEXT_WIDTH,
  RUN_FONTS,
  SHORT_RULE_SHARE,
  SIZE,
  layoutTable,
  line,
  paragraph,
  rule,
} from './nd30Layout.ts';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** National title 13 pt bold and motto 14 pt bold (NĐ 30: 12–13 and 13–14). */
export const NATIONAL_TITLE_SIZE = SIZE.s13;
export const MOTTO_SIZE = SIZE.s14;
const ISSUER_SIZE = SIZE.s13;

/** Left column wide enough for "ỦY BAN NHÂN DÂN" at 13 pt; the right one fits the national title at 13 pt. */
const HEADER_LEFT = 3600;
const HEADER_RIGHT = PORTRAIT_TEXT_WIDTH - HEADER_LEFT;

const center = { alignment: AlignmentType.CENTER } as const;

/** The motto, bold, with a rule under it exactly as long as the motto (NĐ 30). */
export function mottoParagraphs(
  boxWidth: number,
  sizes: { title: number; motto: number } = { title: NATIONAL_TITLE_SIZE, motto: MOTTO_SIZE },
  pageBreakBefore = false,
): Paragraph[] {
  return [
    line(NATIONAL_TITLE, { size: sizes.title, bold: true }, { ...center, pageBreakBefore }),
    line(MOTTO, { size: sizes.motto, bold: true }, center),
    rule(boldTextWidthTwips(MOTTO, sizes.motto), boxWidth),
  ];
}

/** Issuing body (bold upper case) with a short rule under it: 1/3–1/2 of its longest line. */
function issuerBlock(body: IssuingBody, boxWidth: number): Paragraph[] {
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  const parents = (body.parentLines ?? []).map((t) => line(upper(t), { size: ISSUER_SIZE }, center));
  const lines = body.lines.map((t) => line(upper(t), { size: ISSUER_SIZE, bold: true }, center));
  const widest = Math.max(...body.lines.map((t) => boldTextWidthTwips(upper(t), ISSUER_SIZE)));
  return [...parents, ...lines, rule(Math.min(widest, boxWidth) * SHORT_RULE_SHARE, boxWidth)];
}

/**
 * Two rows so that "Số: ..." and the place/date line start on the same level whatever the heights above them.
 */
export function documentHeader(body: IssuingBody, number: DocumentNumber, placeDate: PlaceDate): Table {
  const gap = { spacing: { before: 120 } };
  return layoutTable([
    [
      { width: HEADER_LEFT, children: issuerBlock(body, HEADER_LEFT) },
      { width: HEADER_RIGHT, children: mottoParagraphs(HEADER_RIGHT) },
    ],
    [
      { width: HEADER_LEFT, children: [line(formatDocumentNumber(number), { size: SIZE.s13 }, { ...center, ...gap })] },
      {
        width: HEADER_RIGHT,
        children: [line(formatPlaceDate(placeDate), { size: SIZE.s14, italics: true }, { ...center, ...gap })],
      },
    ],
  ]);
}

/**
 * NĐ 30 numbers pages in the middle of the top margin and never on the first page: the section sets titlePg, the
 * first-page header is empty and the default one holds a PAGE field.
 */
export function pageNumberHeaders(): { default: Header; first: Header } {
  const pageNumber = new TextRun({ children: [PageNumber.CURRENT], font: RUN_FONTS, color: BLACK, size: SIZE.s14 });
  return {
    default: new Header({ children: [paragraph({ size: SIZE.s14, ...center, children: [pageNumber] })] }),
    first: new Header({ children: [paragraph({ size: SIZE.s14 })] }),
  };
}

export interface SignatureLayout {
  /** Width of the signature column; the rest goes to "Nơi nhận:". */
  rightWidth: number;
  totalWidth: number;
  /** Room for the handwritten signature and the seal, above the printed name. */
  signatureSpace: number;
}

/** Space between the last article and the first line of the bottom block. */
const BLOCK_GAP = 240;

const DEFAULT_SIGNATURE_LAYOUT: SignatureLayout = {
  rightWidth: 4900,
  totalWidth: PORTRAIT_TEXT_WIDTH,
  signatureSpace: 1700,
};

/** The signer's capacity and title (bold upper case), space for signature and seal, then the name in bold. */
export function signatureColumn(signature: SignatureBlock, signatureSpace: number, spaceBefore = 0): Paragraph[] {
  const titles = signatureLines(signature).map((t, i) =>
    line(t, { size: SIZE.s14, bold: true }, { ...center, spacing: { before: i === 0 ? spaceBefore : 0 } }),
  );
  const name = line(
    signature.signerName,
    { size: SIZE.s14, bold: true },
    { ...center, spacing: { before: signatureSpace } },
  );
  return [...titles, name];
}

/** Bottom block: "Nơi nhận:" (bold italic 12) and its list (11) on the left, the signature on the right. */
export function recipientsAndSignature(
  recipients: readonly string[],
  signature: SignatureBlock,
  layout: SignatureLayout = DEFAULT_SIGNATURE_LAYOUT,
): Table {
  const leftWidth = layout.totalWidth - layout.rightWidth;
  const recipientsColumn = [
    line('Nơi nhận:', { size: SIZE.s12, bold: true, italics: true }, { spacing: { before: BLOCK_GAP } }),
    ...recipientLines(recipients).map((r) => line(r, { size: SIZE.s11 })),
  ];
  const signatureCol = signatureColumn(signature, layout.signatureSpace, BLOCK_GAP);
  // The row must not break across pages: a signature separated from its title is not a valid signature block.
  return layoutTable(
    [
      [
        { width: leftWidth, children: recipientsColumn },
        { width: layout.rightWidth, children: signatureCol },
      ],
    ],
    { cantSplit: true },
  );
}
