// The date field of every form: typed and shown as dd/mm/yyyy.
import { DatePicker, type DatePickerProps } from 'antd';
import { DATE_FORMAT } from './dates.ts';

export function DateInput({ width = 180, ...props }: DatePickerProps & { width?: number | string }) {
  return <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width }} {...props} />;
}
