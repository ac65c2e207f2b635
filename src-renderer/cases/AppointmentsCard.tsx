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
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { addDays } from '@shared/domain/local-date';
import { APPOINTMENT_KIND_LABELS, appointmentInput, type Appointment } from '@shared/schemas/appointments';
import type { MeasureDetail } from '@shared/schemas/measures';
import { PrintButton } from '../documents/PrintButton';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { optionsOf } from '../forms/fields/SelectField';
import { showServerError } from '../forms/serverErrors';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { AppointmentMoveDialog } from './AppointmentMoveDialog';
import { AppointmentStatusChip } from './AppointmentStatusChip';
import { contractResolver } from '../forms/contractResolver';
import { blankToNull, dateOrDash, todayLocal, toNumber } from './labels';
import { SectionCard } from './SectionCard';

/** Buttons that note what became of a planned appointment; the lists showing it refetch on their own. */
export function AppointmentOutcomeButtons({ appointment }: { appointment: Appointment }) {
  const update = useRpcMutation('appointments.update');
  if (appointment.status !== 'prevu') return null;
  const mark = (status: 'honore' | 'absent' | 'annule') => update.mutate({ id: appointment.id, status });
  const when = `${dateOrDash(appointment.date)} à ${appointment.time}`;
  return (
    <>
      <Stack direction="row" spacing={0.5}>
        <Button
          size="small"
          disabled={update.isPending}
          onClick={() => mark('honore')}
          aria-label={`Rendez-vous du ${when} honoré`}
        >
          Honoré
        </Button>
        <Button
          size="small"
          disabled={update.isPending}
          onClick={() => mark('absent')}
          aria-label={`Absence au rendez-vous du ${when}`}
        >
          Absent
        </Button>
        <Button
          size="small"
          disabled={update.isPending}
          onClick={() => mark('annule')}
          aria-label={`Annuler le rendez-vous du ${when}`}
        >
          Annulé
        </Button>
      </Stack>
      <FormErrorAlert error={update.error} />
    </>
  );
}

interface AppointmentValues {
  kind: Appointment['kind'];
  date: string;
  time: string;
  /** As typed. */
  durationMinutes: string;
  place: string;
  notes: string;
}

/** The measure's appointments (a wide range around the measure) and the form to set a new one. */
export function AppointmentsCard({ detail }: { detail: MeasureDetail }) {
  const { measure } = detail;
  const list = useQuery(
    rpcQuery('appointments.list', {
      measureId: measure.id,
      from: addDays(measure.registeredOn, -366),
      to: addDays(measure.effectiveDeadline > todayLocal() ? measure.effectiveDeadline : todayLocal(), 366),
    }),
  );
  const empty: AppointmentValues = {
    kind: 'entretien',
    date: todayLocal(),
    time: '09:30',
    durationMinutes: '45',
    place: 'SPIP — bureau d’entretien',
    notes: '',
  };
  const toInput = (values: AppointmentValues) => ({
    measureId: measure.id,
    kind: values.kind,
    date: values.date,
    time: values.time,
    place: values.place,
    durationMinutes: toNumber(values.durationMinutes),
    notes: blankToNull(values.notes),
  });
  const form = useForm({ defaultValues: empty, resolver: contractResolver(appointmentInput, toInput) });
  const create = useRpcMutation('appointments.create');
  const generate = useRpcMutation('documents.generate');
  const [moving, setMoving] = useState<Appointment | null>(null);
  const appointments = [...(list.data ?? [])].sort((a, b) => `${b.date}${b.time}`.localeCompare(`${a.date}${a.time}`));

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync(toInput(values));
      form.reset(empty);
    } catch (error) {
      showServerError(form, error);
    }
  });

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
                  <AppointmentOutcomeButtons appointment={a} />
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
                      produce={() => generate.mutateAsync({ template: 'convocation', entityId: a.id })}
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
            {appointments.length === 0 && (
              <TableRow>
                <TableCell colSpan={6}>
                  {list.isPending ? 'Chargement…' : list.error ? list.error.message : 'Aucun rendez-vous.'}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {moving && <AppointmentMoveDialog appointment={moving} onClose={() => setMoving(null)} />}
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
        <FormSelectField
          control={form.control}
          name="kind"
          label="Type de rendez-vous"
          options={optionsOf(APPOINTMENT_KIND_LABELS)}
        />
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 2 }}>
          <FormDateField control={form.control} name="date" label="Date du rendez-vous" />
          <FormDateField control={form.control} name="time" label="Heure" time />
          <FormTextField
            control={form.control}
            name="durationMinutes"
            label="Durée (minutes)"
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        </Box>
        <FormTextField control={form.control} name="place" label="Lieu" required />
        <FormTextField control={form.control} name="notes" label="Notes" multiline minRows={2} />
        <FormErrorAlert error={form.formState.errors.root?.server} />
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.formState.isSubmitting}>
          Fixer le rendez-vous
        </Button>
      </Box>
    </SectionCard>
  );
}
