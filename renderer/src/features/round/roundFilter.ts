// The round grid's filter as main takes it, its controls' options with counts, and how it reads to a secretary.
import type { MethodInput } from '#shared/api/contract.ts';
import type { RoundPage } from '#shared/api/roundTypes.ts';
import { ROUND_STATUSES, ROUND_STATUS_LABELS, type RoundStatus } from '#shared/domain/round.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';

export type RoundFilter = MethodInput<'round.ids'>;
export type RoundCounts = Omit<RoundPage, 'rows'>;

export function roundFilter(
  year: number,
  kind: UnitKind | 'all',
  status: RoundStatus | 'all',
  search: string,
): RoundFilter {
  const text = search.trim();
  return {
    year,
    ...(kind === 'all' ? {} : { kind }),
    ...(status === 'all' ? {} : { status }),
    ...(text ? { search: text } : {}),
  };
}

/** e.g. "Mọi đơn vị đang lọc: Khu dân cư; Chưa đăng ký; tìm “dong”." */
export function describeFilter(f: RoundFilter): string {
  const parts = [
    f.kind && UNIT_KIND_LABELS[f.kind],
    f.status && ROUND_STATUS_LABELS[f.status],
    f.search && `tìm “${f.search}”`,
  ].filter(Boolean);
  return parts.length ? `Mọi đơn vị đang lọc: ${parts.join('; ')}.` : `Mọi đơn vị trong đợt xét năm ${f.year}.`;
}

const shown = (n: number | undefined) => (n === undefined ? '…' : formatNumberVi(n));
const sum = (counts: Record<string, number> | undefined) => counts && Object.values(counts).reduce((a, b) => a + b, 0);

/** Kind filter: counts for the search, any status. */
export function kindOptions(counts: RoundCounts | null): { value: UnitKind | 'all'; label: string }[] {
  return [
    { value: 'all', label: `Tất cả (${shown(sum(counts?.countsByKind))})` },
    ...UNIT_KINDS.map((k) => ({ value: k, label: `${UNIT_KIND_LABELS[k]} (${shown(counts?.countsByKind[k])})` })),
  ];
}

/** Status filter: counts for the search within the chosen kind. */
export function statusOptions(counts: RoundCounts | null): { value: RoundStatus | 'all'; label: string }[] {
  return [
    { value: 'all', label: `Mọi trạng thái (${shown(sum(counts?.countsByStatus))})` },
    ...ROUND_STATUSES.map((s) => ({
      value: s,
      label: `${ROUND_STATUS_LABELS[s]} (${shown(counts?.countsByStatus[s])})`,
    })),
  ];
}
