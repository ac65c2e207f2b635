import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useForm } from 'react-hook-form';
import { updateAppointmentInput, type Appointment } from '@shared/schemas/appointments';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { contractResolver } from '../forms/contractResolver';
import { blankToNull, dateOrDash } from './labels';

interface MoveValues {
  date: string;
  time: string;
  place: string;
  notes: string;
}

/**
 * Moves a planned appointment: new date, time or place, and the notes (e.g. why it moved). Closes once saved; the
 * lists showing the appointment refetch on their own.
 */
export function AppointmentMoveDialog({ appointment, onClose }: { appointment: Appointment; onClose: () => void }) {
  const toInput = (values: MoveValues) => ({
    id: appointment.id,
    date: values.date,
    time: values.time,
    place: values.place,
    notes: blankToNull(values.notes),
  });
  const form = useForm({
    defaultValues: {
      date: appointment.date,
      time: appointment.time,
      place: appointment.place,
      notes: appointment.notes ?? '',
    },
    resolver: contractResolver(updateAppointmentInput, toInput),
  });
  const update = useRpcMutation('appointments.update');
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync(toInput(values));
      onClose();
    } catch (error) {
      showServerError(form, error);
    }
  });

  const title = `Déplacer le rendez-vous du ${dateOrDash(appointment.date)} à ${appointment.time}`;
  return (
    <Dialog open onClose={onClose} aria-labelledby="appointment-move-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="appointment-move-title">{title}</DialogTitle>
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
            <FormDateField control={form.control} name="date" label="Date du rendez-vous" required autoFocus />
            <FormDateField control={form.control} name="time" label="Heure" time required />
          </Box>
          <FormTextField control={form.control} name="place" label="Lieu" required />
          <FormTextField control={form.control} name="notes" label="Notes" multiline minRows={2} />
          <FormErrorAlert error={form.formState.errors.root?.server} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? 'Enregistrement…' : 'Déplacer le rendez-vous'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
