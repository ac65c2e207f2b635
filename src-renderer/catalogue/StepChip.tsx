import Chip from '@mui/material/Chip';
import { TONES, type Tone } from '../cases/labels';

const STEP_TONES: Record<string, Tone> = {
  demande: 'neutral',
  avis: 'info',
  decision_possible: 'warning',
  accordee: 'success',
  acceptee: 'success',
  notifiee: 'success',
  refusee: 'error',
  expiree: 'error',
  retiree: 'error',
};

/** Where a habilitation or registration request stands, in the server's words. */
export function StepChip({ step, label }: { step: string; label: string }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      label={label}
      sx={{ ...TONES[STEP_TONES[step] ?? 'neutral'], fontWeight: 600 }}
    />
  );
}
