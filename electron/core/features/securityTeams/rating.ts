// The yearly rating of the grassroots security teams by the commune chair (period 15/11 – 14/11): teams active
// under 9 months in the period are not rated; "xuất sắc" at most 20% of those rated "tốt" — checked on the whole
// year after the change, and refused with the numbers, nothing written.
import type { z } from 'zod';
import type { teamRatingsSchema } from '#shared/api/modelSchemas.ts';
import type { SecurityTeam, TeamRatingRow, TeamRatingSheet } from '#shared/api/modelTypes.ts';
import {
  TEAM_MIN_MONTHS,
  TEAM_RATINGS,
  TEAM_RATING_LABELS,
  maxExcellent,
  monthsBetween,
  teamRatingPeriod,
  type TeamRating,
} from '#shared/domain/models.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { nowIso, recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { DomainError, notFound } from '../../errors.ts';
import { listSecurityTeams } from './service.ts';

export type TeamRatingsInput = z.output<typeof teamRatingsSchema>;

/** Whole months the team was active within the year's period, and why it is not rated (or null). */
export function ratingEligibility(team: SecurityTeam, year: number): { months: number; reason: string | null } {
  const period = teamRatingPeriod(year);
  const from = team.foundedOn > period.from ? team.foundedOn : period.from;
  const to = team.dissolvedOn && team.dissolvedOn < period.to ? team.dissolvedOn : period.to;
  const months = to < from ? 0 : monthsBetween(from, to);
  if (team.foundedOn > period.to)
    return { months: 0, reason: `Thành lập sau kỳ đánh giá (${formatDateVi(team.foundedOn)}).` };
  if (months < TEAM_MIN_MONTHS) {
    return {
      months,
      reason: `Hoạt động ${months} tháng trong kỳ ${formatDateVi(period.from)} – ${formatDateVi(period.to)} (dưới ${TEAM_MIN_MONTHS} tháng): không đánh giá, xếp loại.`,
    };
  }
  return { months, reason: null };
}

export async function teamRatingSheet(db: Db, year: number): Promise<TeamRatingSheet> {
  const period = teamRatingPeriod(year);
  const teams = await listSecurityTeams(db);
  const ratings = await db.selectFrom('security_team_ratings').selectAll().where('year', '=', year).execute();
  const rows: TeamRatingRow[] = teams
    .filter((t) => t.foundedOn <= period.to && (t.dissolvedOn === null || t.dissolvedOn >= period.from))
    .map((team) => {
      const e = ratingEligibility(team, year);
      const r = ratings.find((x) => x.team_id === team.id);
      return {
        team,
        monthsActive: e.months,
        notRatedReason: e.reason,
        rating: r?.rating ?? null,
        note: r?.note ?? null,
      };
    });
  const counts = Object.fromEntries(TEAM_RATINGS.map((k) => [k, 0])) as Record<TeamRating, number>;
  for (const r of rows) if (r.rating) counts[r.rating]++;
  return { year, periodFrom: period.from, periodTo: period.to, rows, counts, maxExcellent: maxExcellent(counts.tot) };
}

/** Saves ratings (null clears one) for the year; the whole year is checked afterwards, in the same transaction. */
export async function rateTeams(ctx: ServiceContext, input: TeamRatingsInput): Promise<TeamRatingSheet> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const teams = await listSecurityTeams(
      trx,
      input.ratings.map((r) => r.teamId),
    );
    const at = nowIso(ctx);
    for (const r of input.ratings) {
      const team = teams.find((t) => t.id === r.teamId);
      if (!team) throw notFound('tổ bảo vệ an ninh, trật tự');
      if (r.rating === null) {
        await trx
          .deleteFrom('security_team_ratings')
          .where('team_id', '=', r.teamId)
          .where('year', '=', input.year)
          .execute();
        continue;
      }
      const e = ratingEligibility(team, input.year);
      if (e.reason) throw new DomainError('validation', `${team.name} (${team.unitName}): ${e.reason} Chưa ghi gì.`);
      const values = { rating: r.rating, note: r.note, at, actor: ctx.actor };
      await trx
        .insertInto('security_team_ratings')
        .values({ team_id: r.teamId, year: input.year, ...values })
        .onConflict((oc) => oc.columns(['team_id', 'year']).doUpdateSet(values))
        .execute();
    }
    const sheet = await teamRatingSheet(trx, input.year);
    const { xuat_sac: excellent, tot: good } = sheet.counts;
    if (excellent > sheet.maxExcellent) {
      throw new DomainError(
        'validation',
        `Số tổ "${TEAM_RATING_LABELS.xuat_sac}" không được quá 20% số tổ "${TEAM_RATING_LABELS.tot}": ${good} tổ hoàn thành tốt cho phép tối đa ${sheet.maxExcellent} tổ xuất sắc, đang xếp ${excellent} tổ. Chưa ghi gì.`,
      );
    }
    await recordAudit(
      trx,
      ctx,
      'update',
      'security_team_rating',
      null,
      `Xếp loại ${input.ratings.length} tổ bảo vệ ANTT năm ${input.year}`,
    );
    return sheet;
  });
}
