import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { WeeklySlot } from '@shared/domain/weekly-slots';
import type { PostSummary } from '@shared/schemas/map';
import { createPlacementInput, type MeasureDetail } from '@shared/schemas/measures';
import { useRpc } from '../app/RpcContext';
import { AvailabilityGrid } from '../cases/AvailabilityGrid';
import { blankToNull, toNumber, todayLocal } from '../cases/labels';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { freePlacesLabel } from './categoryColours';
import { useLiveQuery } from './useLiveQuery';

interface Props {
  detail: MeasureDetail;
  post: PostSummary;
  onClose: () => void;
  onPlaced: () => void;
}

/** "Placer sur ce poste": start date, hours (the remaining ones), tutor and slots (the post's) → placements.create. */
export function PlaceFromSuggestionDialog({ detail, post, onClose, onPlaced }: Props) {
  const rpc = useRpc();
  const full = useLiveQuery('posts.get', { id: post.id });
  const remainingHours = Math.ceil(detail.measure.progress.remainingMinutes / 60);
  const form = useZodForm({
    tutorName: '',
    startDate: todayLocal(),
    scheduleNote: '',
    hoursPlanned: String(remainingHours || ''),
  });
  const [schedule, setSchedule] = useState<WeeklySlot[]>([...post.schedule]);
  const [tutorTouched, setTutorTouched] = useState(false);
  const [tutorPrefilled, setTutorPrefilled] = useState(false);

  // The post's first tutor, once its file has come, unless the officer has already typed one.
  const firstTutor = full.data?.tutors[0]?.name ?? null;
  if (firstTutor && !tutorPrefilled && !tutorTouched) {
    setTutorPrefilled(true);
    form.set('tutorName', firstTutor);
  }

  const tutorField = form.text(
    'tutorName',
    full.data && full.data.tutors.length > 1
      ? `Tuteurs du poste : ${full.data.tutors.map((tutor) => tutor.name).join(', ')}`
      : undefined,
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { values } = form;
    void form.submit(
      createPlacementInput,
      {
        measureId: detail.measure.id,
        postId: post.id,
        tutorName: blankToNull(values.tutorName),
        startDate: values.startDate,
        schedule,
        scheduleNote: blankToNull(values.scheduleNote),
        hoursPlanned: toNumber(values.hoursPlanned),
      },
      async (parsed) => {
        await rpc.call('placements.create', parsed);
        onPlaced();
      },
    );
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="place-from-map-title" fullWidth maxWidth="md">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="place-from-map-title">Placer sur ce poste — {post.title}</DialogTitle>
        <DialogContent>
          <Typography>
            {post.hostName} — {[post.postalCode, post.city].filter(Boolean).join(' ') || 'commune non renseignée'} —{' '}
            {freePlacesLabel(post.placesFree)}
          </Typography>
          <TextField
            label="Date de début"
            type="date"
            autoFocus
            slotProps={{ inputLabel: { shrink: true } }}
            {...form.text('startDate')}
          />
          <TextField
            label="Heures prévues"
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            {...form.text('hoursPlanned', `Il reste ${remainingHours} h à effectuer.`)}
          />
          <TextField
            label="Tuteur"
            {...tutorField}
            onChange={(event) => {
              setTutorTouched(true);
              tutorField.onChange(event);
            }}
          />
          <AvailabilityGrid legend="Créneaux de la semaine" value={schedule} onChange={setSchedule} />
          <TextField
            label="Précisions sur les horaires"
            {...form.text('scheduleNote', 'Ex. : samedi 9 h – 12 h, un samedi sur deux.')}
          />
          <FormErrorAlert error={form.formError} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.pending}>
            Confirmer l’affectation
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
