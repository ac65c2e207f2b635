import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { TimelineEvent } from '../../src-shared/schemas/persons';
import { formatDateTime } from '../app/format';
import { dateOrDash } from './labels';
import { casesPaths } from './routes';

/** An event's moment: a calendar date ('2026-03-03') or an instant. */
function when(at: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(at) ? dateOrDash(at) : formatDateTime(at);
}

/** The person's history, newest first, each line linking to its measure. */
export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  if (sorted.length === 0) return <Typography color="text.secondary">Aucun événement.</Typography>;
  return (
    <List dense aria-label="Historique">
      {sorted.map((event, index) => (
        <ListItem key={`${event.at}-${index}`} divider alignItems="flex-start">
          <ListItemText
            primary={
              <>
                <Typography component="span" sx={{ fontWeight: 600, mr: 1 }}>
                  {when(event.at)}
                </Typography>
                {event.measureId ? <Link href={`#${casesPaths.measure(event.measureId)}`}>{event.title}</Link> : event.title}
              </>
            }
            secondary={[event.detail, event.by ? `par ${event.by}` : null].filter(Boolean).join(' — ') || null}
          />
        </ListItem>
      ))}
    </List>
  );
}
