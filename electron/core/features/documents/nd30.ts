// Renders decisions and certificates to .docx laid out per Nghị định 30/2020/NĐ-CP (Phụ lục I). Pure Node: no
// Electron, no files; callers decide where the bytes go.
import { Document, Packer, PageOrientation, type IThemeFontOptions, type Paragraph, type Table } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { AttachedList, CertificateModel, DecisionModel, ProposalModel } from '#shared/documents/model.ts';
import { CERTIFICATE_PAGE, certificatePage } from './nd30Certificate.ts';
import { decisionBody, proposalBody } from './nd30Body.ts';
import { documentHeader, pageNumberHeaders, recipientsAndSignature } from './nd30Header.ts';
import { A4, BLACK, FONT, PORTRAIT_MARGINS, RUN_FONTS, SINGLE_LINE, SIZE, paragraph } from './nd30Layout.ts';
import { attachedList, stampListRows } from './nd30List.ts';

// Office's theme names a fallback font for each of these scripts; naming Times New Roman for all of them keeps
// every font reference in the package Times New Roman, so no machine can substitute anything else.
const THEME_SCRIPTS = [
  'Jpan', 'Hang', 'Hans', 'Hant', 'Arab', 'Hebr', 'Thai', 'Ethi', 'Beng', 'Gujr', 'Khmr', 'Knda', 'Guru', 'Cans',
  'Cher', 'Yiii', 'Tibt', 'Thaa', 'Deva', 'Telu', 'Taml', 'Syrc', 'Orya', 'Mlym', 'Laoo', 'Sinh', 'Mong', 'Viet',
  'Uigh', 'Geor', 'Armn', 'Bugi', 'Bopo', 'Java', 'Lisu', 'Mymr', 'Nkoo', 'Olck', 'Osma', 'Phag', 'Syrn', 'Syrj',
  'Syre', 'Sora', 'Tale', 'Talu', 'Tfng',
]; // prettier-ignore
const THEME_FONT: IThemeFontOptions = {
  latin: FONT,
  eastAsia: FONT,
  complexScript: FONT,
  scripts: Object.fromEntries(THEME_SCRIPTS.map((s) => [s, FONT])),
};

type Section = ConstructorParameters<typeof Document>[0]['sections'][number];

function nd30Document(title: string, sections: Section[]): Document {
  return new Document({
    title,
    creator: 'An toàn ANTT',
    theme: { fonts: { headings: THEME_FONT, body: THEME_FONT } },
    styles: {
      default: {
        document: {
          // The document default is Times New Roman too, for text typed later into the file in Word.
          run: { font: RUN_FONTS, size: SIZE.s14, color: BLACK, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, ...SINGLE_LINE } },
        },
      },
    },
    sections,
  });
}

/** A decision with its attached lists: A4 portrait, numbered from page 2. */
export async function renderDecisionDocx(model: DecisionModel): Promise<Buffer> {
  return renderPortrait(model, decisionBody(model));
}

/** A proposal (tờ trình) with its attached lists, laid out like a decision. */
export async function renderProposalDocx(model: ProposalModel): Promise<Buffer> {
  return renderPortrait(model, proposalBody(model));
}

async function renderPortrait(model: DecisionModel | ProposalModel, body: Paragraph[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    documentHeader(model.issuingBody, model.documentNumber, model.placeDate),
    ...body,
    recipientsAndSignature(model.recipients, model.signature),
    ...model.attachedLists.flatMap((list, k) => attachedList(list, k)),
    // Word expects the body to end with a paragraph, not a table; 1 pt high so it cannot push a page over.
    paragraph({ size: 2 }),
  ];
  const doc = nd30Document(model.title, [
    {
      properties: {
        page: {
          size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
          margin: PORTRAIT_MARGINS,
        },
        titlePage: true,
      },
      headers: pageNumberHeaders(),
      children,
    },
  ]);
  return withListRows(await Packer.toBuffer(doc), model.attachedLists);
}

const DOCUMENT_PART = 'word/document.xml';

/** Fills the lists' template rows in the packed document (see stampListRows), keeping every other part as is. */
function withListRows(packed: Buffer, lists: readonly AttachedList[]): Buffer {
  if (lists.length === 0) return packed;
  const parts = unzipSync(packed);
  const xml = parts[DOCUMENT_PART];
  if (!xml) throw new Error('The docx library wrote no word/document.xml.');
  const files: Zippable = {};
  for (const [name, data] of Object.entries(parts)) {
    files[name] = name === DOCUMENT_PART ? strToU8(stampListRows(strFromU8(xml), lists)) : data;
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** One landscape page per certificate, no page numbers. */
export async function renderCertificatesDocx(models: readonly CertificateModel[]): Promise<Buffer> {
  if (models.length === 0) throw new RangeError('Không có giấy công nhận nào để in.');
  const children = models.flatMap((m, i) => certificatePage(m, i > 0));
  const doc = nd30Document(models[0]!.title, [
    {
      properties: {
        page: {
          size: { ...CERTIFICATE_PAGE.size, orientation: PageOrientation.LANDSCAPE },
          margin: CERTIFICATE_PAGE.margin,
        },
      },
      children: [...children, paragraph({ size: 2 })],
    },
  ]);
  return Packer.toBuffer(doc);
}
