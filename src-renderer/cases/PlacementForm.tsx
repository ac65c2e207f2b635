import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { WeeklySlot } from '@shared/domain/weekly-slots';
import { createPlacementInput, type MeasureDetail } from '@shared/schemas/measures';
import type { z } from 'zod';
import type { postChoiceSchema } from '@shared/schemas/measures';
import { useRpc } from '../app/RpcContext';
import { useRpcQuery } from '../app/useRpcQuery';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { AvailabilityGrid } from './AvailabilityGrid';
import { blankToNull, toNumber, todayLocal } from './labels';
import { useDebounced } from './useDebounced';

type PostChoice = z.infer<typeof postChoiceSchema>;

const postLabel = (post: PostChoice) =>
  `${post.title} — ${post.hostName} — ${post.city ?? 'commune non renseignée'} — ${post.placesFree} place${post.placesFree > 1 ? 's' : ''} libre${post.placesFree > 1 ? 's' : ''}`;

/** "Affecter à un poste": the post, the tutor, the start, the weekly slots and the hours planned. */
export function PlacementForm({ detail, onDone }: { detail: MeasureDetail; onDone: () => void }) {
  const rpc = useRpc();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 300);
  const choices = useRpcQuery('posts.choices', settled ? { query: settled } : {});
  const [post, setPost] = useState<PostChoice | null>(null);
  const [schedule, setSchedule] = useState<WeeklySlot[]>([]);
  const remainingHours = Math.ceil(detail.measure.progress.remainingMinutes / 60);
  const form = useZodForm({
    postId: '',
    tutorName: '',
    startDate: todayLocal(),
    scheduleNote: '',
    hoursPlanned: String(remainingHours || ''),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { values } = form;
    void form.submit(
      createPlacementInput,
      {
        measureId: detail.measure.id,
        postId: post?.id ?? '',
        tutorName: blankToNull(values.tutorName),
        startDate: values.startDate,
        schedule,
        scheduleNote: blankToNull(values.scheduleNote),
        hoursPlanned: toNumber(values.hoursPlanned),
      },
      async (parsed) => {
        await rpc.call('placements.create', parsed);
        onDone();
      },
      post ? [] : [{ path: 'postId', message: 'Choisissez un poste.' }],
    );
  };

  return (
    <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 760 }}>
      <Autocomplete
        options={choices.data ?? []}
        value={post}
        onChange={(_event, next) => {
          setPost(next);
          if (next && schedule.length === 0) setSchedule([...next.schedule]);
        }}
        onInputChange={(_event, text, reason) => {
          if (reason === 'input') setQuery(text);
        }}
        filterOptions={(options) => options}
        getOptionLabel={postLabel}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        getOptionDisabled={(option) => option.placesFree <= 0}
        loading={choices.loading}
        loadingText="Recherche des postes…"
        noOptionsText="Aucun poste ouvert ne correspond."
        renderInput={(params) => (
          <TextField
            {...params}
            label="Poste d’accueil"
            required
            error={Boolean(form.fieldErrors.postId)}
            helperText={form.fieldErrors.postId ?? 'Tapez un intitulé, une structure ou une commune.'}
          />
        )}
      />
      <TextField label="Tuteur" {...form.text('tutorName')} />
      <TextField
        label="Date de début"
        type="date"
        slotProps={{ inputLabel: { shrink: true } }}
        {...form.text('startDate')}
      />
      <AvailabilityGrid legend="Créneaux de la semaine" value={schedule} onChange={setSchedule} />
      <TextField
        label="Précisions sur les horaires"
        {...form.text('scheduleNote', 'Ex. : samedi 9 h – 12 h, un samedi sur deux.')}
      />
      <TextField
        label="Heures prévues"
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        {...form.text('hoursPlanned', `Il reste ${remainingHours} h à effectuer.`)}
      />
      <FormErrorAlert error={form.formError} />
      <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending}>
        Affecter à ce poste
      </Button>
    </Box>
  );
}
