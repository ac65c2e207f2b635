import Alert from '@mui/material/Alert';
import type { AppError } from '@shared/errors';

/** Errors not tied to one field, in the server's own French words. */
export function FormErrorAlert({ error }: { error: AppError | null }) {
  if (!error) return null;
  return (
    <Alert severity="error" sx={{ mt: 2 }} role="alert">
      {error.message}
    </Alert>
  );
}
