// The incident mapping as data: the shipped verbatim set carries it criterion by criterion, and the office edits it
// in a new version through the API, which holds every edit to the same rule the editor shows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '#shared/api/contract.ts';
import type { CriteriaSet, Criterion } from '#shared/api/roundTypes.ts';
import type { Result } from '#shared/api/result.ts';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import type { AppContext } from '../../../electron/core/api/types.ts';
import { VERBATIM_CRITERIA_SET_UID } from '../../../electron/core/db/migrations/2026-12-02-02-rules-docs.ts';
import { createUser } from '../../../electron/core/features/accounts/service.ts';
import { createCriteriaSetVersion, listCriteriaSets } from '../../../electron/core/features/campaigns/service.ts';
import { createHandlerTable } from '../../../electron/core/handlerTable.ts';
import { testStore } from '../../support/services.ts';
import { testHost } from '../../support/testHost.ts';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(async () => t.close());

async function verbatimSet(): Promise<CriteriaSet> {
  const { id } = t.store.sqlite
    .prepare('SELECT id FROM criteria_sets WHERE uid = ?')
    .get(VERBATIM_CRITERIA_SET_UID) as {
    id: number;
  };
  return (await listCriteriaSets(t.store.db)).find((s) => s.id === id)!;
}

/** "category:effect" of each link, with "?" for a link still to confirm. */
const links = (c: Criterion) => c.incidentCategories.map((m) => `${m.category}:${m.effect}${m.confirmed ? '' : '?'}`);
const CLOSED_LIST = [
  'chong_dang',
  'pha_hoai',
  'dao_trai_phap_luat',
  'loi_dung_ton_giao',
  'ly_khai',
  'khieu_kien',
  'tu_tap',
];
const WORKPLACE = ['dinh_cong', 'chay_no', 'tai_nan_lao_dong', 'lo_bi_mat', 'can_bo_vi_pham'];

describe('the shipped verbatim criteria set (version 2)', () => {
  it('carries the incident mapping of every criterion', async () => {
    const set = await verbatimSet();
    expect(set.version).toBe(2);
    const mapping = Object.fromEntries(set.criteria.map((c) => [`${c.kind}:${c.code}`, links(c)]));
    expect(mapping).toEqual({
      'khu_dan_cu:1': [],
      'khu_dan_cu:2': [],
      'khu_dan_cu:3': CLOSED_LIST.map((c) => `${c}:khong_dat`),
      'khu_dan_cu:4': ['toi_pham:xem_xet?', 'khac:xem_xet?'],
      'khu_dan_cu:5': [],
      'xa_phuong:1': [],
      'xa_phuong:2': [...CLOSED_LIST.map((c) => `${c}:khong_dat`), 'toi_pham:xem_xet?', 'khac:xem_xet?'],
      'xa_phuong:3': [],
      'xa_phuong:4': [],
      'co_quan:1': [],
      'co_quan:2': [],
      'co_quan:3': WORKPLACE.map((c) => `${c}:khong_dat?`),
      'doanh_nghiep:1': [],
      'doanh_nghiep:2': [],
      'doanh_nghiep:3': WORKPLACE.map((c) => `${c}:khong_dat?`),
      'co_so_giao_duc:1': [],
      'co_so_giao_duc:2': [],
      'co_so_giao_duc:3': [],
      'co_so_giao_duc:4': [
        'chong_dang:khong_dat?',
        'dao_trai_phap_luat:khong_dat?',
        'loi_dung_ton_giao:khong_dat?',
        'tu_tap:khong_dat?',
      ],
      'co_so_giao_duc:5': ['bao_luc_hoc_duong:khong_dat?'],
      'co_so_giao_duc:6': [],
    });
    // Incident-sensitive exactly where some category bears on it; criterion 1 of the commune checked from data.
    for (const c of set.criteria) expect(c.incidentSensitive).toBe(c.incidentCategories.length > 0);
    expect(set.criteria.find((c) => c.kind === 'xa_phuong' && c.code === '1')!.autoRule).toBe('registration');
  });
});

