// The body of a decision between the header and the signature: title, subject, authority line, legal bases,
// "QUYẾT ĐỊNH:" and the articles; and the body of a proposal (tờ trình): title, subject, "Kính gửi:", paragraphs.
import { AlignmentType, type Paragraph } from 'docx';
import { withListEndings } from '#shared/documents/format.ts';
import { boldTextWidthTwips } from './metrics.ts';
import type { Article, DecisionModel, ProposalModel } from '#shared/documents/model.ts';
import {
  BODY_FIRST_LINE_INDENT,
  PARAGRAPH_GAP,
  PORTRAIT_TEXT_WIDTH,
  SHORT_RULE_SHARE,
  SIZE,
  brokenLines,
  line,
  paragraph,
  rule,
  run,
} from './nd30Layout.ts';

const center = { alignment: AlignmentType.CENTER } as const;
/** Justified, first line indented 1.27 cm, 6 pt after: NĐ 30's body paragraph. */
const bodyParagraph = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: BODY_FIRST_LINE_INDENT },
  spacing: { before: 0, after: PARAGRAPH_GAP },
} as const;

/** "QUYẾT ĐỊNH" (or "TỜ TRÌNH"), the subject in bold with a short rule under it. */
function titleBlock(model: Pick<DecisionModel, 'title' | 'subjectLines'>): Paragraph[] {
  const widest = Math.max(...model.subjectLines.map((t) => boldTextWidthTwips(t, SIZE.s14)));
  return [
    line(model.title.toLocaleUpperCase('vi'), { size: SIZE.s14, bold: true }, { ...center, spacing: { before: 360 } }),
    brokenLines(model.subjectLines, { size: SIZE.s14, bold: true }, center),
    rule(Math.min(widest, PORTRAIT_TEXT_WIDTH) * SHORT_RULE_SHARE, PORTRAIT_TEXT_WIDTH),
  ];
}

function articleParagraphs(article: Article, index: number): Paragraph[] {
  const heading = run(`Điều ${index + 1}.`, { size: SIZE.s14, bold: true });
  const [first = '', ...rest] = article.paragraphs;
  const opening = paragraph({
    ...bodyParagraph,
    size: SIZE.s14,
    // "Điều 1." is bold, the text that follows it on the same line is not.
    children: first ? [heading, run(` ${first}`, { size: SIZE.s14 })] : [heading],
  });
  return [opening, ...rest.map((text) => line(text, { size: SIZE.s14 }, bodyParagraph))];
}

export function decisionBody(model: DecisionModel): Paragraph[] {
  return [
    ...titleBlock(model),
    line(
      model.authorityLine.toLocaleUpperCase('vi'),
      { size: SIZE.s14, bold: true },
      {
        ...center,
        spacing: { before: 240, after: PARAGRAPH_GAP },
      },
    ),
    ...withListEndings(model.legalBases).map((basis) => line(basis, { size: SIZE.s14, italics: true }, bodyParagraph)),
    line(
      `${model.title.toLocaleUpperCase('vi')}:`,
      { size: SIZE.s14, bold: true },
      {
        ...center,
        spacing: { before: PARAGRAPH_GAP, after: PARAGRAPH_GAP },
      },
    ),
    ...model.articles.flatMap(articleParagraphs),
  ];
}

/** A proposal's body: "Kính gửi: <addressee>." centred, then justified paragraphs. */
export function proposalBody(model: ProposalModel): Paragraph[] {
  return [
    ...titleBlock(model),
    paragraph({
      ...center,
      size: SIZE.s14,
      spacing: { before: 240, after: 240 },
      children: [
        run('Kính gửi: ', { size: SIZE.s14 }),
        run(`${model.addressee.replace(/[.\s]+$/u, '')}.`, { size: SIZE.s14 }),
      ],
    }),
    ...model.paragraphs.map((text) => line(text, { size: SIZE.s14 }, bodyParagraph)),
  ];
}
