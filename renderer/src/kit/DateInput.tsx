// The date field of every form: typed and shown as dd/mm/yyyy. A date cleared with the keyboard (selected, then
// Delete or Backspace) is cleared in the form too: the picker alone would quietly keep the old date on leaving.
import { DatePicker, type DatePickerProps } from 'antd';
import { DATE_FORMAT } from './dates.ts';

export function DateInput({ width = 180, onBlur, ...props }: DatePickerProps & { width?: number | string }) {
  return (
    <DatePicker
      format={DATE_FORMAT}
      placeholder="dd/mm/yyyy"
      style={{ width }}
      {...props}
      onBlur={(e, info) => {
        const typed = (e.target as HTMLInputElement | null)?.value ?? '';
        if (typed.trim() === '' && props.value) props.onChange?.(null, '');
        onBlur?.(e, info);
      }}
    />
  );
}
