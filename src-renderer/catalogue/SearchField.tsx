import TextField from '@mui/material/TextField';

/** The search box at the head of each catalogue list. */
export function SearchField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <TextField
      margin="none"
      size="small"
      type="search"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      sx={{ flex: 1, minWidth: 260 }}
    />
  );
}
