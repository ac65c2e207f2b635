import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { formatMinutes } from '@shared/domain/duration';

/** "12 h / 70 h" with a thin bar; the bar carries the same words for screen readers. */
export function HoursProgress({
  credited,
  ordered,
  compact = false,
}: {
  credited: number;
  ordered: number;
  compact?: boolean;
}) {
  const percent = ordered === 0 ? 0 : Math.min(100, Math.floor((credited * 100) / ordered));
  const text = `${formatMinutes(credited)} / ${formatMinutes(ordered)}`;
  return (
    <Box sx={{ minWidth: compact ? 110 : 240 }}>
      <Typography variant={compact ? 'body2' : 'body1'} component="span" sx={{ whiteSpace: 'nowrap' }}>
        {text}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={`Heures effectuées : ${text} (${percent} %)`}
        sx={{ height: compact ? 4 : 10, borderRadius: 2, mt: 0.5 }}
      />
    </Box>
  );
}
