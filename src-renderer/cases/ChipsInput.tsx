import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';

/** Free words as chips (languages, skills): type, then Entrée to add. */
export function ChipsInput({
  label,
  value,
  onChange,
  helperText,
}: {
  label: string;
  value: string[];
  onChange: (next: string[]) => void;
  helperText?: string;
}) {
  return (
    <Autocomplete
      multiple
      freeSolo
      options={[]}
      value={value}
      onChange={(_event, next) => onChange([...new Set(next.map((item) => String(item).trim()).filter(Boolean))])}
      renderValue={(items, getItemProps) =>
        items.map((item, index) => {
          const { key, ...props } = getItemProps({ index });
          return <Chip key={key} label={item} size="small" {...props} />;
        })
      }
      renderInput={(params) => (
        <TextField {...params} label={label} helperText={helperText ?? 'Tapez puis appuyez sur Entrée pour ajouter.'} />
      )}
    />
  );
}
