import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { AppError } from '@shared/errors';
import { formatInteger } from '../app/format';

/** The count announced to screen readers, the loading bar and the server's error, above a list. */
export function ListStatus({
  loading = false,
  error,
  total,
  one,
  many,
}: {
  /** A loading bar, for lists without their own (a Data Grid shows its own). */
  loading?: boolean;
  error: AppError | null;
  total: number | undefined;
  one: string;
  many: string;
}) {
  return (
    <>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.message}
        </Alert>
      )}
      <Typography role="status" variant="body2" sx={{ mb: 1 }}>
        {total === undefined ? 'Chargement…' : `${formatInteger(total)} ${total > 1 ? many : one}`}
      </Typography>
      {loading && <LinearProgress aria-label="Chargement de la liste" sx={{ mb: 1 }} />}
    </>
  );
}
