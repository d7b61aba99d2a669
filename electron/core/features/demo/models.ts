// The demo's models and grassroots security teams: a model in every lifecycle state (one replicated to several
// points, one retired and replaced), yearly reviews, an exemplar, and teams rated within the 20% rule.
import { foldKey } from '#shared/text/fold.ts';
import type { ServiceContext } from '../../context.ts';
import { applyModelAction, insertModel, insertPoint, insertTeam } from '../models/index.ts';
import { insertSecurityTeam, rateTeams } from '../securityTeams/index.ts';

interface DemoModel {
  name: string;
  typeCode: string;
  field: 'an_ninh_trat_tu' | 'ma_tuy' | 'giao_thong' | 'phong_chay' | 'hoa_giai';
  units: string[];
  /** Years before the demo year: established in March, launched in April. Null: still a proposal. */
  since: number | null;
  launched: boolean;
  points: string[];
  rating?: string;
}

const MODELS: DemoModel[] = [
  {
    name: 'Tổ tự quản về an ninh, trật tự',
    typeCode: 'tu_quan',
    field: 'an_ninh_trat_tu',
    units: ['Xã Đông Sơn'],
    since: 2,
    launched: true,
    points: ['Thôn Đông 1', 'Thôn Đông 2', 'Tổ dân phố số 1'],
    rating: 'hieu_qua',
  },
  {
    name: 'Camera an ninh trật tự',
    typeCode: 'tu_bao_ve',
    field: 'an_ninh_trat_tu',
    units: ['Xã Đông Sơn'],
    since: 1,
    launched: true,
    points: ['Tổ dân phố số 2'],
    rating: 'hieu_qua',
  },
  {
    name: 'Doanh nghiệp tự bảo vệ an ninh, trật tự',
    typeCode: 'tu_bao_ve',
    field: 'an_ninh_trat_tu',
    units: ['Công ty TNHH May mặc Đông Sơn'],
    since: 1,
    launched: true,
    points: ['Công ty TNHH May mặc Đông Sơn'],
    rating: 'hieu_qua',
  },
  {
    name: 'Trường học không ma túy',
    typeCode: 'tu_phong',
    field: 'ma_tuy',
    units: ['Trường THCS Đông Sơn'],
    since: 1,
    launched: true,
    points: ['Trường THCS Đông Sơn'],
  },
  {
    name: 'Dòng họ không có người vi phạm pháp luật',
    typeCode: 'tu_quan',
    field: 'an_ninh_trat_tu',
    units: ['Xã Đông Sơn'],
    since: 0,
    launched: false,
    points: [],
  },
  {
    name: 'Tổ hòa giải kết hợp tuần tra',
    typeCode: 'tu_hoa_giai',
    field: 'hoa_giai',
    units: ['Xã Đông Sơn'],
    since: null,
    launched: false,
    points: [],
  },
];

const TEAM_AREAS = [
  'Thôn Đông 1',
  'Thôn Đông 2',
  'Thôn Đông 3',
  'Thôn Trung Hòa',
  'Thôn Bắc Sơn',
  'Thôn Yên Bình',
  'Tổ dân phố số 1',
  'Tổ dân phố số 2',
];
const RATINGS = ['xuat_sac', 'tot', 'tot', 'tot', 'tot', 'tot', 'hoan_thanh'] as const;
const PEOPLE = ['Nguyễn Văn Hải', 'Trần Văn Minh', 'Lê Thị Hoa', 'Phạm Văn Tuấn', 'Hoàng Thị Lan', 'Vũ Văn Nam'];

