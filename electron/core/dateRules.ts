// Dates checked against what they mean, on the server, so a mistyped year never reaches a register or a package.
import type { FieldProblem } from '#shared/api/result.ts';
import { formatDateVi, localIsoDate } from '#shared/text/dates.ts';
import type { ServiceContext } from './context.ts';
import { DomainError } from './errors.ts';

/** The office's today, from the context's clock. */
export const todayIso = (ctx: Pick<ServiceContext, 'now'>): string => localIsoDate(ctx.now());

/** The earliest unit active date accepted: before it a date is a typing slip, not history. */
export const EARLIEST_UNIT_DATE = '1945-01-01';

export interface DateField {
  path: string;
  label: string;
  value: string | null;
}

function fail(problems: FieldProblem[]): void {
  if (problems.length === 0) return;
  throw new DomainError('validation', problems.map((p) => p.message).join(' '), problems);
}

/** A round's date (registration, resolution, receipt) lies in the round's year and not after today. */
export function checkRoundDates(ctx: Pick<ServiceContext, 'now'>, year: number, fields: DateField[]): void {
  const today = todayIso(ctx);
  const latest = today < `${year}-12-31` ? today : `${year}-12-31`;
  const rule =
    today < `${year}-12-31` ? `trong năm ${year} và không sau hôm nay (${formatDateVi(today)})` : `trong năm ${year}`;
  fail(
    fields
      .filter((f) => f.value !== null && (f.value < `${year}-01-01` || f.value > latest))
      .map((f) => ({ path: f.path, message: `${f.label} phải ${rule}.` })),
  );
}

/** Unit active dates: from the founding of the state up to one year ahead (a planned merger), from before until. */
export function checkUnitDates(
  ctx: Pick<ServiceContext, 'now'>,
  activeFrom: string | null,
  activeUntil: string | null,
): void {
  const next = ctx.now();
  const latest = localIsoDate(new Date(next.getFullYear() + 1, next.getMonth(), next.getDate()));
  const range = `từ ${formatDateVi(EARLIEST_UNIT_DATE)} đến ${formatDateVi(latest)}`;
  const problems: FieldProblem[] = [];
  for (const [path, label, value] of [
    ['activeFrom', 'Ngày bắt đầu', activeFrom],
    ['activeUntil', 'Ngày kết thúc', activeUntil],
  ] as const) {
    if (value !== null && (value < EARLIEST_UNIT_DATE || value > latest)) {
      problems.push({ path, message: `${label} phải ${range}.` });
    }
  }
  if (problems.length === 0 && activeFrom !== null && activeUntil !== null && activeUntil < activeFrom) {
    problems.push({ path: 'activeUntil', message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
  }
  fail(problems);
}

/** A signing date is not in the future and not before the draft it signs was made. */
export function checkSigningDate(ctx: Pick<ServiceContext, 'now'>, signedOn: string, draftCreatedAt: string): void {
  const today = todayIso(ctx);
  const drafted = localIsoDate(new Date(draftCreatedAt));
  if (signedOn > today) {
    fail([{ path: 'signedOn', message: `Ngày ký không được sau hôm nay (${formatDateVi(today)}).` }]);
  }
  if (signedOn < drafted) {
    fail([{ path: 'signedOn', message: `Ngày ký không được trước ngày lập dự thảo (${formatDateVi(drafted)}).` }]);
  }
}
