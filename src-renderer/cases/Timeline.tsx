import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { TimelineEvent } from '@shared/schemas/persons';
import { dateOrDash } from './labels';
import { casesPaths } from './routes';

const instant = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });

/** An event's moment: a calendar date ('2026-03-03') or an instant, in Paris time without seconds. */
function when(at: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return dateOrDash(at);
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : instant.format(date);
}

/** The person's history, newest first as the server orders it, each line linking to its measure. */
export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  const sorted = events;
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
                {event.measureId ? <Link href={casesPaths.measure(event.measureId)}>{event.title}</Link> : event.title}
              </>
            }
            secondary={[event.detail, event.by ? `par ${event.by}` : null].filter(Boolean).join(' — ') || null}
          />
        </ListItem>
      ))}
    </List>
  );
}
