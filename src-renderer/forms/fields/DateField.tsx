import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { dayjsFromIso, isoFromDayjs } from './isoDates';

export interface DateFieldProps {
  label: string;
  /** 'YYYY-MM-DD', or '' when empty. */
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  name?: string;
  id?: string;
  required?: boolean;
  autoFocus?: boolean;
  disabled?: boolean;
  error?: boolean;
  helperText?: string;
  margin?: 'none' | 'dense' | 'normal';
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
}

/** What a picker's text field takes from the field's props: the same for dates and times. */
export function pickerTextField(
  props: Pick<DateFieldProps, 'name' | 'id' | 'required' | 'margin' | 'size' | 'fullWidth'>,
  state: Pick<DateFieldProps, 'error' | 'helperText' | 'onBlur'>,
) {
  return {
    name: props.name,
    id: props.id,
    required: props.required,
    error: state.error,
    helperText: state.helperText,
    onBlur: state.onBlur,
    margin: props.margin ?? 'normal',
    size: props.size,
    fullWidth: props.fullWidth ?? true,
  };
}

/** A date typed or picked as jj/mm/aaaa (French, whatever the system's language), held as 'YYYY-MM-DD'. */
export function DateField({ label, value, onChange, onBlur, error, helperText, inputRef, ...props }: DateFieldProps) {
  return (
    <DatePicker
      label={label}
      value={dayjsFromIso(value, 'YYYY-MM-DD')}
      onChange={(next) => onChange(isoFromDayjs(next, 'YYYY-MM-DD'))}
      format="DD/MM/YYYY"
      inputRef={inputRef}
      autoFocus={props.autoFocus}
      disabled={props.disabled}
      slotProps={{ textField: pickerTextField(props, { error, helperText, onBlur }) }}
    />
  );
}
