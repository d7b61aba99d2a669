// What the data says about each criterion before anyone decides: the incidents of the categories mapped to it,
// the quarter-I registration, the commune's 70%. A suggestion of null asks the reviewer to decide.
import type { CampaignWindow, Criterion, Incident, IncidentCount, Registration } from '#shared/api/roundTypes.ts';
import { INCIDENT_CATEGORY_LABELS } from '#shared/domain/round.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import type { Db } from '../../context.ts';
import type { UnitModelStanding } from '../models/index.ts';
import { roundOverview } from '../round/index.ts';

export interface Suggestion {
  verdict: 'dat' | 'khong_dat' | null;
  reasons: string[];
  counts: IncidentCount[];
}

export interface SuggestionContext {
  year: number;
  unitName: string;
  registration: Registration | null;
  window: CampaignWindow;
  /** Incidents in the window, over the unit's area (the whole commune for a commune). */
  incidents: Incident[];
  /** The same area's incidents in last year's window, for criteria weighed against last year. */
  previousIncidents: Incident[];
  today: string;
  /** The unit's models in operation in the window (for a commune, over its area); absent when not kept. */
  models?: UnitModelStanding[] | null;
}

const span = (from: string, to: string) => `${formatDateVi(from)} – ${formatDateVi(to)}`;

function describeIncident(i: Incident, unitName: string): string {
  const where = i.unitName === unitName ? '' : ` tại ${i.unitName}`;
  const note = i.note ? ` (${i.note.length > 100 ? `${i.note.slice(0, 99)}…` : i.note})` : '';
  return `Vụ việc ngày ${formatDateVi(i.occurredOn)}${where}: ${INCIDENT_CATEGORY_LABELS[i.category]}${note}.`;
}

/** Only mapped categories count: a failing one pre-marks "không đạt"; a weighed one shows counts for review. */
function fromIncidents(criterion: Criterion, ctx: SuggestionContext): Suggestion | null {
  if (criterion.incidentCategories.length === 0) return null;
  const effect = new Map(criterion.incidentCategories.map((m) => [m.category, m.effect]));
  const failing = ctx.incidents.filter((i) => effect.get(i.category) === 'khong_dat');
  const weighed = criterion.incidentCategories.filter((m) => m.effect === 'xem_xet').map((m) => m.category);
  const counts = weighed.map((category) => ({
    category,
    current: ctx.incidents.filter((i) => i.category === category).length,
    previous: ctx.previousIncidents.filter((i) => i.category === category).length,
  }));
  const reasons = [...failing].reverse().map((i) => describeIncident(i, ctx.unitName));
  if (counts.length > 0) {
    const figures = counts
      .map((c) => `${INCIDENT_CATEGORY_LABELS[c.category]}: ${c.current} vụ (năm trước ${c.previous})`)
      .join('; ');
    reasons.push(
      `Trong thời gian đánh giá ${span(ctx.window.windowFrom, ctx.window.windowTo)}: ${figures}. Cần xem xét: so với năm trước, không tự đánh giá không đạt vì một vụ việc.`,
    );
  }
  if (failing.length > 0) return { verdict: 'khong_dat', reasons, counts };
  if (counts.length === 0) {
    reasons.push(
      `Không ghi nhận vụ việc thuộc các loại của tiêu chí này trong thời gian đánh giá ${span(ctx.window.windowFrom, ctx.window.windowTo)}.`,
    );
  }
  return { verdict: null, reasons, counts };
}

/**
 * Criterion 1: registration in quarter I; residential areas also the Party cell's resolution and 100% of households;
 * communes the Party committee's resolution, the UBND's plan and an effective model.
 */
