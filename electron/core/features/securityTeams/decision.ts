// The commune chair's decision rating the grassroots security teams of a year (NĐ 30 layout), with the list of
// teams and ratings. The chair decides personally, so it is headed and signed like a commendation: "CHỦ TỊCH ỦY BAN
// NHÂN DÂN XÃ …" and "CHỦ TỊCH", never "TM.". A draft: its number and date are written at signing.
import type { OfficeSettings } from '#shared/api/types.ts';
import { TEAM_RATINGS, TEAM_RATING_LABELS, type TeamRating } from '#shared/domain/models.ts';
import { DOCUMENT_ISSUERS } from '#shared/documents/issuers.ts';
import { attachmentNote } from '#shared/documents/format.ts';
import type { DecisionModel } from '#shared/documents/model.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import type { Db } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { getSettings } from '../settings/index.ts';
import { teamRatingSheet } from './rating.ts';

const ISSUER = DOCUMENT_ISSUERS.commendation;

function localityText(s: OfficeSettings): string {
  const word = { xa: 'xã', phuong: 'phường', dac_khu: 'đặc khu', cap_tren: '' }[s.level];
  return word ? `${word} ${s.placeName}` : s.placeName;
}

/** The chair (not a deputy) among the active signers, the default one first; empty name when none is recorded. */
function chair(s: OfficeSettings) {
  const active = s.signers.filter((x) => x.active && x.authority !== 'KT.');
  const signer = active.find((x) => x.isDefault) ?? active[0];
  return { authority: '' as const, title: 'CHỦ TỊCH', fullName: signer?.fullName ?? '' };
}

export async function teamRatingDecisionModel(db: Db, year: number): Promise<DecisionModel> {
  const settings = await getSettings(db);
  const sheet = await teamRatingSheet(db, year);
  const rated = sheet.rows.filter((r) => r.rating !== null);
  if (rated.length === 0) {
    throw new DomainError('validation', `Chưa có tổ bảo vệ an ninh, trật tự nào được xếp loại năm ${year}.`);
  }
  const names = { bodyUpper: settings.issuingBodyUpper, localityUpper: settings.localityUpper };
  const locality = localityText(settings);
  const number = { number: null, code: settings.decisionCode };
  const counts = TEAM_RATINGS.filter((k) => sheet.counts[k] > 0)
    .map((k) => `${String(sheet.counts[k]).padStart(2, '0')} tổ ${TEAM_RATING_LABELS[k].toLocaleLowerCase('vi')}`)
    .join('; ');
  const order = (r: TeamRating) => TEAM_RATINGS.indexOf(r);
  const rows = [...rated].sort((a, b) => order(a.rating!) - order(b.rating!));
  return {
    issuingBody: { lines: [settings.issuingBodyUpper, settings.localityUpper] },
    documentNumber: number,
    placeDate: { place: settings.placeName, date: null, year },
    title: 'QUYẾT ĐỊNH',
    subjectLines: [`Về việc xếp loại tổ bảo vệ an ninh, trật tự ở cơ sở năm ${year}`],
    authorityLine: ISSUER.authorityLine(names),
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
      'Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở ngày 28 tháng 11 năm 2023',
      'Căn cứ Hướng dẫn số 01/HD-BCA-V05 của Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an',
      `Theo đề nghị của Trưởng Công an ${locality}`,
    ],
    articles: [
      {
        paragraphs: [
          `Xếp loại mức độ hoàn thành nhiệm vụ năm ${year} (từ ngày ${formatDateVi(sheet.periodFrom)} đến ngày ${formatDateVi(sheet.periodTo)}) đối với ${String(rated.length).padStart(2, '0')} tổ bảo vệ an ninh, trật tự ở cơ sở, gồm: ${counts} (có danh sách kèm theo).`,
        ],
      },
      { paragraphs: ['Quyết định này có hiệu lực kể từ ngày ký.'] },
      {
        paragraphs: [
          `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, Trưởng Công an ${locality}, trưởng các thôn, tổ dân phố và các tổ có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
        ],
      },
    ],
    recipients: ['Như Điều 3', `Công an ${locality}`, 'Lưu: VT'],
    signature: ISSUER.signature(chair(settings), names),
    attachedLists: [
      {
        titleLines: [`DANH SÁCH XẾP LOẠI TỔ BẢO VỆ AN NINH, TRẬT TỰ Ở CƠ SỞ NĂM ${year}`],
        note: attachmentNote({
          documentKind: 'Quyết định',
          documentNumber: number,
          date: null,
          year,
          issuer: `Chủ tịch Ủy ban nhân dân ${locality}`,
        }),
        columns: [
          { label: 'STT', widthPercent: 7, align: 'center' },
          { label: 'Tên tổ', widthPercent: 33, align: 'left' },
          { label: 'Khu dân cư', widthPercent: 20, align: 'left' },
          { label: 'Tổ trưởng', widthPercent: 18, align: 'left' },
          { label: 'Xếp loại', widthPercent: 22, align: 'left' },
        ],
        rows: rows.map((r, i) => [
          String(i + 1),
          r.team.name,
          r.team.unitName,
          r.team.leaderName ?? '',
          TEAM_RATING_LABELS[r.rating!],
        ]),
      },
    ],
  };
}
