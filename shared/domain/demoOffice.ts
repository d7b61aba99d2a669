// The demo commune's office settings: offered by the first-run screen and used by `cli demo`.
import type { z } from 'zod';
import type { officeSettingsInputSchema } from '../api/schemas.ts';

export const DEMO_OFFICE: z.input<typeof officeSettingsInputSchema> = {
  level: 'xa',
  issuingBodyUpper: 'ỦY BAN NHÂN DÂN',
  localityUpper: 'XÃ ĐÔNG SƠN',
  placeName: 'Đông Sơn',
  provinceName: 'Thanh Hóa',
  committeeName:
    'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc xã Đông Sơn',
  standingOfficeName: 'Công an xã Đông Sơn',
  decisionCode: 'QĐ-UBND',
  proposalCode: 'TTr-CAX',
  archiveCode: 'VT, CAX',
  signers: [
    { fullName: 'Lê Văn Thành', title: 'CHỦ TỊCH', authority: 'TM.', isDefault: true, active: true },
    { fullName: 'Nguyễn Thị Hoa', title: 'PHÓ CHỦ TỊCH', authority: 'KT.', isDefault: false, active: true },
  ],
};
