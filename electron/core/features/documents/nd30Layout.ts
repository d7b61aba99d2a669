// Page geometry and the few building blocks every NĐ 30 document is made of: Times New Roman runs, paragraphs,
// short horizontal rules and borderless layout tables. All sizes are in twips (1/20 pt) and half-points.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';

export const FONT = 'Times New Roman';
export const BLACK = '000000';
/** Every run names the font for every script slot, so Word never falls back to a theme font. */
export const RUN_FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

export const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);
export const cmToTwips = (cm: number) => mmToTwips(cm * 10);

export const A4 = { width: 11906, height: 16838 } as const;
/** NĐ 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. We take the smallest of each. */
export const PORTRAIT_MARGINS = {
  top: mmToTwips(20),
  bottom: mmToTwips(20),
  left: mmToTwips(30),
  right: mmToTwips(15),
  header: mmToTwips(10),
  footer: mmToTwips(10),
  gutter: 0,
} as const;
export const PORTRAIT_TEXT_WIDTH = A4.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right;

/** Font sizes in half-points. */
export const SIZE = { s11: 22, s12: 24, s13: 26, s14: 28 } as const;
/** NĐ 30 body text: first line indented 1–1.27 cm, at least 6 pt between paragraphs. */
export const BODY_FIRST_LINE_INDENT = cmToTwips(1.27);
export const PARAGRAPH_GAP = 120;
/** Single line spacing. lineRule must be written: LibreOffice reads a bare line="240" as exactly 12 pt. */
export const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO } as const;

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

/** A Times New Roman run in black; breakBefore starts it on a new line of the same paragraph. */
export function run(text: string, style: RunStyle, breakBefore = false): TextRun {
  return new TextRun({
    text,
    break: breakBefore ? 1 : undefined,
    font: RUN_FONTS,
    color: BLACK,
    size: style.size,
    // Only "on" is written: an explicit off in every run would bloat long lists.
    bold: style.bold || undefined,
    italics: style.italics || undefined,
  });
}

type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'text' | 'run'> & {
  /** Size of the paragraph mark, which sets the height of an empty paragraph. */
  size: number;
  children?: ParagraphChild[];
};

/** A paragraph whose mark is also Times New Roman, so empty lines and rules have a predictable height. */
export function paragraph(options: ParagraphOptions): Paragraph {
  const { size, children = [], ...rest } = options;
  return new Paragraph({ ...rest, children, run: { font: RUN_FONTS, size, color: BLACK } });
}

/** One paragraph of one run: the common case for headings and table cells. */
export function line(
  text: string,
  style: RunStyle,
  options: Omit<ParagraphOptions, 'size' | 'children'> = {},
): Paragraph {
  return paragraph({ ...options, size: style.size, children: [run(text, style)] });
}

/** Lines kept in one paragraph with line breaks, e.g. a two-line subject with one rule under it. */
export function brokenLines(
  lines: readonly string[],
  style: RunStyle,
  options: Omit<ParagraphOptions, 'size' | 'children'> = {},
): Paragraph {
  const children = lines.map((text, i) => run(text, style, i > 0));
  return paragraph({ ...options, size: style.size, children });
}

/**
 * A solid horizontal rule of the given length, centred in a box of the given width: an empty 1 pt paragraph whose
 * bottom border is narrowed by equal indents. Word and LibreOffice both draw paragraph borders, unlike shapes.
 */
export function rule(lengthTwips: number, boxWidthTwips: number, spaceAfter = 0): Paragraph {
  const length = Math.min(Math.max(lengthTwips, 0), boxWidthTwips);
  const side = Math.floor((boxWidthTwips - length) / 2);
  return paragraph({
    size: 2,
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: boxWidthTwips - length - side },
    // 3 pt of air so the rule clears the dots under Vietnamese letters (ậ, ự) in the line above.
    spacing: { before: 60, after: spaceAfter, ...SINGLE_LINE },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
  });
}

/** NĐ 30 asks for 1/3 to 1/2 of the text above; 40 % sits safely inside. */
export const SHORT_RULE_SHARE = 0.4;

export interface LayoutColumn {
  width: number;
  children: (Paragraph | Table)[];
}

/**
 * A borderless table used only to place blocks side by side (header, signature). Cell margins are zero so the
 * rules centred in a cell are centred under the text of that cell.
 */
export function layoutTable(rows: LayoutColumn[][], options: { cantSplit?: boolean } = {}): Table {
  const widths = rows[0]!.map((c) => c.width);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: options.cantSplit || undefined,
          children: cells.map(
            (cell) =>
              new TableCell({
                width: { size: cell.width, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                children: cell.children,
              }),
          ),
        }),
    ),
  });
}