describe('editing the mapping in a new version', () => {
  let app: AppContext;
  beforeEach(async () => {
    const user = await createUser(t.store.db, t.ctx, {
      username: 'quan-tri',
      fullName: 'Quản trị',
      role: 'admin',
      password: 'mat-khau-8',
    });
    app = { store: t.store, session: { user }, pickedFiles: new Map(), now: t.ctx.now, host: testHost() };
  });
  const createVersion = (input: MethodInput<'criteria.createVersion'>): Promise<Result<unknown>> =>
    dispatch(createHandlerTable(), app, 'criteria.createVersion', JSON.parse(JSON.stringify(input)));

  /** The verbatim set's criteria as the editor sends them, with one criterion's categories replaced. */
  async function edited(kind: string, code: string, incidentCategories: Criterion['incidentCategories']) {
    const set = await verbatimSet();
    return {
      baseSetId: set.id,
      note: null,
      criteria: set.criteria.map((c) => ({
        kind: c.kind,
        code: c.code,
        text: c.text,
        origin: c.origin,
        confirmed: c.confirmed,
        autoRule: c.autoRule,
        incidentSensitive: c.incidentCategories.length > 0,
        incidentCategories: c.kind === kind && c.code === code ? incidentCategories : c.incidentCategories,
      })),
    };
  }

  it('stores what the office chose: a category taken off, another added unconfirmed', async () => {
    const input = await edited('khu_dan_cu', '3', [
      ...CLOSED_LIST.filter((c) => c !== 'khieu_kien').map((category) => ({
        category: category as Criterion['incidentCategories'][number]['category'],
        effect: 'khong_dat' as const,
        confirmed: true,
      })),
      { category: 'chay_no', effect: 'khong_dat', confirmed: false },
    ]);
    const result = await createVersion(input);
    expect(result.ok).toBe(true);
    const created = (result as { value: CriteriaSet }).value;
    expect(created.version).toBe(3);
    const c3 = created.criteria.find((c) => c.kind === 'khu_dan_cu' && c.code === '3')!;
    expect(links(c3)).not.toContain('khieu_kien:khong_dat');
    expect(links(c3)).toContain('chay_no:khong_dat?');
    // The version it was made from keeps its mapping.
    expect(links((await verbatimSet()).criteria.find((c) => c.kind === 'khu_dan_cu' && c.code === '3')!)).toContain(
      'khieu_kien:khong_dat',
    );
  });

  it.each([
    [
      'crime failing residential criterion 4',
      ['khu_dan_cu', '4', [{ category: 'toi_pham', effect: 'khong_dat', confirmed: false }]],
      'chỉ được đánh dấu cần xem xét',
    ],
    [
      "another incident failing the commune's criterion 2",
      ['xa_phuong', '2', [{ category: 'khac', effect: 'khong_dat', confirmed: false }]],
      'chỉ được đánh dấu cần xem xét',
    ],
    [
      'a category on a criterion checked from registration data',
      ['khu_dan_cu', '1', [{ category: 'tu_tap', effect: 'khong_dat', confirmed: false }]],
      'không gắn loại vụ việc',
    ],
    [
      'a category listed twice',
      [
        'co_quan',
        '3',
        [
          { category: 'chay_no', effect: 'khong_dat', confirmed: false },
          { category: 'chay_no', effect: 'xem_xet', confirmed: false },
        ],
      ],
      'được chọn hai lần',
    ],
  ] as const)('refuses %s, naming the criterion, and makes no version', async (_name, [kind, code, list], message) => {
    const before = (await listCriteriaSets(t.store.db)).length;
    const result = await createVersion(await edited(kind, code, [...list]));
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        fields: [expect.objectContaining({ message: expect.stringContaining(`Tiêu chí ${code}: `) })],
      },
    });
    expect(JSON.stringify(result)).toContain(message);
    expect((await listCriteriaSets(t.store.db)).length).toBe(before);
    // The service holds to the same rule for callers that do not go through the contract.
    const input = await edited(kind, code, [...list]);
    await expect(createCriteriaSetVersion(t.ctx, input.baseSetId, null, input.criteria)).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringContaining(message),
    });
  });
});
