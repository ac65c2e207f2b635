import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

/** A multiple choice as a fieldset of named checkboxes (physical demands, excluded offences, tutors). */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  disabled = false,
  columns = 2,
  emptyText,
}: {
  legend: string;
  options: readonly (readonly [T, string])[];
  value: readonly T[];
  onChange: (next: T[]) => void;
  disabled?: boolean;
  columns?: number;
  emptyText?: string;
}) {
  const id = useId();
  const toggle = (key: T, on: boolean) => onChange(on ? [...value, key] : value.filter((item) => item !== key));
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '16px 0 8px' }} aria-labelledby={id}>
      <Typography component="legend" id={id} sx={{ fontWeight: 600, mb: 0.5 }}>
        {legend}
      </Typography>
      {options.length === 0 && emptyText && <Typography color="text.secondary">{emptyText}</Typography>}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, 1fr)` } }}>
        {options.map(([key, label]) => (
          <FormControlLabel
            key={key}
            control={
              <Checkbox
                size="small"
                checked={value.includes(key)}
                disabled={disabled}
                onChange={(event) => toggle(key, event.target.checked)}
              />
            }
            label={label}
          />
        ))}
      </Box>
    </fieldset>
  );
}
