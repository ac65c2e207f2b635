import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { formatMinutes } from '@shared/domain/duration';
import { MEASURE_TYPE_LABELS } from '@shared/domain/measure-types';
import type { Measure } from '@shared/schemas/measures';
import { dateOrDash } from './labels';
import { casesPaths } from './routes';
import { StatusChip } from './StatusChip';

export function PersonMeasures({ measures }: { measures: readonly Measure[] }) {
  if (measures.length === 0) return <Typography color="text.secondary">Aucune mesure.</Typography>;
  return (
    <List dense aria-label="Mesures de la personne">
      {[...measures]
        .sort((a, b) => b.decisionDate.localeCompare(a.decisionDate))
        .map((m) => (
          <ListItem key={m.id} divider>
            <ListItemText
              primary={
                <>
                  <Link href={casesPaths.measure(m.id)}>
                    {MEASURE_TYPE_LABELS[m.type]} — décision du {dateOrDash(m.decisionDate)}
                  </Link>{' '}
                  <StatusChip status={m.status} />
                </>
              }
              secondary={`${m.court} · ${formatMinutes(m.progress.creditedMinutes)} / ${m.hoursOrdered} h · échéance ${dateOrDash(m.effectiveDeadline)} · CPIP : ${m.officerName ?? 'non attribuée'}`}
            />
          </ListItem>
        ))}
    </List>
  );
}
