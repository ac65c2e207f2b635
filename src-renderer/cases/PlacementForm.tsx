import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createPlacementInput, type MeasureDetail, type postChoiceSchema } from '@shared/schemas/measures';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { PlacementScheduleFields } from './PlacementScheduleFields';
import { EMPTY_NEW_TUTOR, NEW_TUTOR, placementInput, type PlacementValues } from './placementValues';
import { PlacementTutorFields } from './PlacementTutorFields';
import { contractResolver } from '../forms/contractResolver';
import { todayLocal } from './labels';
import { useDebounced } from './useDebounced';

type PostChoice = z.infer<typeof postChoiceSchema>;

const postLabel = (post: PostChoice) =>
  `${post.title} — ${post.hostName} — ${post.city ?? 'commune non renseignée'} — ${post.placesFree} place${post.placesFree > 1 ? 's' : ''} libre${post.placesFree > 1 ? 's' : ''}`;

/**
 * "Affecter à un poste": the post, the tutor, the start, the weekly slots and the hours planned. Once the placement is
 * made, the refetched measure shows it in place of this form.
 */
export function PlacementForm({ detail }: { detail: MeasureDetail }) {
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 300);
  const choices = useQuery({
    ...rpcQuery('posts.choices', settled ? { query: settled } : {}),
    placeholderData: keepPreviousData,
  });
  // The chosen post as the list showed it; the form keeps its id.
  const [post, setPost] = useState<PostChoice | null>(null);
  const remainingHours = Math.ceil(detail.measure.progress.remainingMinutes / 60);
  const toInput = (values: PlacementValues) => placementInput(detail.measure.id, values);
  const form = useForm<PlacementValues>({
    defaultValues: {
      postId: '',
      tutorId: '',
      newTutor: EMPTY_NEW_TUTOR,
      startDate: todayLocal(),
      schedule: [],
      scheduleNote: '',
      hoursPlanned: String(remainingHours || ''),
    },
    resolver: contractResolver(createPlacementInput, toInput, (values) =>
      values.postId ? [] : [{ path: 'postId', message: 'Choisissez un poste.' }],
    ),
  });
  const create = useRpcMutation('placements.create');

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync(toInput(values));
    } catch (error) {
      showServerError(form, error);
    }
  });

  return (
    <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 760 }}>
      <Controller
        control={form.control}
        name="postId"
        render={({ field, fieldState }) => (
          <Autocomplete
            options={choices.data ?? []}
            value={post}
            onChange={(_event, next) => {
              setPost(next);
              field.onChange(next?.id ?? '');
              // The tutor is chosen among the new post's: its first one, or « Ajouter un tuteur » when it has none.
              form.setValue('tutorId', next ? (next.tutors[0]?.id ?? NEW_TUTOR) : '');
              if (next && form.getValues('schedule').length === 0) form.setValue('schedule', [...next.schedule]);
            }}
            onInputChange={(_event, text, reason) => {
              if (reason === 'input') setQuery(text);
            }}
            filterOptions={(options) => options}
            getOptionLabel={postLabel}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            getOptionDisabled={(option) => option.placesFree <= 0}
            loading={choices.isFetching}
            loadingText="Recherche des postes…"
            noOptionsText="Aucun poste ouvert ne correspond."
            renderInput={(params) => (
              <TextField
                {...params}
                inputRef={field.ref}
                name={field.name}
                label="Poste d’accueil"
                required
                error={fieldState.error !== undefined}
                helperText={fieldState.error?.message ?? 'Tapez un intitulé, une structure ou une commune.'}
              />
            )}
          />
        )}
      />
      <PlacementTutorFields control={form.control} tutors={post?.tutors ?? []} disabled={!post} />
      <FormDateField control={form.control} name="startDate" label="Date de début" />
      <PlacementScheduleFields control={form.control} />
      <FormTextField
        control={form.control}
        name="hoursPlanned"
        label="Heures prévues"
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        helperText={`Il reste ${remainingHours} h à effectuer.`}
      />
      <FormErrorAlert error={form.formState.errors.root?.server} />
      <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.formState.isSubmitting}>
        Affecter à ce poste
      </Button>
    </Box>
  );
}
