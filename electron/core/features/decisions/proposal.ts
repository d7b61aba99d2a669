// Tờ trình: the standing office (commune police) asks the chair to recognise the proposed units. Generated from a
// decision draft's units, laid out like the decision (NĐ 30), with its own register code (e.g. TTr-CAX).
import type { Decision } from '#shared/api/decisionTypes.ts';
import type { OfficeSettings } from '#shared/api/types.ts';
import { STANDARD_NAME } from '#shared/documents/decisionTemplate.ts';
import { attachmentNote, formatNumberCode } from '#shared/documents/format.ts';
import type { ProposalModel } from '#shared/documents/model.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import type { ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { getSettings } from '../settings/index.ts';
import { updateDraft } from './drafts.ts';
import { allows } from './lifecycle.ts';
import { getDecision } from './queries.ts';
import { kindsPhrase, tt48DateText } from './wording.ts';
import { issuingBodyName, localityInText } from '#shared/text/officeName.ts';

export interface ProposalOptions {
  /** The number and date from the standing office's own register, once it has them; blanks otherwise. */
  number: number | null;
  date: string | null;
  /** Printed under the signature; blank to be written by hand. */
  signerName: string;
}

/** Centrally-run cities: their police is "Công an thành phố", every other province's "Công an tỉnh". */
const CITIES = ['hà nội', 'hồ chí minh', 'thành phố hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế'];

function policeOfProvince(province: string): string {
  const name = province.trim().replace(/^(tỉnh|thành phố)\s+/iu, '');
  const city = CITIES.includes(name.toLocaleLowerCase('vi'));
  return `${city ? 'CÔNG AN THÀNH PHỐ' : 'CÔNG AN TỈNH'} ${name.toLocaleUpperCase('vi')}`;
}

/** "Công an xã Đông Sơn" → "Công an xã": the office's name without its place, for "Trưởng Công an xã". */
function officeWithoutPlace(settings: OfficeSettings): string {
  const name = settings.standingOfficeName.trim();
  const place = settings.placeName.trim();
  return place && name.endsWith(` ${place}`) ? name.slice(0, -place.length - 1) : name;
}

export function proposalModel(d: Decision, settings: OfficeSettings, options: ProposalOptions): ProposalModel {
  const office = settings.standingOfficeName.trim();
  const isPolice = /^công an\b/iu.test(office);
  const kinds = [...new Set(d.units.map((u) => u.kind))];
  const what = kindsPhrase(kinds);
  // Where the dossier goes is the office's setting (Thông tư 48/2025 changed it); the chair by default.
  const chair = settings.proposalAddressee ?? `Chủ tịch Ủy ban nhân dân ${localityInText(settings)}`;
  const documentNumber = { number: options.number, code: settings.proposalCode };
  const archive = settings.proposalCode.split('-').slice(1).join('-') || settings.archiveCode;
  return {
    issuingBody: {
      parentLines: [isPolice ? policeOfProvince(settings.provinceName) : issuingBodyName(settings)],
      lines: [office.toLocaleUpperCase('vi')],
    },
    documentNumber,
    placeDate: { place: settings.placeName, date: options.date, year: d.year },
    title: 'TỜ TRÌNH',
    subjectLines: [`Về việc đề nghị công nhận ${what} đạt tiêu chuẩn ${STANDARD_NAME} năm ${d.year}`],
    addressee: chair,
    paragraphs: [
      `Thực hiện Thông tư số 124/2021/TT-BCA ngày 28 tháng 12 năm 2021 của Bộ trưởng Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn ${STANDARD_NAME} (được sửa đổi, bổ sung bởi Thông tư số 48/2025/TT-BCA${tt48DateText(settings)}), ${office}, cơ quan thường trực ${settings.committeeName}, đã tiếp nhận, kiểm tra và thẩm định hồ sơ đề nghị công nhận đạt tiêu chuẩn ${STANDARD_NAME} năm ${d.year}.`,
      `Kết quả thẩm định: ${d.units.length} ${what} có đủ hồ sơ và đạt các tiêu chí theo quy định (có danh sách kèm theo).`,
      `${office} kính trình ${chair} xem xét, quyết định công nhận và cấp Giấy công nhận cho các đơn vị nêu trên./.`,
    ],
    recipients: ['Như trên', `Lưu: ${archive}`],
    signature: {
      authority: '',
      onBehalfOf: '',
      title: `TRƯỞNG ${officeWithoutPlace(settings).toLocaleUpperCase('vi')}`,
      signerName: options.signerName.trim(),
    },
    attachedLists: [
      {
        titleLines: [
          `Danh sách ${what} đề nghị công nhận đạt tiêu chuẩn ${STANDARD_NAME} năm ${d.year}`.toLocaleUpperCase('vi'),
        ],
        note: attachmentNote({
          documentKind: 'Tờ trình',
          documentNumber,
          date: options.date,
          year: d.year,
          issuer: office,
        }),
        columns: [
          { label: 'STT', widthPercent: 8, align: 'center' },
          { label: 'Tên đơn vị', widthPercent: 42, align: 'left' },
          { label: 'Thuộc', widthPercent: 26, align: 'left' },
          { label: 'Kết quả thẩm định', widthPercent: 24, align: 'center' },
        ],
        rows: d.units.map((u, i) => [String(i + 1), u.name, u.parentName ?? '', 'Đạt']),
      },
    ],
  };
}

/** The file name a proposal is offered under. */
export function proposalFileName(d: Decision, settings: OfficeSettings, options: ProposalOptions): string {
  const number =
    options.number === null
      ? ''
      : ` ${formatNumberCode({ number: options.number, code: settings.proposalCode }).replace('/', '-')}`;
  return `To trinh${number} de nghi cong nhan ANTT ${d.year}.docx`;
}

/**
 * Once the proposal has its number and date, a draft decision's "Theo đề nghị của ..." basis names it:
 * "Theo đề nghị của Trưởng Công an xã Đông Sơn tại Tờ trình số 12/TTr-CAX ngày 20/10/2025".
 */
export async function citeProposal(ctx: ServiceContext, id: number, options: ProposalOptions): Promise<Decision> {
  if (options.number === null || options.date === null) {
    throw new DomainError('validation', 'Cần số và ngày của tờ trình.');
  }
  const d = await getDecision(ctx.store.db, id);
  if (!allows(d.status, 'edit')) return d;
  const settings = await getSettings(ctx.store.db);
  const number = formatNumberCode({ number: options.number, code: settings.proposalCode });
  const cite = `Theo đề nghị của Trưởng ${settings.standingOfficeName} tại Tờ trình số ${number} ngày ${formatDateVi(options.date)}`;
  const at = d.bases.findIndex((b) => /^theo đề nghị của/iu.test(b.trim()));
  return updateDraft(ctx, id, { bases: at < 0 ? [...d.bases, cite] : d.bases.map((b, i) => (i === at ? cite : b)) });
}
