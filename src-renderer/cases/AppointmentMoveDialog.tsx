import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import type { FormEvent } from 'react';
import { updateAppointmentInput, type Appointment } from '@shared/schemas/appointments';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { blankToNull, dateOrDash } from './labels';

/** Moves a planned appointment: new date, time or place, and the notes (e.g. why it moved). */
export function AppointmentMoveDialog({
  appointment,
  onClose,
  onDone,
}: {
  appointment: Appointment;
  onClose: () => void;
  onDone: () => void;
}) {
  const rpc = useRpc();
  const form = useZodForm({
    date: appointment.date,
    time: appointment.time,
    place: appointment.place,
    notes: appointment.notes ?? '',
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { values } = form;
    void form.submit(
      updateAppointmentInput,
      {
        id: appointment.id,
        date: values.date,
        time: values.time,
        place: values.place,
        notes: blankToNull(values.notes),
      },
      async (parsed) => {
        await rpc.call('appointments.update', parsed);
        onDone();
      },
    );
  };

  const title = `Déplacer le rendez-vous du ${dateOrDash(appointment.date)} à ${appointment.time}`;
  return (
    <Dialog open onClose={onClose} aria-labelledby="appointment-move-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="appointment-move-title">{title}</DialogTitle>
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
            <TextField
              label="Date du rendez-vous"
              type="date"
              required
              autoFocus
              slotProps={{ inputLabel: { shrink: true } }}
              {...form.text('date')}
            />
            <TextField
              label="Heure"
              type="time"
              required
              slotProps={{ inputLabel: { shrink: true } }}
              {...form.text('time')}
            />
          </Box>
          <TextField label="Lieu" required {...form.text('place')} />
          <TextField label="Notes" multiline minRows={2} {...form.text('notes')} />
          <FormErrorAlert error={form.formError} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.pending}>
            {form.pending ? 'Enregistrement…' : 'Déplacer le rendez-vous'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
