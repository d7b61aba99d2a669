// Unit kinds and subtypes as the regulations name them (Thông tư 124/2021/TT-BCA, Điều 2).

export const UNIT_KINDS = ['khu_dan_cu', 'xa_phuong', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  khu_dan_cu: 'Khu dân cư',
  xa_phuong: 'Xã, phường, đặc khu',
  co_quan: 'Cơ quan',
  doanh_nghiep: 'Doanh nghiệp',
  co_so_giao_duc: 'Cơ sở giáo dục',
};

export const UNIT_SUBTYPES = {
  khu_dan_cu: ['thon', 'lang', 'ban', 'ap', 'buon', 'phum', 'soc', 'khom', 'to_dan_pho', 'khu_pho', 'khac'],
  xa_phuong: ['xa', 'phuong', 'dac_khu', 'thi_tran'],
  co_quan: ['co_quan_nha_nuoc', 'don_vi_su_nghiep', 'to_chuc_khac'],
  doanh_nghiep: ['doanh_nghiep_nha_nuoc', 'doanh_nghiep_tu_nhan', 'doanh_nghiep_fdi', 'hop_tac_xa'],
  co_so_giao_duc: ['thcs', 'thpt', 'lien_cap', 'trung_cap_nghe', 'cao_dang_dai_hoc', 'khac_gd'],
} as const satisfies Record<UnitKind, readonly string[]>;
export type UnitSubtype = (typeof UNIT_SUBTYPES)[UnitKind][number];
export const ALL_UNIT_SUBTYPES: readonly UnitSubtype[] = Object.values(UNIT_SUBTYPES).flat();

export const UNIT_SUBTYPE_LABELS: Record<UnitSubtype, string> = {
  thon: 'Thôn',
  lang: 'Làng',
  ban: 'Bản',
  ap: 'Ấp',
  buon: 'Buôn',
  phum: 'Phum',
  soc: 'Sóc',
  khom: 'Khóm',
  to_dan_pho: 'Tổ dân phố',
  khu_pho: 'Khu phố',
  khac: 'Khu dân cư khác',
  xa: 'Xã',
  phuong: 'Phường',
  dac_khu: 'Đặc khu',
  thi_tran: 'Thị trấn (trước 01/07/2025)',
  co_quan_nha_nuoc: 'Cơ quan nhà nước',
  don_vi_su_nghiep: 'Đơn vị sự nghiệp',
  to_chuc_khac: 'Tổ chức khác',
  doanh_nghiep_nha_nuoc: 'Doanh nghiệp nhà nước',
  doanh_nghiep_tu_nhan: 'Doanh nghiệp tư nhân',
  doanh_nghiep_fdi: 'Doanh nghiệp có vốn nước ngoài',
  hop_tac_xa: 'Hợp tác xã',
  thcs: 'Trường THCS',
  thpt: 'Trường THPT',
  lien_cap: 'Trường liên cấp',
  trung_cap_nghe: 'Trường trung cấp, giáo dục nghề nghiệp',
  cao_dang_dai_hoc: 'Trường cao đẳng, đại học',
  khac_gd: 'Cơ sở giáo dục khác',
};

export function subtypeBelongsTo(kind: UnitKind, subtype: string): boolean {
  return (UNIT_SUBTYPES[kind] as readonly string[]).includes(subtype);
}

/** Kinds whose units have households and population figures. */
export function hasHouseholds(kind: UnitKind): boolean {
  return kind === 'khu_dan_cu' || kind === 'xa_phuong';
}
