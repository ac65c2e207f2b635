import Chip from '@mui/material/Chip';
import { MEASURE_STATUS_LABELS, type MeasureStatus } from '@shared/domain/measure-status';
import { STATUS_TONES, TONES, type Tone } from './labels';

export function ToneChip({ label, tone, wrap = false }: { label: string; tone: Tone; wrap?: boolean }) {
  return (
    <Chip
      label={label}
      size="small"
      variant="outlined"
      sx={{
        ...TONES[tone],
        fontWeight: 600,
        maxWidth: '100%',
        height: 'auto',
        '& .MuiChip-label': { whiteSpace: wrap ? 'normal' : 'nowrap', py: 0.25 },
      }}
    />
  );
}

export function StatusChip({ status }: { status: MeasureStatus }) {
  return <ToneChip label={MEASURE_STATUS_LABELS[status]} tone={STATUS_TONES[status]} />;
}

/** One alert of a measure, as a chip carrying its own sentence. */
export function AlertChip({ severity, message }: { severity: 'error' | 'warning'; message: string }) {
  return <ToneChip label={message} tone={severity} wrap />;
}
