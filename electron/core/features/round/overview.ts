// Where the year stands: counts by status and kind, the commune's criterion 4, deadlines with days left.
import type { CommuneCriterion4, DeadlineState, KindFigures, RoundOverview } from '#shared/api/roundTypes.ts';
import {
  classificationDeadline,
  defaultWindow,
  ROUND_STATUSES,
  requiredRecognized,
  type RoundStatus,
} from '#shared/domain/round.ts';
import { deadlineSource } from '#shared/domain/sources.ts';
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts';
import type { Db } from '../../context.ts';
import { findCampaign } from '../campaigns/index.ts';
import { countStatuses, statusIndex, type StatusCount } from './statusIndex.ts';

const DAY = 86_400_000;

function emptyFigures(): KindFigures {
  return { total: 0, registered: 0, received: 0, appraised: 0, proposed: 0, notProposed: 0, recognized: 0 };
}

export function communeCriterion4(byKind: Record<UnitKind, KindFigures>): CommuneCriterion4 {
  const managed = UNIT_KINDS.filter((k) => k !== 'xa_phuong').map((k) => byKind[k]);
  const total = managed.reduce((n, f) => n + f.total, 0);
  const registered = managed.reduce((n, f) => n + f.registered, 0);
  const recognized = managed.reduce((n, f) => n + f.recognized, 0);
  const proposed = managed.reduce((n, f) => n + f.proposed, 0);
  const required = requiredRecognized(total);
  const allRegistered = total > 0 && registered === total;
  return {
    total,
    registered,
    recognized,
    proposed,
    required,
    allRegistered,
    meets: allRegistered && recognized >= required,
    meetsIfProposedRecognized: allRegistered && recognized + proposed >= required,
  };
}

function figuresByKind(rows: readonly StatusCount[]): Record<UnitKind, KindFigures> {
  const byKind = Object.fromEntries(UNIT_KINDS.map((k) => [k, emptyFigures()])) as Record<UnitKind, KindFigures>;
  for (const { kind, status, n } of rows) {
    const f = byKind[kind];
    f.total += n;
    if (status !== 'chua_dang_ky') f.registered += n;
    if (!['chua_dang_ky', 'chua_nop'].includes(status)) f.received += n;
    if (['da_tham_dinh', 'de_nghi', 'khong_de_nghi', 'da_cong_nhan'].includes(status)) f.appraised += n;
    if (status === 'de_nghi') f.proposed += n;
    if (status === 'khong_de_nghi') f.notProposed += n;
    if (status === 'da_cong_nhan') f.recognized += n;
  }
  return byKind;
}

export async function roundOverview(db: Db, year: number, today: string): Promise<RoundOverview> {
  // A year not opened yet still has figures: everyone unregistered, default windows.
  const campaign = (await findCampaign(db, year)) ?? {
    id: null,
    windows: UNIT_KINDS.map((kind) => ({ kind, ...defaultWindow(kind, year) })),
  };
  const rows = countStatuses(await statusIndex(db, campaign.id, campaign.windows));

  const byStatus = Object.fromEntries(ROUND_STATUSES.map((s) => [s, 0])) as Record<RoundStatus, number>;
  for (const r of rows) byStatus[r.status] += r.n;
  const byKind = figuresByKind(rows);
  // What the commune is measured on, and what is still owed by a deadline: units Thông tư 124 leaves out of
  // recognition count only when the office registered them anyway (see StatusIndex.outOfScope).
  const inScope = figuresByKind(rows.filter((r) => !r.outOfScope));

  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const deadlines: DeadlineState[] = [];
  for (const w of campaign.windows) {
    const f = inScope[w.kind];
    if (f.total === 0) continue;
    // Pending counts every unit still short of the stage, registered or not.
    const decided = f.total - f.recognized - f.notProposed;
    const stages: [DeadlineState['stage'], string, string | null, number][] = [
      ['registration', 'Hạn đăng ký', w.registrationDeadline, f.total - f.registered],
      ['dossier', 'Hạn nộp hồ sơ', w.dossierDeadline, f.total - f.received],
      ['decision', 'Hạn quyết định công nhận', w.decisionDeadline, decided],
      // Classification builds on recognition: units not yet decided still hold it up.
      ['classification', 'Hạn phân loại phong trào', classificationDeadline(w.kind, year), decided],
    ];
    for (const [stage, label, date, pending] of stages) {
      if (date === null) continue;
      const daysLeft = Math.round((Date.parse(`${date}T00:00:00Z`) - todayMs) / DAY);
      const source = deadlineSource(stage === 'registration' ? 'registration' : stage, w.kind, year, date);
      deadlines.push({
        stage,
        kind: w.kind,
        label,
        date,
        daysLeft,
        overdue: daysLeft < 0 && pending > 0,
        pending,
        source,
      });
    }
  }
  deadlines.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));

  const total = Object.values(byKind).reduce((n, f) => n + f.total, 0);
  return {
    year,
    total,
    registered: total - byStatus.chua_dang_ky,
    recognized: byStatus.da_cong_nhan,
    byStatus,
    byKind,
    communeCriterion4: communeCriterion4(inScope),
    deadlines,
  };
}
