import Chip from '@mui/material/Chip';
import type { Host } from '@shared/schemas/catalogue';
import { TONES } from '../cases/labels';

/** The host's habilitation as the server words it, green when placements are possible. */
export function HabilitationChip({
  host,
}: {
  host: Pick<Host, 'habilitated' | 'habilitatedByRight' | 'habilitationLabel'>;
}) {
  const tone = host.habilitatedByRight ? TONES.info : host.habilitated ? TONES.success : TONES.warning;
  return (
    <Chip
      size="small"
      variant="outlined"
      label={host.habilitationLabel}
      sx={{ ...tone, fontWeight: 600, height: 'auto', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
    />
  );
}
