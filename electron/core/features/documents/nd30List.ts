// A list attached to a decision ("DANH SÁCH ..."): starts on a new page, header row repeated on every page,
// rows never split across pages. Lists run to thousands of rows: the docx library builds the header and one
// template row whose cells hold markers, and stampListRows() repeats that row's XML once per row with the text
// escaped in place — the same markup the library writes, at a small fraction of the cost (see the bench).
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
import type { AttachedList, ColumnAlign } from '#shared/documents/model.ts';
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

/** Private-use characters mark where row k's cell i goes; they never occur in real text. */
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const marker = (listIndex: number, column: number) => `${MARK_OPEN}${listIndex}.${column}${MARK_CLOSE}`;

function listTable(list: AttachedList, listIndex: number): Table {
  const widths = columnWidths(list);
  const header = new TableRow({
    // tblHeader repeats this row at the top of every page the table runs onto.
    tableHeader: true,
    cantSplit: true,
    children: list.columns.map((c, i) => cell(c.label, widths[i]!, 'center', true)),
  });
  list.rows.forEach((cells, r) => {
    if (cells.length !== list.columns.length) {
      throw new RangeError(`Dòng ${r + 1} của danh sách có ${cells.length} ô, cần ${list.columns.length}.`);
    }
  });
  const template = new TableRow({
    cantSplit: true,
    children: list.columns.map((c, i) => cell(marker(listIndex, i), widths[i]!, c.align, false)),
  });
  return new Table({
    width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID },
    margins: { top: 0, bottom: 0, left: 80, right: 80 },
    rows: [header, template],
  });
}

/** Title (bold upper case, new page), the italic "(Kèm theo ...)" line, a short rule, then the table. */
export function attachedList(list: AttachedList, listIndex: number): (Paragraph | Table)[] {
  const titleLines = list.titleLines.map((t) => t.toLocaleUpperCase('vi'));
  const widest = Math.max(...titleLines.map((t) => boldTextWidthTwips(t, SIZE.s14)));
  return [
    brokenLines(titleLines, { size: SIZE.s14, bold: true }, { alignment: AlignmentType.CENTER, pageBreakBefore: true }),
    line(list.note, { size: SIZE.s14, italics: true }, { alignment: AlignmentType.CENTER }),
    rule(Math.min(widest, PORTRAIT_TEXT_WIDTH) * SHORT_RULE_SHARE, PORTRAIT_TEXT_WIDTH, 240),
    listTable(list, listIndex),
  ];
}

// Characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and carriage return, lone
// surrogates, U+FFFE/U+FFFF) are dropped; markup characters are escaped as the docx library does.
/* eslint-disable no-control-regex -- matching control characters is the point */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXmlText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Replaces each list's template row in word/document.xml with one copy per row of the list, the markers
 * replaced by the escaped cell texts.
 */
export function stampListRows(documentXml: string, lists: readonly AttachedList[]): string {
  let xml = documentXml;
  lists.forEach((list, k) => {
    const first = xml.indexOf(marker(k, 0));
    const start = Math.max(xml.lastIndexOf('<w:tr>', first), xml.lastIndexOf('<w:tr ', first));
    const end = xml.indexOf('</w:tr>', first) + '</w:tr>'.length;
    if (first < 0 || start < 0 || end < first) throw new Error(`Template row of list ${k + 1} not found.`);
    const row = xml.slice(start, end);
    // Split once so each row is a join of constant pieces and escaped texts.
    const pieces: string[] = [];
    const columns: number[] = [];
    let rest = row;
    for (;;) {
      const at = rest.indexOf(MARK_OPEN);
      if (at < 0) break;
      const close = rest.indexOf(MARK_CLOSE, at);
      const [listNo, column] = rest
        .slice(at + 1, close)
        .split('.')
        .map(Number);
      if (listNo !== k) throw new Error(`Unexpected marker in the template row of list ${k + 1}.`);
      pieces.push(rest.slice(0, at));
      columns.push(column!);
      rest = rest.slice(close + 1);
    }
    pieces.push(rest);
    const out: string[] = [];
    for (const cells of list.rows) {
      for (let i = 0; i < columns.length; i++) out.push(pieces[i]!, escapeXmlText(cells[columns[i]!]!));
      out.push(pieces[columns.length]!);
    }
    xml = xml.slice(0, start) + out.join('') + xml.slice(end);
  });
  return xml;
}
