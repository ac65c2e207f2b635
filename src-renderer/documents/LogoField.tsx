import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState, type ChangeEvent } from 'react';

export const LOGO_MAX_BYTES = 300 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg'];

/** Reads a chosen file as a data: URL. */
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The letterhead's logo: a PNG or JPEG of 300 Ko at most, kept as a data: URL, previewed, removable. */
export function LogoField({
  value,
  onChange,
  error,
  disabled,
}: {
  value: string;
  onChange: (dataUrl: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) {
      setProblem('Logo : image PNG ou JPEG attendue.');
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      setProblem('Logo trop lourd (300 Ko au plus).');
      return;
    }
    try {
      onChange(await readAsDataUrl(file));
      setProblem(null);
    } catch {
      setProblem('Le fichier n’a pas pu être lu.');
    }
  };

  const message = problem ?? error;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 2 }}>
      <Typography component="legend" variant="h3" sx={{ mb: 1 }}>
        Logo
      </Typography>
      {value ? (
        <Box
          component="img"
          src={value}
          alt="Logo du service"
          sx={{ maxHeight: 96, maxWidth: 240, border: '1px solid #ddd', p: 1, display: 'block', mb: 1 }}
        />
      ) : (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          Aucun logo : l’en-tête porte le nom du service seul.
        </Typography>
      )}
      <Stack direction="row" spacing={1}>
        <Button component="label" htmlFor={inputId} variant="outlined" disabled={disabled}>
          Choisir un logo
          <input
            id={inputId}
            type="file"
            accept="image/png,image/jpeg"
            hidden
            disabled={disabled}
            onChange={(event) => void onFile(event)}
          />
        </Button>
        {value && (
          <Button onClick={() => onChange('')} disabled={disabled}>
            Retirer le logo
          </Button>
        )}
      </Stack>
      <FormHelperText>Image PNG ou JPEG, 300 Ko au plus.</FormHelperText>
      {message && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {message}
        </Alert>
      )}
    </Box>
  );
}
