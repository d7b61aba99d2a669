// A list attached to a decision ("DANH SÁCH ..."): starts on a new page, header row repeated on every page,
// rows never split across pages. Lists can run to thousands of rows, so rows are built with as few objects as
// the docx API allows.
import {
  AlignmentType,
  BorderStyle,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type Paragraph,
} from 'docx';
import { boldTextWidthTwips } from './metrics.ts';
import type { AttachedList, ColumnAlign } from './model.ts';
import { BLACK, PORTRAIT_TEXT_WIDTH, SHORT_RULE_SHARE, SIZE, brokenLines, line, rule } from './nd30Layout.ts';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const satisfies Record<ColumnAlign, unknown>;

const GRID = { style: BorderStyle.SINGLE, size: 4, color: BLACK } as const;
const CELL_TEXT = SIZE.s13;

/** Scales the columns' shares to the table width; the last column absorbs the rounding. */
export function columnWidths(list: AttachedList, total = PORTRAIT_TEXT_WIDTH): number[] {
  const sum = list.columns.reduce((s, c) => s + c.widthPercent, 0);
  if (!(sum > 0)) throw new RangeError('Danh sách phải có ít nhất một cột có độ rộng.');
  const widths = list.columns.map((c) => Math.floor((c.widthPercent / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((s, w) => s + w, 0);
  return widths;
}

function cell(text: string, width: number, align: ColumnAlign, bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [line(text, { size: CELL_TEXT, bold }, { alignment: ALIGN[align], spacing: { before: 40, after: 40 } })],
  });
}

function listTable(list: AttachedList): Table {
  const widths = columnWidths(list);
  const header = new TableRow({
    // tblHeader repeats this row at the top of every page the table runs onto.
    tableHeader: true,
    cantSplit: true,
    children: list.columns.map((c, i) => cell(c.label, widths[i]!, 'center', true)),
  });
  const rows = list.rows.map((cells, r) => {
    if (cells.length !== list.columns.length) {
      throw new RangeError(`Dòng ${r + 1} của danh sách có ${cells.length} ô, cần ${list.columns.length}.`);
    }
    return new TableRow({
      cantSplit: true,
      children: cells.map((text, i) => cell(text, widths[i]!, list.columns[i]!.align, false)),
    });
  });
  return new Table({
    width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID },
    margins: { top: 0, bottom: 0, left: 80, right: 80 },
    rows: [header, ...rows],
  });
}

/** Title (bold upper case, new page), the italic "(Kèm theo ...)" line, a short rule, then the table. */
export function attachedList(list: AttachedList): (Paragraph | Table)[] {
  const titleLines = list.titleLines.map((t) => t.toLocaleUpperCase('vi'));
  const widest = Math.max(...titleLines.map((t) => boldTextWidthTwips(t, SIZE.s14)));
  return [
    brokenLines(titleLines, { size: SIZE.s14, bold: true }, { alignment: AlignmentType.CENTER, pageBreakBefore: true }),
    line(list.note, { size: SIZE.s14, italics: true }, { alignment: AlignmentType.CENTER }),
    rule(Math.min(widest, PORTRAIT_TEXT_WIDTH) * SHORT_RULE_SHARE, PORTRAIT_TEXT_WIDTH, 240),
    listTable(list),
  ];
}
