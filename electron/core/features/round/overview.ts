// Where the year stands: counts by status and kind, the commune's criterion 4, deadlines with days left.
import type { CommuneCriterion4, DeadlineState, KindFigures, RoundOverview } from '#shared/api/roundTypes.ts';
import { defaultWindow, ROUND_STATUSES, requiredRecognized, type RoundStatus } from '#shared/domain/round.ts';
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts';
import type { Db } from '../../context.ts';
import { findCampaign } from '../campaigns/index.ts';
import { countStatuses, statusIndex } from './statusIndex.ts';

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

export async function roundOverview(db: Db, year: number, today: string): Promise<RoundOverview> {
  // A year not opened yet still has figures: everyone unregistered, default windows.
  const campaign = (await findCampaign(db, year)) ?? {
    id: null,
    windows: UNIT_KINDS.map((kind) => ({ kind, ...defaultWindow(kind, year) })),
  };
  const rows = countStatuses(await statusIndex(db, campaign.id, campaign.windows));

  const byStatus = Object.fromEntries(ROUND_STATUSES.map((s) => [s, 0])) as Record<RoundStatus, number>;
  const byKind = Object.fromEntries(UNIT_KINDS.map((k) => [k, emptyFigures()])) as Record<UnitKind, KindFigures>;
  for (const r of rows) {
    const status = r.status as RoundStatus;
    const f = byKind[r.kind as UnitKind];
    byStatus[status] += r.n;
    f.total += r.n;
    if (status !== 'chua_dang_ky') f.registered += r.n;
    if (!['chua_dang_ky', 'chua_nop'].includes(status)) f.received += r.n;
    if (['da_tham_dinh', 'de_nghi', 'khong_de_nghi', 'da_cong_nhan'].includes(status)) f.appraised += r.n;
    if (status === 'de_nghi') f.proposed += r.n;
    if (status === 'khong_de_nghi') f.notProposed += r.n;
    if (status === 'da_cong_nhan') f.recognized += r.n;
  }

  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const deadlines: DeadlineState[] = [];
  for (const w of campaign.windows) {
    const f = byKind[w.kind];
    if (f.total === 0) continue;
    // Pending counts every unit still short of the stage, registered or not.
    const stages: [DeadlineState['stage'], string, string, number][] = [
      ['registration', 'Hạn đăng ký', w.registrationDeadline, f.total - f.registered],
      ['dossier', 'Hạn nộp hồ sơ', w.dossierDeadline, f.total - f.received],
      ['decision', 'Hạn quyết định công nhận', w.decisionDeadline, f.total - f.recognized - f.notProposed],
    ];
    for (const [stage, label, date, pending] of stages) {
      const daysLeft = Math.round((Date.parse(`${date}T00:00:00Z`) - todayMs) / DAY);
      deadlines.push({ stage, kind: w.kind, label, date, daysLeft, overdue: daysLeft < 0 && pending > 0, pending });
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
    communeCriterion4: communeCriterion4(byKind),
    deadlines,
  };
}
