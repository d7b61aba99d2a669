// A realistic recognition decision of the demo commune (Đông Sơn, 27 residential areas) and its certificates.
import { attachmentNote } from '#shared/documents/format.ts';
import type {
  AttachedList,
  CertificateModel,
  DecisionModel,
  DocumentNumber,
  ProposalModel,
  SignatureBlock,
} from '#shared/documents/model.ts';

const THON = [
  'Đông 1', 'Đông 2', 'Đông 3', 'Tây Sơn', 'Nam Sơn', 'Bắc Sơn', 'Trung Hòa', 'Phú Cường', 'Yên Bình', 'Hòa Lạc',
  'Văn Phú', 'Đại Đồng', 'Tân Lập', 'Thắng Lợi', 'Quyết Tiến', 'Đồng Tâm', 'Hưng Thịnh', 'Lương Điền', 'Kim Sơn',
  'Xuân Thành',
]; // prettier-ignore

/** 20 villages of the former Đông Sơn commune and 7 street groups of the former Rừng Thông town, merged in 2025. */
export const RESIDENTIAL_AREAS: [name: string, belongsTo: string, note: string][] = [
  ...THON.map((t): [string, string, string] => [`Thôn ${t}`, 'Xã Đông Sơn (cũ)', '']),
  ...[1, 2, 3, 4, 5, 6, 7].map((n): [string, string, string] => [`Tổ dân phố số ${n}`, 'Thị trấn Rừng Thông (cũ)', '']),
];
RESIDENTIAL_AREAS[2]![2] = 'Sáp nhập Thôn Đông 4 từ 01/7/2025';

export const NUMBER: DocumentNumber = { number: 5, code: 'QĐ-UBND' };
export const DATE = '2025-11-05';
const ISSUER = 'Ủy ban nhân dân xã Đông Sơn';

export const CHAIR: SignatureBlock = {
  authority: 'TM.',
  onBehalfOf: 'Ủy ban nhân dân',
  title: 'Chủ tịch',
  signerName: 'Lê Văn Thành',
};

export function residentialList(rows: string[][], number = NUMBER, date: string | null = DATE): AttachedList {
  return {
    titleLines: ['Danh sách', 'khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự”', 'năm 2025'],
    note: attachmentNote({ documentKind: 'Quyết định', documentNumber: number, date, year: 2025, issuer: ISSUER }),
    columns: [
      { label: 'STT', widthPercent: 8, align: 'center' },
      { label: 'Tên khu dân cư', widthPercent: 36, align: 'left' },
      { label: 'Thuộc', widthPercent: 36, align: 'left' },
      { label: 'Ghi chú', widthPercent: 20, align: 'left' },
    ],
    rows,
  };
}

export const areaRows = (areas = RESIDENTIAL_AREAS) => areas.map((a, i) => [String(i + 1), ...a]);

export function decisionModel(overrides: Partial<DecisionModel> = {}): DecisionModel {
  const rows = areaRows();
  return {
    issuingBody: { lines: ['Ủy ban nhân dân', 'Xã Đông Sơn'] },
    documentNumber: NUMBER,
    placeDate: { place: 'Đông Sơn', date: DATE, year: 2025 },
    title: 'Quyết định',
    subjectLines: ['Về việc công nhận khu dân cư đạt tiêu chuẩn', '“An toàn về an ninh, trật tự” năm 2025'],
    authorityLine: 'Ủy ban nhân dân xã Đông Sơn',
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
      'Căn cứ Thông tư số 124/2021/TT-BCA của Bộ trưởng Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, ' +
        'cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh, trật tự”, được sửa đổi, bổ sung ' +
        'bởi Thông tư số 48/2025/TT-BCA;',
      'Căn cứ Hướng dẫn số 12/HD-CAT ngày 10 tháng 01 năm 2025 của Công an tỉnh Thanh Hóa về xét, công nhận ' +
        'đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025.',
      'Theo đề nghị của Trưởng Công an xã tại Tờ trình số 18/TTr-CAX ngày 28 tháng 10 năm 2025',
    ],
    articles: [
      {
        paragraphs: [
          `Công nhận ${rows.length} khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025 ` +
            '(có danh sách kèm theo).',
        ],
      },
      {
        paragraphs: [
          'Quyết định này có hiệu lực kể từ ngày ký.',
          'Ủy ban nhân dân xã cấp Giấy công nhận cho các khu dân cư có tên tại Điều 1 theo quy định.',
        ],
      },
      {
        paragraphs: [
          'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Trưởng Công an xã, Trưởng thôn, Tổ trưởng tổ dân ' +
            'phố có tên tại Điều 1 và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.',
        ],
      },
    ],
    recipients: [
      'Như Điều 3',
      'Công an tỉnh Thanh Hóa (để báo cáo)',
      'Thường trực Đảng ủy xã (để báo cáo)',
      'Thường trực HĐND xã',
      'Chủ tịch, các Phó Chủ tịch UBND xã',
      'Ủy ban MTTQ Việt Nam xã',
      'Lưu: VT, CAX.',
    ],
    signature: CHAIR,
    attachedLists: [residentialList(rows)],
    ...overrides,
  };
}

export function certificateModels(areas = RESIDENTIAL_AREAS): CertificateModel[] {
  return areas.map(([name]) => ({
    headingLines: ['Ủy ban nhân dân xã Đông Sơn'],
    title: 'Giấy công nhận',
    unitName: name,
    bodyLines: ['Đạt tiêu chuẩn “An toàn về an ninh, trật tự”'],
    year: 2025,
    decisionReference: 'Quyết định số 05/QĐ-UBND ngày 05/11/2025',
    placeDate: { place: 'Đông Sơn', date: DATE, year: 2025 },
    signature: CHAIR,
  }));
}

/** The standing office's tờ trình proposing the residential areas, with its list. */
export function proposalModel(): ProposalModel {
  const number = { number: 12, code: 'TTr-CAX' };
  return {
    issuingBody: { parentLines: ['CÔNG AN TỈNH THANH HÓA'], lines: ['CÔNG AN XÃ ĐÔNG SƠN'] },
    documentNumber: number,
    placeDate: { place: 'Đông Sơn', date: '2025-10-20', year: 2025 },
    title: 'TỜ TRÌNH',
    subjectLines: ['Về việc đề nghị công nhận khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025'],
    addressee: 'Chủ tịch Ủy ban nhân dân xã Đông Sơn',
    paragraphs: [
      'Công an xã Đông Sơn đã tiếp nhận, kiểm tra và thẩm định hồ sơ đề nghị công nhận năm 2025.',
      `Kết quả thẩm định: ${RESIDENTIAL_AREAS.length} khu dân cư đạt các tiêu chí theo quy định (có danh sách kèm theo).`,
      'Công an xã Đông Sơn kính trình Chủ tịch Ủy ban nhân dân xã Đông Sơn xem xét, quyết định./.',
    ],
    recipients: ['Như trên', 'Lưu: CAX'],
    signature: { authority: '', onBehalfOf: '', title: 'TRƯỞNG CÔNG AN XÃ', signerName: 'Nguyễn Văn Hùng' },
    attachedLists: [
      {
        ...residentialList(areaRows()),
        note: attachmentNote({
          documentKind: 'Tờ trình',
          documentNumber: number,
          date: '2025-10-20',
          year: 2025,
          issuer: 'Công an xã Đông Sơn',
        }),
      },
    ],
  };
}
