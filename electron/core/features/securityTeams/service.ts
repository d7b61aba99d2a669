// Grassroots security teams (tổ bảo vệ an ninh, trật tự ở cơ sở), one or more per residential area, with members.
import type { z } from 'zod';
import type { securityTeamSchema } from '#shared/api/modelSchemas.ts';
import type { SecurityTeam } from '#shared/api/modelTypes.ts';
import { compareVietnamese } from '#shared/text/fold.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { created, recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { todayIso } from '../../dateRules.ts';
import { DomainError, notFound } from '../../errors.ts';

export type SecurityTeamInput = z.output<typeof securityTeamSchema>;

export async function listSecurityTeams(db: Db, ids?: readonly number[]): Promise<SecurityTeam[]> {
  let q = db
    .selectFrom('security_teams as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select(['t.id', 't.unit_id', 'u.name as unit_name', 't.name', 't.founded_on', 't.dissolved_on']);
  if (ids) q = q.where('t.id', 'in', ids.length ? ids : [-1]);
  const teams = await q.execute();
  const teamIds = teams.map((t) => t.id);
  const members = await db
    .selectFrom('security_team_members')
    .selectAll()
    .where('team_id', 'in', teamIds.length ? teamIds : [-1])
    .orderBy('id')
    .execute();
  return teams
    .map((t) => {
      const own = members
        .filter((m) => m.team_id === t.id)
        .map((m) => ({
          id: m.id,
          fullName: m.full_name,
          role: m.role,
          phone: m.phone,
          joinedOn: m.joined_on,
          leftOn: m.left_on,
        }));
      return {
        id: t.id,
        unitId: t.unit_id,
        unitName: t.unit_name,
        name: t.name,
        foundedOn: t.founded_on,
        dissolvedOn: t.dissolved_on,
        leaderName: own.find((m) => m.role === 'to_truong' && m.leftOn === null)?.fullName ?? null,
        members: own,
      };
    })
    .sort((a, b) => compareVietnamese(a.unitName, b.unitName) || compareVietnamese(a.name, b.name) || a.id - b.id);
}

function checkDates(ctx: ServiceContext, input: SecurityTeamInput): void {
  const today = todayIso(ctx);
  const problems: { path: string; message: string }[] = [];
  const check = (path: string, label: string, value: string | null) => {
    if (value !== null && (value < '1990-01-01' || value > today))
      problems.push({ path, message: `${label} phải từ 01/01/1990 đến hôm nay (${formatDateVi(today)}).` });
  };
  check('foundedOn', 'Ngày thành lập', input.foundedOn);
  check('dissolvedOn', 'Ngày giải thể', input.dissolvedOn);
  if (input.dissolvedOn && input.dissolvedOn < input.foundedOn)
    problems.push({ path: 'dissolvedOn', message: 'Ngày giải thể phải sau ngày thành lập.' });
  input.members.forEach((m, i) => {
    check(`members.${i}.joinedOn`, `Ngày tham gia của ${m.fullName}`, m.joinedOn);
    check(`members.${i}.leftOn`, `Ngày thôi tham gia của ${m.fullName}`, m.leftOn);
    if (m.leftOn && m.leftOn < m.joinedOn)
      problems.push({ path: `members.${i}.leftOn`, message: `${m.fullName}: ngày thôi phải sau ngày tham gia.` });
  });
  if (problems.length) throw new DomainError('validation', problems.map((p) => p.message).join(' '), problems);
}

async function checkArea(db: Db, unitId: number): Promise<string> {
  const unit = await db
    .selectFrom('units')
    .select(['name', 'kind', 'source_office_id'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw notFound('khu dân cư');
  if (unit.kind !== 'khu_dan_cu' || unit.source_office_id !== null) {
    throw new DomainError('validation', `"${unit.name}" không phải khu dân cư do cơ quan quản lý.`, [
      { path: 'unitId', message: 'Tổ bảo vệ an ninh, trật tự được tổ chức theo khu dân cư.' },
    ]);
  }
  return unit.name;
}

async function writeMembers(db: Db, teamId: number, members: SecurityTeamInput['members']): Promise<void> {
  await db.deleteFrom('security_team_members').where('team_id', '=', teamId).execute();
  if (!members.length) return;
  await db
    .insertInto('security_team_members')
    .values(
      members.map((m) => ({
        team_id: teamId,
        full_name: m.fullName,
        role: m.role,
        phone: m.phone,
        joined_on: m.joinedOn,
        left_on: m.leftOn,
      })),
    )
    .execute();
}

export async function insertSecurityTeam(db: Db, ctx: ServiceContext, input: SecurityTeamInput): Promise<number> {
  checkDates(ctx, input);
  const area = await checkArea(db, input.unitId);
  const { id } = await db
    .insertInto('security_teams')
    .values({
      unit_id: input.unitId,
      name: input.name,
      founded_on: input.foundedOn,
      dissolved_on: input.dissolvedOn,
      ...created(ctx),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeMembers(db, id, input.members);
  await recordAudit(db, ctx, 'create', 'security_team', id, `Thêm tổ bảo vệ ANTT "${input.name}" (${area})`);
  return id;
}

export async function createSecurityTeam(ctx: ServiceContext, input: SecurityTeamInput): Promise<SecurityTeam> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const id = await insertSecurityTeam(trx, ctx, input);
    return (await listSecurityTeams(trx, [id]))[0]!;
  });
}

/** Replaces a team's fields and member list. */
export async function updateSecurityTeam(
  ctx: ServiceContext,
  id: number,
  input: SecurityTeamInput,
): Promise<SecurityTeam> {
  return ctx.store.db.transaction().execute(async (trx) => {
    checkDates(ctx, input);
    await checkArea(trx, input.unitId);
    const res = await trx
      .updateTable('security_teams')
      .set({
        unit_id: input.unitId,
        name: input.name,
        founded_on: input.foundedOn,
        dissolved_on: input.dissolvedOn,
        ...updated(ctx),
      })
      .where('id', '=', id)
      .executeTakeFirst();
    if (res.numUpdatedRows === 0n) throw notFound('tổ bảo vệ an ninh, trật tự');
    await writeMembers(trx, id, input.members);
    await recordAudit(trx, ctx, 'update', 'security_team', id, `Sửa tổ bảo vệ ANTT "${input.name}"`);
    return (await listSecurityTeams(trx, [id]))[0]!;
  });
}
