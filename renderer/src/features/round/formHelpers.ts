// Date and search helpers for the round's forms: ISO on the wire, dd/mm/yyyy on screen, diacritic-free search.
import dayjs, { type Dayjs } from 'dayjs';
import { foldText } from '../../../../shared/text/fold.ts';

export const DATE_FORMAT = 'DD/MM/YYYY';

export const toDay = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso) : null);
export const toIso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
export const todayIso = (): string => dayjs().format('YYYY-MM-DD');

/** antd Select filterOption that ignores case and diacritics ("dong" finds "Đông"). */
export const foldFilter = (input: string, option?: { label?: unknown }): boolean =>
  foldText(String(option?.label ?? '')).includes(foldText(input));

/** antd InputNumber props for counts written the Vietnamese way: 1.234 */
export const viCount = {
  formatter: (v: string | number | undefined) =>
    v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.'),
  // antd reads the parsed text back as a number; an empty field must stay empty, not become 0.
  parser: (v: string | undefined) => (v ? v.replace(/\./g, '') : '') as unknown as number,
};
