// The date field of every form: typed and shown as dd/mm/yyyy. A date cleared with the keyboard (selected, then
// Delete or Backspace) is cleared in the form too: the picker alone would quietly keep the old date on leaving.
import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT } from './dates.ts';

export type DateInputProps = Omit<DatePickerProps, 'value' | 'onChange'> & {
  value?: Dayjs | null;
  onChange?: (date: Dayjs | null) => void;
  width?: number | string;
};

export function DateInput({ width = 180, onBlur, onChange, ...props }: DateInputProps) {
  return (
    <DatePicker
      format={DATE_FORMAT}
      placeholder="dd/mm/yyyy"
      style={{ width }}
      {...props}
      onChange={(date) => onChange?.(Array.isArray(date) ? (date[0] ?? null) : date)}
      onBlur={(e, info) => {
        const typed = (e.target as HTMLInputElement | null)?.value ?? '';
        if (typed.trim() === '' && props.value) onChange?.(null);
        onBlur?.(e, info);
      }}
    />
  );
}
