// Reads a .docx back for assertions: unzip with fflate, a tiny XML parser (the parts docx writes are plain
// elements, attributes, text and entities), and helpers for the WordprocessingML bits the tests look at.
import { strFromU8, unzipSync } from 'fflate';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack = [root];
  const token = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/([^>\s]+)\s*>|<([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const top = stack[stack.length - 1]!;
    if (m[1]) {
      if (top.name !== m[1]) throw new Error(`XML: </${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of m[3]!.matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]!] = decode(a[2]!);
      const el: XmlElement = { name: m[2], attrs, children: [] };
      top.children.push(el);
      if (!m[4]) stack.push(el);
    } else if (m[5]) {
      top.children.push(decode(m[5]));
    }
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1]!.name}> is not closed`);
  return root;
}

export const elements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (!name || c.name === name));
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el ? elements(el, name)[0] : undefined;

/** All descendants with the given name, not looking inside matches (so a cell's paragraphs, not nested ones). */
export function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

export const val = (el: XmlElement | undefined, attr = 'w:val') => el?.attrs[attr];

/** The text of a paragraph or run: w:t contents, with a line break as "\n". */
export function textOf(el: XmlElement): string {
  if (el.name === 'w:t' || el.name === 'w:instrText') return el.children.filter((c) => typeof c === 'string').join('');
  if (el.name === 'w:br') return '\n';
  return elements(el)
    .map((c) => textOf(c))
    .join('');
}

/** A WordprocessingML on/off property: present and not switched off with w:val="false"/"0"/"off". */
export const isOn = (el: XmlElement | undefined) =>
  el !== undefined && !['false', '0', 'off'].includes(val(el) ?? 'true');

export interface RunProps {
  text: string;
  bold: boolean;
  italic: boolean;
  size: number | undefined;
  fonts: Record<string, string>;
  color: string | undefined;
}

export function runProps(run: XmlElement): RunProps {
  const rPr = child(run, 'w:rPr');
  const size = val(child(rPr, 'w:sz'));
  const rFonts = child(rPr, 'w:rFonts');
  return {
    text: textOf(run),
    bold: isOn(child(rPr, 'w:b')),
    italic: isOn(child(rPr, 'w:i')),
    size: size === undefined ? undefined : Number(size),
    fonts: rFonts ? rFonts.attrs : {},
    color: val(child(rPr, 'w:color')),
  };
}

export const runsOf = (p: XmlElement) => findAll(p, 'w:r').map(runProps);
export const pPr = (p: XmlElement) => child(p, 'w:pPr');

export interface Docx {
  parts: Record<string, string>;
  document: XmlElement;
  body: XmlElement;
  styles: XmlElement;
  /** Header parts by the type the section gives them: default, first, even. */
  headers: Record<string, XmlElement>;
  sectPr: XmlElement;
}

export function readDocx(buffer: Uint8Array): Docx {
  const files = unzipSync(buffer);
  const parts = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  const document = parseXml(parts['word/document.xml']!);
  const body = child(child(document, 'w:document'), 'w:body')!;
  const sectPr = child(body, 'w:sectPr')!;
  const rels = findAll(parseXml(parts['word/_rels/document.xml.rels']!), 'Relationship');
  const headers: Record<string, XmlElement> = {};
  for (const ref of elements(sectPr, 'w:headerReference')) {
    const target = rels.find((r) => r.attrs.Id === ref.attrs['r:id'])!.attrs.Target!;
    headers[ref.attrs['w:type']!] = parseXml(parts[`word/${target}`]!);
  }
  return { parts, document, body, styles: parseXml(parts['word/styles.xml']!), headers, sectPr };
}

/** The paragraph whose whole text is exactly `text` (or matches it), failing loudly when there is none. */
export function paragraphWithText(root: XmlElement, text: string | RegExp): XmlElement {
  const found = findAll(root, 'w:p').find((p) =>
    typeof text === 'string' ? textOf(p) === text : text.test(textOf(p)),
  );
  if (!found) throw new Error(`No paragraph with text ${String(text)}`);
  return found;
}

/** Top-level tables of the body, in order: header block, signature block, then one per attached list. */
export const tables = (d: Docx) => elements(d.body, 'w:tbl');
export const rowsOf = (tbl: XmlElement) => elements(tbl, 'w:tr');
export const cellsOf = (tr: XmlElement) => elements(tr, 'w:tc');
export const rowFlag = (tr: XmlElement, flag: 'w:tblHeader' | 'w:cantSplit') => isOn(child(child(tr, 'w:trPr'), flag));
