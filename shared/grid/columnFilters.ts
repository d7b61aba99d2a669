// Per-column filters and sorting as the grid states them (AG Grid community's text, number and date filter models,
// plus a pick-list of codes), checked by zod and applied the same way wherever rows are filtered outside the grid.
import { z } from 'zod';
import { foldText } from '../text/fold.ts';

const scalarTypes = [
  'equals',
  'notEqual',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'inRange',
  'blank',
  'notBlank',
] as const;
const textTypes = [
  'contains',
  'notContains',
  'equals',
  'notEqual',
  'startsWith',
  'endsWith',
  'blank',
  'notBlank',
] as const;

const textCondition = z.object({
  filterType: z.literal('text'),
  type: z.enum(textTypes),
  filter: z.string().max(200).nullish(),
});
const numberCondition = z.object({
  filterType: z.literal('number'),
  type: z.enum(scalarTypes),
  filter: z.number().finite().nullish(),
  filterTo: z.number().finite().nullish(),
});
/** Dates come as "yyyy-mm-dd hh:mm:ss"; only the day counts. */
const dateText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/)
  .max(30);
const dateCondition = z.object({
  filterType: z.literal('date'),
  type: z.enum(scalarTypes),
  dateFrom: dateText.nullish(),
  dateTo: dateText.nullish(),
});
const pickFilter = z.object({ filterType: z.literal('pick'), values: z.array(z.string().max(40)).max(50) });

const combined = <T extends z.ZodTypeAny>(condition: T, filterType: 'text' | 'number' | 'date') =>
  z.object({
    filterType: z.literal(filterType),
    operator: z.enum(['AND', 'OR']),
    conditions: z.array(condition).min(1).max(4),
  });

export const columnFilterSchema = z.union([
  combined(textCondition, 'text'),
  combined(numberCondition, 'number'),
  combined(dateCondition, 'date'),
  textCondition,
  numberCondition,
  dateCondition,
  pickFilter,
]);
export type ColumnFilter = z.infer<typeof columnFilterSchema>;
export const columnFiltersSchema = z.record(z.string().max(40), columnFilterSchema);
export type ColumnFilters = z.infer<typeof columnFiltersSchema>;
export const columnSortSchema = z.object({ colId: z.string().max(40), sort: z.enum(['asc', 'desc']) });
export type ColumnSort = z.infer<typeof columnSortSchema>;

/** A cell's value for filtering and sorting: text, a number, an ISO date (as text), or nothing. */
export type CellValue = string | number | null;

type TextCondition = z.infer<typeof textCondition>;
type NumberCondition = z.infer<typeof numberCondition>;
type DateCondition = z.infer<typeof dateCondition>;

function passesText(c: TextCondition, value: CellValue): boolean {
  const text = value === null ? '' : foldText(String(value));
  if (c.type === 'blank') return text === '';
  if (c.type === 'notBlank') return text !== '';
  const needle = foldText(c.filter ?? '');
  switch (c.type) {
    case 'contains':
      return text.includes(needle);
    case 'notContains':
      return !text.includes(needle);
    case 'equals':
      return text === needle;
    case 'notEqual':
      return text !== needle;
    case 'startsWith':
      return text.startsWith(needle);
    case 'endsWith':
      return text.endsWith(needle);
  }
}

function passesScalar<T extends string | number>(
  type: (typeof scalarTypes)[number],
  value: T | null,
  from: T | null | undefined,
  to: T | null | undefined,
): boolean {
  if (type === 'blank') return value === null;
  if (type === 'notBlank') return value !== null;
  if (from === null || from === undefined) return true;
  if (value === null) return type === 'notEqual';
  switch (type) {
    case 'equals':
      return value === from;
    case 'notEqual':
      return value !== from;
    case 'lessThan':
      return value < from;
    case 'lessThanOrEqual':
      return value <= from;
    case 'greaterThan':
      return value > from;
    case 'greaterThanOrEqual':
      return value >= from;
    case 'inRange':
      return to === null || to === undefined ? true : value >= from && value <= to;
  }
}

const day = (v: string | null | undefined) => (v ? v.slice(0, 10) : v);

function passesCondition(c: TextCondition | NumberCondition | DateCondition, value: CellValue): boolean {
  if (c.filterType === 'text') return passesText(c, value);
  if (c.filterType === 'number')
    return passesScalar(c.type, typeof value === 'number' ? value : null, c.filter, c.filterTo);
  return passesScalar(c.type, typeof value === 'string' ? value.slice(0, 10) : null, day(c.dateFrom), day(c.dateTo));
}

export function passesFilter(filter: ColumnFilter, value: CellValue): boolean {
  if (filter.filterType === 'pick') return filter.values.includes(String(value ?? ''));
  if ('conditions' in filter) {
    const results = (filter.conditions as (TextCondition | NumberCondition | DateCondition)[]).map((c) =>
      passesCondition(c, value),
    );
    return filter.operator === 'AND' ? results.every(Boolean) : results.some(Boolean);
  }
  return passesCondition(filter, value);
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Blanks last in either direction; text in Vietnamese order. */
export function compareCells(a: CellValue, b: CellValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Rows passing every column filter, sorted by the column when one is given (stable: ties keep their order). */
export function filterAndSort<T>(
  rows: readonly T[],
  valueOf: (row: T, colId: string) => CellValue,
  filters: ColumnFilters | undefined,
  sort: ColumnSort | undefined,
): T[] {
  const entries = Object.entries(filters ?? {});
  const kept = entries.length
    ? rows.filter((row) => entries.every(([colId, f]) => passesFilter(f, valueOf(row, colId))))
    : [...rows];
  if (!sort) return kept;
  const sign = sort.sort === 'desc' ? -1 : 1;
  return kept
    .map((row, i) => ({ row, i, v: valueOf(row, sort.colId) }))
    .sort((x, y) => {
      if (x.v === null || y.v === null) return x.v === y.v ? x.i - y.i : x.v === null ? 1 : -1;
      return sign * compareCells(x.v, y.v) || x.i - y.i;
    })
    .map((x) => x.row);
}
