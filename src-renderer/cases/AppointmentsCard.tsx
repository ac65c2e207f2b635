import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { addDays } from '@shared/domain/local-date';
import { APPOINTMENT_KIND_LABELS, appointmentInput, type Appointment } from '@shared/schemas/appointments';
import type { MeasureDetail } from '@shared/schemas/measures';
import { useRpc } from '../app/RpcContext';
import { useRpcQuery } from '../app/useRpcQuery';
import { PrintButton } from '../documents/PrintButton';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { AppointmentMoveDialog } from './AppointmentMoveDialog';
import { AppointmentStatusChip } from './AppointmentStatusChip';
import { dateOrDash, todayLocal, toNumber } from './labels';
import { SectionCard } from './SectionCard';
import { SelectField, optionsOf } from '../forms/fields/SelectField';
import { useAction } from './useAction';

/** Buttons that note what became of a planned appointment. */
export function AppointmentOutcomeButtons({
  appointment,
  onChanged,
}: {
  appointment: Appointment;
  onChanged: () => void;
}) {
  const rpc = useRpc();
  const action = useAction();
  if (appointment.status !== 'prevu') return null;
  const mark = (status: 'honore' | 'absent' | 'annule') =>
    void action
      .run(() => rpc.call('appointments.update', { id: appointment.id, status }))
      .then((ok) => ok && onChanged());
  const when = `${dateOrDash(appointment.date)} à ${appointment.time}`;
  return (
    <>
      <Stack direction="row" spacing={0.5}>
        <Button
          size="small"
          disabled={action.pending}
          onClick={() => mark('honore')}
          aria-label={`Rendez-vous du ${when} honoré`}
        >
          Honoré
        </Button>
        <Button
          size="small"
          disabled={action.pending}
          onClick={() => mark('absent')}
          aria-label={`Absence au rendez-vous du ${when}`}
        >
          Absent
        </Button>
        <Button
          size="small"
          disabled={action.pending}
          onClick={() => mark('annule')}
          aria-label={`Annuler le rendez-vous du ${when}`}
        >
          Annulé
        </Button>
      </Stack>
      <FormErrorAlert error={action.error} />
    </>
  );
}

/** The measure's appointments (a wide range around the measure) and the form to set a new one. */
export function AppointmentsCard({ detail }: { detail: MeasureDetail }) {
  const rpc = useRpc();
  const { measure } = detail;
  const list = useRpcQuery('appointments.list', {
    measureId: measure.id,
    from: addDays(measure.registeredOn, -366),
    to: addDays(measure.effectiveDeadline > todayLocal() ? measure.effectiveDeadline : todayLocal(), 366),
  });
  const empty = {
    kind: 'entretien',
    date: todayLocal(),
    time: '09:30',
    durationMinutes: '45',
    place: 'SPIP — bureau d’entretien',
    notes: '',
  };
  const form = useZodForm(empty);
  const [moving, setMoving] = useState<Appointment | null>(null);
  const appointments = [...(list.data ?? [])].sort((a, b) => `${b.date}${b.time}`.localeCompare(`${a.date}${a.time}`));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { values } = form;
    const input = {
      measureId: measure.id,
      kind: values.kind as Appointment['kind'],
      date: values.date,
      time: values.time,
      place: values.place,
      durationMinutes: toNumber(values.durationMinutes),
      notes: values.notes || null,
    };
    void form.submit(appointmentInput, input, async (parsed) => {
      await rpc.call('appointments.create', parsed);
      form.reset(empty);
      void list.reload();
    });
  };

  return (
    <SectionCard title="Rendez-vous">
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label="Rendez-vous de la mesure">
          <TableHead>
            <TableRow>
              <TableCell>Date</TableCell>
              <TableCell>Heure</TableCell>
              <TableCell>Type</TableCell>
              <TableCell>Lieu</TableCell>
              <TableCell>Statut</TableCell>
              <TableCell>Issue</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {appointments.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{dateOrDash(a.date)}</TableCell>
                <TableCell>{a.time}</TableCell>
                <TableCell>{APPOINTMENT_KIND_LABELS[a.kind]}</TableCell>
                <TableCell>{a.place}</TableCell>
                <TableCell>
                  <AppointmentStatusChip status={a.status} />
                </TableCell>
                <TableCell>
                  <AppointmentOutcomeButtons appointment={a} onChanged={() => void list.reload()} />
                  {a.status === 'prevu' && (
                    <Button
                      size="small"
                      onClick={() => setMoving(a)}
                      aria-label={`Déplacer le rendez-vous du ${dateOrDash(a.date)} à ${a.time}`}
                    >
                      Déplacer
                    </Button>
                  )}
                  {a.status === 'prevu' && (
                    <PrintButton
                      size="small"
                      variant="text"
                      label={`Imprimer la convocation du ${dateOrDash(a.date)} à ${a.time}`}
                      produce={() => rpc.call('documents.generate', { template: 'convocation', entityId: a.id })}
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
            {appointments.length === 0 && (
              <TableRow>
                <TableCell colSpan={6}>
                  {list.loading ? 'Chargement…' : list.error ? list.error.message : 'Aucun rendez-vous.'}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {moving && (
        <AppointmentMoveDialog
          appointment={moving}
          onClose={() => setMoving(null)}
          onDone={() => {
            setMoving(null);
            void list.reload();
          }}
        />
      )}
      <Box
        component="form"
        onSubmit={onSubmit}
        noValidate
        sx={{ maxWidth: 640, mt: 2 }}
        aria-labelledby="appointment-form-title"
      >
        <Typography variant="h3" id="appointment-form-title">
          Fixer un rendez-vous
        </Typography>
        <SelectField label="Type de rendez-vous" options={optionsOf(APPOINTMENT_KIND_LABELS)} {...form.text('kind')} />
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 2 }}>
          <TextField
            label="Date du rendez-vous"
            type="date"
            slotProps={{ inputLabel: { shrink: true } }}
            {...form.text('date')}
          />
          <TextField label="Heure" type="time" slotProps={{ inputLabel: { shrink: true } }} {...form.text('time')} />
          <TextField
            label="Durée (minutes)"
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            {...form.text('durationMinutes')}
          />
        </Box>
        <TextField label="Lieu" required {...form.text('place')} />
        <TextField label="Notes" multiline minRows={2} {...form.text('notes')} />
        <FormErrorAlert error={form.formError} />
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending}>
          Fixer le rendez-vous
        </Button>
      </Box>
    </SectionCard>
  );
}
