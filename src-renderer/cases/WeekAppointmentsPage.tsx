import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { addDays, formatDateLong, mondayOf, toDayNumber } from '@shared/domain/local-date';
import type { Role } from '@shared/roles';
import { APPOINTMENT_KIND_LABELS, type Appointment } from '@shared/schemas/appointments';
import { PrintButton } from '../documents/PrintButton';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { AppointmentOutcomeButtons } from './AppointmentsCard';
import { AppointmentStatusChip } from './AppointmentStatusChip';
import { dateOrDash, todayLocal } from './labels';
import { casesPaths } from './routes';

const weekdayName = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long' });
const dayTitle = (date: string) => {
  const name = weekdayName.format(new Date(toDayNumber(date) * 86_400_000));
  return `${name.charAt(0).toLocaleUpperCase('fr-FR')}${name.slice(1)} ${formatDateLong(date)}`;
};

/** The week's appointments, Monday to Sunday, grouped by day: the clerk's and the officer's diary. */
export function WeekAppointmentsPage({ role }: { role: Role }) {
  const [monday, setMonday] = useState(() => mondayOf(todayLocal()));
  const canPrint = role === 'secretariat' || role === 'dpip' || role === 'cpip';
  const [mine, setMine] = useState(role === 'cpip');
  const sunday = addDays(monday, 6);
  const list = useQuery(rpcQuery('appointments.list', { from: monday, to: sunday, officer: mine ? 'me' : undefined }));
  const convocations = useRpcMutation('documents.batchConvocations');
  const byDay = new Map<string, Appointment[]>();
  for (const appointment of [...(list.data ?? [])].sort((a, b) => a.time.localeCompare(b.time))) {
    byDay.set(appointment.date, [...(byDay.get(appointment.date) ?? []), appointment]);
  }
  const days = Array.from({ length: 7 }, (_unused, index) => addDays(monday, index));

  return (
    <>
      <Link href={casesPaths.caseload}>← Retour aux dossiers</Link>
      <Typography variant="h1" sx={{ mt: 1, mb: 2 }}>
        Rendez-vous de la semaine
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
        <Button variant="outlined" onClick={() => setMonday(addDays(monday, -7))}>
          Semaine précédente
        </Button>
        <Typography role="status" sx={{ fontWeight: 600 }}>
          Du {dateOrDash(monday)} au {dateOrDash(sunday)}
        </Typography>
        <Button variant="outlined" onClick={() => setMonday(addDays(monday, 7))}>
          Semaine suivante
        </Button>
        <Button onClick={() => setMonday(mondayOf(todayLocal()))}>Cette semaine</Button>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={mine ? 'me' : 'all'}
          aria-label="Rendez-vous affichés"
          onChange={(_event, value: string | null) => value && setMine(value === 'me')}
        >
          <ToggleButton value="me">Mes rendez-vous</ToggleButton>
          <ToggleButton value="all">Tous</ToggleButton>
        </ToggleButtonGroup>
        {canPrint && (
          <div>
            <PrintButton
              label="Imprimer les convocations de la semaine"
              produce={() => convocations.mutateAsync({ from: monday, to: sunday })}
            />
          </div>
        )}
      </Stack>
      {list.error && <Alert severity="error">{list.error.message}</Alert>}
      {list.isFetching && <LinearProgress aria-label="Chargement des rendez-vous" sx={{ mb: 1 }} />}
      {days.map((day) => {
        const items = byDay.get(day) ?? [];
        const titleId = `day-${day}`;
        return (
          <Paper key={day} component="section" variant="outlined" aria-labelledby={titleId} sx={{ p: 2, mb: 2 }}>
            <Typography variant="h2" id={titleId} sx={{ fontSize: '1.1rem', mb: 1 }}>
              {dayTitle(day)}
            </Typography>
            {items.length === 0 ? (
              <Typography color="text.secondary">Aucun rendez-vous.</Typography>
            ) : (
              <Table size="small" aria-labelledby={titleId}>
                <TableHead>
                  <TableRow>
                    <TableCell>Heure</TableCell>
                    <TableCell>Personne</TableCell>
                    <TableCell>Type</TableCell>
                    <TableCell>Lieu</TableCell>
                    <TableCell>CPIP</TableCell>
                    <TableCell>Statut</TableCell>
                    <TableCell>Issue</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {items.map((a) => (
                    <TableRow key={a.id}>
                      <TableCell>{a.time}</TableCell>
                      <TableCell>
                        <Link href={casesPaths.measure(a.measureId, 'rendez-vous')}>{a.personName}</Link> (
                        {a.dossierNumber})
                      </TableCell>
                      <TableCell>{APPOINTMENT_KIND_LABELS[a.kind]}</TableCell>
                      <TableCell>{a.place}</TableCell>
                      <TableCell>{a.officerName ?? '—'}</TableCell>
                      <TableCell>
                        <AppointmentStatusChip status={a.status} />
                      </TableCell>
                      <TableCell>
                        <AppointmentOutcomeButtons appointment={a} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Paper>
        );
      })}
    </>
  );
}