function fromRegistration(criterion: Criterion, ctx: SuggestionContext): Suggestion {
  const r = ctx.registration;
  const deadline = ctx.window.registrationDeadline;
  const inQuarter = (date: string) => date >= `${ctx.year}-01-01` && date <= deadline;
  const quarter = `quý I (đến ${formatDateVi(deadline)})`;
  if (!r) return { verdict: 'khong_dat', reasons: ['Chưa có đăng ký năm này.'], counts: [] };
  const reasons: string[] = [];
  let fails = false;
  let unknown = false;
  if (inQuarter(r.registeredOn)) reasons.push(`Đăng ký ngày ${formatDateVi(r.registeredOn)}, trong ${quarter}.`);
  else {
    fails = true;
    reasons.push(`Đăng ký ngày ${formatDateVi(r.registeredOn)}, ngoài ${quarter}.`);
  }
  if (criterion.kind === 'khu_dan_cu' || criterion.kind === 'xa_phuong') {
    const body = criterion.kind === 'khu_dan_cu' ? 'chi bộ' : 'Đảng ủy';
    const number = r.resolutionNumber ? ` số ${r.resolutionNumber}` : '';
    if (!r.resolutionDate) {
      unknown = true;
      reasons.push(`Chưa ghi ngày nghị quyết của ${body}: cần xem xét.`);
    } else if (inQuarter(r.resolutionDate)) {
      reasons.push(`Nghị quyết của ${body}${number} ngày ${formatDateVi(r.resolutionDate)}, trong quý I.`);
    } else {
      fails = true;
      reasons.push(`Nghị quyết của ${body}${number} ngày ${formatDateVi(r.resolutionDate)}, ngoài ${quarter}.`);
    }
  }
  if (criterion.kind === 'khu_dan_cu') {
    if (r.householdsTotal === null || r.householdsRegistered === null) {
      unknown = true;
      reasons.push('Chưa ghi đủ số hộ đăng ký và tổng số hộ: cần xem xét.');
    } else if (r.householdsRegistered < r.householdsTotal) {
      fails = true;
      reasons.push(`Mới ${r.householdsRegistered}/${r.householdsTotal} hộ đăng ký (cần 100%).`);
    } else reasons.push(`${r.householdsRegistered}/${r.householdsTotal} hộ gia đình đăng ký (100%).`);
  }
  if (criterion.kind === 'xa_phuong') {
    const number = r.planNumber ? ` số ${r.planNumber}` : '';
    if (!r.planDate) {
      unknown = true;
      reasons.push('Chưa ghi ngày kế hoạch bảo đảm an ninh, trật tự của Ủy ban nhân dân: cần xem xét.');
    } else if (inQuarter(r.planDate)) {
      reasons.push(`Kế hoạch của Ủy ban nhân dân${number} ngày ${formatDateVi(r.planDate)}, trong quý I.`);
    } else {
      fails = true;
      reasons.push(`Kế hoạch của Ủy ban nhân dân${number} ngày ${formatDateVi(r.planDate)}, ngoài ${quarter}.`);
    }
  }
  // Until the office keeps its models in the registry, only the commune's criterion says it cannot tell.
  if (criterion.kind !== 'khu_dan_cu' && (ctx.models || criterion.kind === 'xa_phuong')) {
    const m = fromModels(ctx);
    if (m.fails) fails = true;
    if (m.unknown) unknown = true;
    reasons.push(m.reason);
  }
  return { verdict: fails ? 'khong_dat' : unknown ? null : 'dat', reasons, counts: [] };
}

/** "At least one model working effectively": from the registry, naming the models. */
function fromModels(ctx: SuggestionContext): { fails: boolean; unknown: boolean; reason: string } {
  const models = ctx.models;
  if (models === undefined || models === null) {
    return {
      fails: false,
      unknown: true,
      reason:
        'Mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc: sổ mô hình của ứng dụng chưa ghi mô hình nào, cần kiểm tra trong hồ sơ có ít nhất 01 mô hình hoạt động hiệu quả.',
    };
  }
  const names = (list: UnitModelStanding[]) => list.map((m) => `"${m.name}"`).join(', ');
  const effective = models.filter((m) => m.effective);
  if (effective.length > 0) {
    return {
      fails: false,
      unknown: false,
      reason: `Có mô hình hoạt động hiệu quả năm ${ctx.year}: ${names(effective)}.`,
    };
  }
  const unrated = models.filter((m) => m.rating === null);
  if (unrated.length > 0) {
    return {
      fails: false,
      unknown: false,
      reason: `Có mô hình đang hoạt động trong thời gian đánh giá (chưa đánh giá hiệu quả năm ${ctx.year}): ${names(unrated)}.`,
    };
  }
  if (models.length > 0) {
    const rated = models.map((m) => `"${m.name}" (${m.rating})`).join(', ');
    return { fails: true, unknown: false, reason: `Không có mô hình hoạt động hiệu quả: ${rated}.` };
  }
  return {
    fails: false,
    unknown: true,
    reason: `Sổ mô hình chưa ghi mô hình nào của đơn vị hoạt động trong thời gian đánh giá ${span(ctx.window.windowFrom, ctx.window.windowTo)}: cần xem xét hồ sơ.`,
  };
}

export async function suggest(db: Db, criterion: Criterion, ctx: SuggestionContext): Promise<Suggestion | null> {
  if (criterion.autoRule === 'registration') return fromRegistration(criterion, ctx);
  if (criterion.autoRule === 'commune_70') {
    const c = (await roundOverview(db, ctx.year, ctx.today)).communeCriterion4;
    const text = `${c.registered}/${c.total} đơn vị đăng ký; ${c.recognized} đã công nhận, ${c.proposed} đề nghị; cần ít nhất ${c.required}.`;
    if (c.meets) return { verdict: 'dat', reasons: [text], counts: [] };
    return { verdict: c.meetsIfProposedRecognized ? null : 'khong_dat', reasons: [text], counts: [] };
  }
  return fromIncidents(criterion, ctx);
}
