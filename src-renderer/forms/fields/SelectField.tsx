import TextField from '@mui/material/TextField';
import type { ChangeEvent } from 'react';

interface Props {
  label: string;
  options: readonly (readonly [value: string, label: string])[];
  /** A first option for "nothing chosen", e.g. 'Non renseignée'. */
  emptyLabel?: string;
  id?: string;
  name?: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  error?: boolean;
  helperText?: string;
  disabled?: boolean;
  margin?: 'none' | 'dense' | 'normal';
  size?: 'small' | 'medium';
  fullWidth?: boolean;
}

/** A native select: keyboard- and screen-reader-friendly, and simple to drive from tests. */
export function SelectField({ label, options, emptyLabel, ...props }: Props) {
  return (
    <TextField select label={label} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} {...props}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </TextField>
  );
}

/** Options from a label record, in the record's order. */
export function optionsOf(labels: Record<string, string>): [string, string][] {
  return Object.entries(labels);
}
