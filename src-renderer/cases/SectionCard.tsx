import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/** A titled block of the measure file; the h2 names the region for screen readers. */
export function SectionCard({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: 2, mb: 2 }}>
      <Typography
        variant="h2"
        id={id}
        gutterBottom
        sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 2 }}
      >
        <span>{title}</span>
        {action}
      </Typography>
      {children}
    </Paper>
  );
}
