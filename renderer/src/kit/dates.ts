// Date and number helpers for the round's forms: ISO on the wire, dd/mm/yyyy and 1.234 on screen.
import dayjs, { type Dayjs } from 'dayjs';

export const DATE_FORMAT = 'DD/MM/YYYY';

export const toDay = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso) : null);
export const toIso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
export const todayIso = (): string => dayjs().format('YYYY-MM-DD');

/** antd InputNumber props for counts written the Vietnamese way: 1.234 */
export const viCount = {
  formatter: (v: string | number | undefined) =>
    v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.'),
  // antd reads the parsed text back as a number; an empty field must stay empty, not become 0.
  parser: (v: string | undefined) => (v ? v.replace(/\./g, '') : '') as unknown as number,
};
