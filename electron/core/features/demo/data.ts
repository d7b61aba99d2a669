// A realistic commune for demonstrations and tests: names as offices write them, plausible counts.
import type { UnitKind, UnitSubtype } from '#shared/domain/units.ts';

export { DEMO_OFFICE } from '#shared/domain/demoOffice.ts';

export const DEMO_COMMUNE = { name: 'Xã Đông Sơn', subtype: 'xa' as const, address: 'Trụ sở UBND xã Đông Sơn' };

const VILLAGES = [
  'Thôn Đông 1',
  'Thôn Đông 2',
  'Thôn Đông 3',
  'Thôn Tây Sơn',
  'Thôn Nam Sơn',
  'Thôn Bắc Sơn',
  'Thôn Trung Hòa',
  'Thôn Phú Cường',
  'Thôn Yên Bình',
  'Thôn Hòa Lạc',
  'Thôn Văn Phú',
  'Thôn Đại Đồng',
  'Thôn Tân Lập',
  'Thôn Thắng Lợi',
  'Thôn Quyết Tiến',
  'Thôn Đồng Tâm',
  'Thôn Hưng Thịnh',
  'Thôn Lương Điền',
  'Thôn Kim Sơn',
  'Thôn Xuân Thành',
];
const STREETS = [
  'Tổ dân phố số 1',
  'Tổ dân phố số 2',
  'Tổ dân phố số 3',
  'Tổ dân phố số 4',
  'Tổ dân phố số 5',
  'Tổ dân phố số 6',
];
const HEADS = [
  'Nguyễn Văn Hùng',
  'Lê Thị Mai',
  'Trần Văn Bình',
  'Phạm Văn Dũng',
  'Hoàng Văn Nam',
  'Vũ Thị Lan',
  'Đỗ Văn Thắng',
  'Bùi Văn Tuấn',
  'Đặng Văn Long',
  'Ngô Thị Hạnh',
  'Dương Văn Quang',
  'Lý Văn Sơn',
  'Đinh Văn Phúc',
];

export interface DemoUnit {
  kind: UnitKind;
  subtype: UnitSubtype | null;
  name: string;
  address: string | null;
  headName: string | null;
  headPhone: string | null;
  households: number | null;
  population: number | null;
  /** Residential areas merged in the 2025 reorganisation: active until, and the name they merged into. */
  merged?: { until: string; into: string };
}

/** Deterministic pseudo-random numbers, so demo data is the same on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function demoUnits(): DemoUnit[] {
  const rand = rng(2025);
  const phone = () => `09${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`;
  const head = (i: number) => HEADS[i % HEADS.length]!;
  const areas: DemoUnit[] = [...VILLAGES, ...STREETS].map((name, i) => {
    const households = 120 + Math.floor(rand() * 330);
    return {
      kind: 'khu_dan_cu',
      subtype: name.startsWith('Tổ') ? 'to_dan_pho' : 'thon',
      name,
      address: null,
      headName: head(i),
      headPhone: phone(),
      households,
      population: Math.round(households * (3.4 + rand() * 0.9)),
    };
  });
  areas.push({
    kind: 'khu_dan_cu',
    subtype: 'thon',
    name: 'Thôn Đông 4',
    address: null,
    headName: null,
    headPhone: null,
    households: 96,
    population: 352,
    merged: { until: '2025-06-30', into: 'Thôn Đông 3' },
  });
  const others: [UnitKind, UnitSubtype | null, string, string][] = [
    ['co_quan', 'co_quan_nha_nuoc', 'Trạm Y tế xã Đông Sơn', 'Thôn Trung Hòa'],
    ['co_quan', 'don_vi_su_nghiep', 'Bưu điện văn hóa xã Đông Sơn', 'Thôn Đông 1'],
    ['co_quan', 'co_quan_nha_nuoc', 'Ban Quản lý chợ Đông Sơn', 'Tổ dân phố số 2'],
    ['co_quan', 'don_vi_su_nghiep', 'Trung tâm Văn hóa - Thể thao xã Đông Sơn', 'Thôn Trung Hòa'],
    ['doanh_nghiep', 'doanh_nghiep_tu_nhan', 'Công ty TNHH May mặc Đông Sơn', 'Cụm công nghiệp Đông Sơn'],
    ['doanh_nghiep', 'doanh_nghiep_tu_nhan', 'Công ty Cổ phần Gạch ngói Sơn Hà', 'Thôn Bắc Sơn'],
    ['doanh_nghiep', 'hop_tac_xa', 'Hợp tác xã Dịch vụ nông nghiệp Đông Sơn', 'Thôn Yên Bình'],
    ['doanh_nghiep', 'doanh_nghiep_fdi', 'Công ty TNHH Điện tử Hòa Bình Việt Nam', 'Cụm công nghiệp Đông Sơn'],
    ['co_so_giao_duc', 'thcs', 'Trường THCS Đông Sơn', 'Thôn Đông 2'],
    ['co_so_giao_duc', 'thcs', 'Trường THCS Nguyễn Du', 'Tổ dân phố số 4'],
    ['co_so_giao_duc', 'thpt', 'Trường THPT Đông Sơn', 'Tổ dân phố số 1'],
    [
      'co_so_giao_duc',
      'trung_cap_nghe',
      'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Đông Sơn',
      'Thôn Tân Lập',
    ],
  ];
  return [
    ...areas,
    ...others.map(([kind, subtype, name, address], i) => ({
      kind,
      subtype,
      name,
      address: `${address}, xã Đông Sơn`,
      headName: head(i + 5),
      headPhone: phone(),
      households: null,
      population: null,
    })),
  ];
}
