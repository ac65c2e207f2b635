import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { PostSummary } from '@shared/schemas/map';
import { createPlacementInput, type MeasureDetail } from '@shared/schemas/measures';
import { PlacementScheduleFields } from '../cases/PlacementScheduleFields';
import { EMPTY_NEW_TUTOR, NEW_TUTOR, placementInput, type PlacementValues } from '../cases/placementValues';
import { PlacementTutorFields } from '../cases/PlacementTutorFields';
import { todayLocal } from '../cases/labels';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormTextField } from '../forms/fields/FormTextField';
import { contractResolver } from '../forms/contractResolver';
import { showServerError } from '../forms/serverErrors';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { freePlacesLabel } from './categoryColours';

interface Props {
  detail: MeasureDetail;
  post: PostSummary;
  onClose: () => void;
  onPlaced: () => void;
}

/** "Placer sur ce poste": start date, hours (the remaining ones), tutor and slots (the post's) → placements.create. */
export function PlaceFromSuggestionDialog({ detail, post, onClose, onPlaced }: Props) {
  const full = useQuery(rpcQuery('posts.get', { id: post.id }));
  const remainingHours = Math.ceil(detail.measure.progress.remainingMinutes / 60);
  const toInput = (values: PlacementValues) => placementInput(detail.measure.id, values);
  const form = useForm<PlacementValues>({
    defaultValues: {
      postId: post.id,
      tutorId: '',
      newTutor: EMPTY_NEW_TUTOR,
      startDate: todayLocal(),
      schedule: [...post.schedule],
      scheduleNote: '',
      hoursPlanned: String(remainingHours || ''),
    },
    resolver: contractResolver(createPlacementInput, toInput),
  });
  const create = useRpcMutation('placements.create');

  // The post's first tutor once its file has come (or « Ajouter un tuteur » when it has none), unless already chosen.
  const tutors = full.data?.tutors ?? [];
  const loaded = full.data !== undefined;
  const firstTutor = tutors[0]?.id ?? NEW_TUTOR;
  useEffect(() => {
    if (loaded && form.getValues('tutorId') === '') form.setValue('tutorId', firstTutor);
  }, [loaded, firstTutor, form]);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync(toInput(values));
      onPlaced();
    } catch (error) {
      showServerError(form, error);
    }
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby="place-from-map-title" fullWidth maxWidth="md">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="place-from-map-title">Placer sur ce poste — {post.title}</DialogTitle>
        <DialogContent>
          <Typography>
            {post.hostName} — {[post.postalCode, post.city].filter(Boolean).join(' ') || 'commune non renseignée'} —{' '}
            {freePlacesLabel(post.placesFree)}
          </Typography>
          <FormDateField control={form.control} name="startDate" label="Date de début" autoFocus />
          <FormTextField
            control={form.control}
            name="hoursPlanned"
            label="Heures prévues"
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            helperText={`Il reste ${remainingHours} h à effectuer.`}
          />
          <PlacementTutorFields control={form.control} tutors={tutors} disabled={!loaded} />
          <PlacementScheduleFields control={form.control} />
          <FormErrorAlert error={form.formState.errors.root?.server} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
            Confirmer l’affectation
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