export async function seedDemoModels(office: ServiceContext, year: number): Promise<{ created: boolean }> {
  // Told as of 18/11 of the demo year, like its round: every date is in the past.
  const ctx: ServiceContext = { ...office, now: () => new Date(year, 10, 18, 9) };
  const teamIds = await ctx.store.db.transaction().execute(async (db) => {
    if (await db.selectFrom('models').select('id').executeTakeFirst()) return null;
    const units = await db
      .selectFrom('units')
      .select(['id', 'name_key'])
      .where('source_office_id', 'is', null)
      .execute();
    const idOf = (name: string) => units.find((u) => u.name_key === foldKey(name))?.id;
    const ids = (names: string[]) => names.map(idOf).filter((x): x is number => x !== undefined);
    const fields = (m: Pick<DemoModel, 'name' | 'typeCode' | 'field' | 'units'>, proposedOn: string) => ({
      name: m.name,
      typeCode: m.typeCode,
      field: m.field,
      unitIds: ids(m.units),
      proposer: 'Công an xã Đông Sơn',
      proposedOn,
      survey: 'Khảo sát tình hình an ninh, trật tự và nhu cầu của nhân dân trên địa bàn.',
      proposal: 'Đề xuất xây dựng mô hình, được Đảng ủy xã đồng ý chủ trương.',
      approvedBy: 'Đảng ủy xã Đông Sơn',
      notes: null,
    });
    const modelIds = new Map<string, number>();
    for (const m of MODELS) {
      const start = year - (m.since ?? 0);
      const id = await insertModel(db, ctx, fields(m, `${start}-02-10`));
      modelIds.set(m.name, id);
      if (m.since === null) continue;
      await applyModelAction(db, ctx, id, {
        action: 'thanh_lap',
        onDate: `${start}-03-01`,
        decisionNumber: `${10 + modelIds.size}/QĐ-UBND`,
        decisionSigner: 'Nguyễn Văn An',
        steeringBoard: 'Trưởng ban: Phó Chủ tịch UBND xã; Phó Trưởng ban: Trưởng Công an xã; các thành viên.',
        note: null,
      });
      if (!m.launched) continue;
      await applyModelAction(db, ctx, id, { action: 'ra_mat', onDate: `${start}-04-01`, note: null });
      for (const [i, area] of m.points.entries()) {
        const unitId = idOf(area);
        if (unitId === undefined) continue;
        const startedOn = i === 0 ? `${start}-04-01` : `${year - 1}-0${i + 3}-15`;
        const pointId = await insertPoint(db, ctx, {
          modelId: id,
          unitId,
          startedOn,
          decisionNumber: null,
          decisionDate: null,
        });
        for (let k = 1; k <= 2; k++) {
          await insertTeam(db, ctx, {
            pointId,
            name: `Tổ ${k}`,
            leaderName: PEOPLE[(i + k) % PEOPLE.length]!,
            memberCount: 6 + i + k,
            foundedOn: startedOn,
            members: [],
          });
        }
      }
      await applyModelAction(db, ctx, id, {
        action: 'so_ket',
        onDate: `${year}-06-20`,
        note: 'Sơ kết 6 tháng đầu năm: duy trì sinh hoạt đều.',
      });
      if (m.rating) {
        await db
          .insertInto('model_reviews')
          .values({
            model_id: id,
            year,
            rating_code: m.rating,
            reviewed_on: `${year}-11-10`,
            note: null,
            at: ctx.now().toISOString(),
            actor: ctx.actor,
          })
          .execute();
      }
    }
    // An old mediation team, rated inactive last year, retired this year and replaced by the proposal above.
    const old = await insertModel(
      db,
      ctx,
      fields(
        { name: 'Tổ hòa giải ở cơ sở', typeCode: 'tu_hoa_giai', field: 'hoa_giai', units: ['Xã Đông Sơn'] },
        `${year - 4}-02-10`,
      ),
    );
    await applyModelAction(db, ctx, old, {
      action: 'thanh_lap',
      onDate: `${year - 4}-03-01`,
      decisionNumber: '05/QĐ-UBND',
      decisionSigner: 'Nguyễn Văn An',
      steeringBoard: null,
      note: null,
    });
    await applyModelAction(db, ctx, old, { action: 'ra_mat', onDate: `${year - 4}-04-01`, note: null });
    await db
      .insertInto('model_reviews')
      .values({
        model_id: old,
        year: year - 1,
        rating_code: 'khong_hoat_dong',
        reviewed_on: `${year - 1}-11-10`,
        note: 'Không tổ chức hòa giải vụ việc nào trong năm.',
        at: ctx.now().toISOString(),
        actor: ctx.actor,
      })
      .execute();
    await applyModelAction(db, ctx, old, {
      action: 'thanh_loai',
      onDate: `${year}-03-15`,
      note: 'Không hoạt động, thay bằng mô hình tổ hòa giải kết hợp tuần tra.',
      replacedById: modelIds.get('Tổ hòa giải kết hợp tuần tra')!,
    });
    await db
      .insertInto('exemplars')
      .values({
        model_id: modelIds.get('Tổ tự quản về an ninh, trật tự')!,
        subject: 'mo_hinh',
        subject_name: 'Tổ tự quản về an ninh, trật tự',
        year,
        decision_number: '88/QĐ-UBND',
        decision_date: `${year}-11-12`,
        decision_signer: 'Nguyễn Văn An',
        at: ctx.now().toISOString(),
        actor: ctx.actor,
      })
      .execute();

    // Security teams: one per area, the last founded this spring (too new to rate); rated within the 20% rule.
    const teamIds: number[] = [];
    for (const [i, area] of TEAM_AREAS.entries()) {
      const unitId = idOf(area);
      if (unitId === undefined) continue;
      const foundedOn = i === TEAM_AREAS.length - 1 ? `${year}-04-01` : `${year - 2}-07-01`;
      teamIds.push(
        await insertSecurityTeam(db, ctx, {
          unitId,
          name: `Tổ bảo vệ ANTT ${area}`,
          foundedOn,
          dissolvedOn: null,
          members: [0, 1, 2].map((k) => ({
            fullName: PEOPLE[(i + k) % PEOPLE.length]!,
            role: k === 0 ? ('to_truong' as const) : k === 1 ? ('to_pho' as const) : ('to_vien' as const),
            phone: null,
            joinedOn: foundedOn,
            leftOn: null,
          })),
        }),
      );
    }
    return teamIds;
  });
  if (teamIds === null) return { created: false };
  // Through the rating service, so the demo obeys the same rules as the office.
  await rateTeams(ctx, {
    year,
    ratings: teamIds.slice(0, RATINGS.length).map((teamId, i) => ({ teamId, rating: RATINGS[i]!, note: null })),
  });
  return { created: true };
}
