export const ROLES = ['admin', 'staff', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị',
  staff: 'Cán bộ thường trực',
  leader: 'Lãnh đạo (chỉ xem, ký)',
};

export const OFFICE_LEVELS = ['xa', 'phuong', 'dac_khu', 'cap_tren'] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];
export const OFFICE_LEVEL_LABELS: Record<OfficeLevel, string> = {
  xa: 'Xã',
  phuong: 'Phường',
  dac_khu: 'Đặc khu',
  cap_tren: 'Cơ quan cấp trên (tỉnh, khu vực)',
};

export const SIGNING_AUTHORITIES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', ''] as const;
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];
