import { TimePicker } from '@mui/x-date-pickers/TimePicker';
import { dayjsFromIso, isoFromDayjs } from './isoDates';
import { pickerTextField, type DateFieldProps } from './DateField';

/** A time typed or picked as HH:mm (24 h), held as 'HH:mm'. */
export function TimeField({ label, value, onChange, onBlur, error, helperText, inputRef, ...props }: DateFieldProps) {
  return (
    <TimePicker
      label={label}
      value={dayjsFromIso(value, 'HH:mm')}
      onChange={(next) => onChange(isoFromDayjs(next, 'HH:mm'))}
      format="HH:mm"
      ampm={false}
      inputRef={inputRef}
      autoFocus={props.autoFocus}
      disabled={props.disabled}
      slotProps={{ textField: pickerTextField(props, { error, helperText, onBlur }) }}
    />
  );
}
