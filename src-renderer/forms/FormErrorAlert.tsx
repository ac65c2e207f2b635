import Alert from '@mui/material/Alert';

/** Errors not tied to one field, in the server's own French words (a form's root.server error or a call's error). */
export function FormErrorAlert({ error }: { error: { message?: string } | null | undefined }) {
  if (!error?.message) return null;
  return (
    <Alert severity="error" sx={{ mt: 2 }} role="alert">
      {error.message}
    </Alert>
  );
}
