import TextField from '@mui/material/TextField';

/** Département filter: '75', '2A', '971'. */
export function DepartementField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <TextField
      margin="none"
      size="small"
      label="Département"
      placeholder="ex. 69, 2A, 974"
      value={value}
      onChange={(event) =>
        onChange(
          event.target.value
            .replace(/[^0-9abAB]/g, '')
            .slice(0, 3)
            .toUpperCase(),
        )
      }
      slotProps={{ inputLabel: { shrink: true } }}
      sx={{ width: 160 }}
    />
  );
}
