// Fills a data folder with many units fast: one raw prepared INSERT in one transaction, with every column
// derived exactly as the app derives it (toColumns, newUid), so the app's queries see realistic rows.
import type BetterSqlite3 from 'better-sqlite3';
import type { UnitKind, UnitSubtype } from '#shared/domain/units.ts';
import { newUid, toColumns, type UnitFields } from '../../electron/core/features/units/mapper.ts';

const AT = '2025-11-05T08:30:00.000Z';
const ACTOR = 'bench';

const RESIDENTIAL: [string, UnitSubtype][] = [
  ['Thôn Tân Lập', 'thon'],
  ['Tổ dân phố số', 'to_dan_pho'],
  ['Bản Nà Mèo', 'ban'],
  ['Ấp Phú Hòa', 'ap'],
  ['Khu phố Chợ Đồng Xoài', 'khu_pho'],
  ['Làng Đông Sơn', 'lang'],
];
const COMMUNES: [string, UnitSubtype][] = [
  ['Xã Đông Sơn', 'xa'],
  ['Phường Hòa Bình', 'phuong'],
];
const OTHERS: Record<'co_quan' | 'doanh_nghiep' | 'co_so_giao_duc', [string, UnitSubtype][]> = {
  co_quan: [
    ['Trạm Y tế xã Đông Sơn', 'don_vi_su_nghiep'],
    ['Chi nhánh Ngân hàng Chính sách xã hội', 'co_quan_nha_nuoc'],
  ],
  doanh_nghiep: [
    ['Công ty TNHH Đồ gỗ Hưng Thịnh', 'doanh_nghiep_tu_nhan'],
    ['Hợp tác xã Nông nghiệp Tân Lập', 'hop_tac_xa'],
  ],
  co_so_giao_duc: [
    ['Trường THCS Lê Lợi', 'thcs'],
    ['Trường THPT Nguyễn Trãi', 'thpt'],
  ],
};
const SURNAMES = ['Nguyễn Văn', 'Trần Thị', 'Lê Văn', 'Phạm Thị', 'Hoàng Văn', 'Đặng Thị', 'Vũ Văn', 'Bùi Thị'];

/** 60% residential areas, 10% each of the other kinds; residential areas belong to a commune. */
function kindOf(i: number): UnitKind {
  const k = i % 10;
  if (k < 6) return 'khu_dan_cu';
  return (['xa_phuong', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc'] as const)[k - 6]!;
}

function fieldsFor(i: number, communeIds: number[], mergeTarget: number | null): UnitFields {
  const kind = kindOf(i);
  const pick = <T>(list: T[]) => list[Math.floor(i / 10) % list.length]!;
  const [prefix, subtype] =
    kind === 'khu_dan_cu' ? pick(RESIDENTIAL) : kind === 'xa_phuong' ? pick(COMMUNES) : pick(OTHERS[kind]);
  const residential = kind === 'khu_dan_cu';
  // Some units start in the future, some ended (merged away) before the filter date: activeOn filters for real.
  const merged = residential && mergeTarget !== null && i % 23 === 0;
  const activeFrom = merged ? null : i % 17 === 0 ? '2026-01-01' : i % 5 === 0 ? '2020-01-01' : null;
  return {
    kind,
    subtype,
    name: `${prefix} ${i + 1}`,
    parentId: residential && communeIds.length ? communeIds[i % communeIds.length]! : null,
    address: i % 3 === 0 ? null : `Số ${i % 200} đường Lê Lợi, ${COMMUNES[i % 2]![0]} ${(i % 50) + 1}`,
    headName: `${SURNAMES[i % SURNAMES.length]} ${i + 1}`,
    headPhone: i % 4 === 0 ? null : `09${String(i).padStart(8, '0')}`,
    households: residential ? 100 + (i % 400) : null,
    population: residential ? 400 + (i % 1600) : null,
    notes: i % 7 === 0 ? 'Đăng ký thi đua năm 2025' : null,
    activeFrom,
    activeUntil: merged ? '2025-03-31' : null,
    mergedIntoId: merged ? mergeTarget : null,
  };
}

export const INSERT_UNIT_SQL = `INSERT INTO units (uid, kind, subtype, name, name_key, sort_key, search_text, parent_id, address,
  head_name, head_phone, households, population, notes, active_from, active_until, merged_into_id, import_batch_id,
  created_at, created_by, updated_at, updated_by)
  VALUES (@uid, @kind, @subtype, @name, @name_key, @sort_key, @search_text, @parent_id, @address, @head_name, @head_phone,
  @households, @population, @notes, @active_from, @active_until, @merged_into_id, @import_batch_id,
  @created_at, @created_by, @updated_at, @updated_by)`;

/** The row the app would store for these fields: derived keys from toColumns, a fresh uid, audit stamps. */
export function unitRow(f: UnitFields, importBatchId: number | null = null) {
  return {
    uid: newUid(),
    ...toColumns(f),
    import_batch_id: importBatchId,
    created_at: AT,
    created_by: ACTOR,
    updated_at: AT,
    updated_by: ACTOR,
  };
}

/** Inserts `count` units (communes first, so residential areas can point at them). Returns the row count. */
export function seedUnits(sqlite: BetterSqlite3.Database, count: number): number {
  const insert = sqlite.prepare(INSERT_UNIT_SQL);
  const order = [...Array(count).keys()];
  order.sort((a, b) => Number(kindOf(b) === 'xa_phuong') - Number(kindOf(a) === 'xa_phuong') || a - b);
  sqlite
    .transaction(() => {
      const communeIds: number[] = [];
      let mergeTarget: number | null = null;
      for (const i of order) {
        const f = fieldsFor(i, communeIds, mergeTarget);
        const id = Number(insert.run(unitRow(f)).lastInsertRowid);
        if (f.kind === 'xa_phuong') communeIds.push(id);
        else if (f.kind === 'khu_dan_cu' && f.mergedIntoId === null && i % 23 === 1) mergeTarget = id;
      }
    })
    .immediate();
  return (sqlite.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
}
