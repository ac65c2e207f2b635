import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import {
  PHYSICAL_DEMANDS,
  PHYSICAL_DEMAND_LABELS,
  POST_CATEGORIES,
  POST_CATEGORY_LABELS,
  type PhysicalDemand,
  type PostCategory,
} from '@shared/domain/catalogue/post-categories';
import { OFFENCE_CATEGORIES, OFFENCE_CATEGORY_LABELS, type OffenceCategory } from '@shared/domain/measure-types';
import type { WeeklySlot } from '@shared/domain/weekly-slots';
import { postInputSchema, type Post, type Tutor } from '@shared/schemas/catalogue';
import { AvailabilityGrid } from '../cases/AvailabilityGrid';
import { ChipsInput } from '../cases/ChipsInput';
import { toNumber } from '../cases/labels';
import { contractResolver } from '../forms/contractResolver';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { showServerError } from '../forms/serverErrors';
import { LocationPicker } from '../map/LocationPicker';
import { useRpcMutation } from '../queries/useRpcMutation';
import { CheckboxGroup } from './CheckboxGroup';

const FLAGS = {
  openToMinors: 'Ouvert aux mineurs',
  nightWork: 'Travail de nuit',
  particularRisks: 'Risques particuliers',
  careSetting: 'Établissement de soins (risque de contamination)',
  drivingLicenceRequired: 'Permis de conduire exigé',
  pmrAccessible: 'Accessible aux personnes à mobilité réduite (PMR)',
  publicTransport: 'Transports en commun à proximité',
  collective: 'Chantier collectif',
  active: 'Poste ouvert',
} as const;
type Flag = keyof typeof FLAGS;

type PostValues = {
  hostId: string;
  title: string;
  category: string;
  description: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  schedule: WeeklySlot[];
  /** As typed. */
  places: string;
  physicalRequirements: PhysicalDemand[];
  excludedOffences: OffenceCategory[];
  usefulSkills: string[];
  tutorIds: string[];
} & Record<Flag, boolean>;

function valuesOf(hostId: string, post: Post | null): PostValues {
  return {
    hostId,
    title: post?.title ?? '',
    category: post?.category ?? 'espaces_verts',
    description: post?.description ?? '',
    street: post?.street ?? '',
    postalCode: post?.postalCode ?? '',
    city: post?.city ?? '',
    latitude: post?.latitude ?? null,
    longitude: post?.longitude ?? null,
    schedule: post?.schedule ?? [],
    places: post ? String(post.places) : '1',
    physicalRequirements: post?.physicalRequirements ?? [],
    excludedOffences: post?.excludedOffences ?? [],
    usefulSkills: post?.usefulSkills ?? [],
    tutorIds: post?.tutors.map((tutor) => tutor.id) ?? [],
    ...(Object.fromEntries(
      Object.keys(FLAGS).map((flag) => [flag, post ? post[flag as Flag] : flag === 'active']),
    ) as Record<Flag, boolean>),
  };
}

// The schema trims the texts and empties them to null; the places are typed as text.
const toInput = (values: PostValues) => ({
  ...values,
  category: values.category as PostCategory,
  places: toNumber(values.places) as number,
});
const postResolver = contractResolver(postInputSchema, toInput);

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 } as const;

interface Props {
  hostId: string;
  hostName: string;
  post: Post | null;
  tutors: readonly Tutor[];
  canKeep: boolean;
  onSaved: (post: Post) => void;
  /** Shown above the submit button, e.g. "Poste enregistré." */
  notice?: ReactNode;
}

/** Everything matching needs to know about a post. Creates it when `post` is null. */
export function PostForm({ hostId, hostName, post, tutors, canKeep, onSaved, notice }: Props) {
  const form = useForm({ defaultValues: valuesOf(hostId, post), resolver: postResolver });
  const create = useRpcMutation('posts.create');
  const update = useRpcMutation('posts.update');
  const [street, postalCode, city, latitude, longitude] = useWatch({
    control: form.control,
    name: ['street', 'postalCode', 'city', 'latitude', 'longitude'],
  });
  const ro = { slotProps: { htmlInput: { readOnly: !canKeep } } };

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const input = toInput(values);
      onSaved(post ? await update.mutateAsync({ id: post.id, post: input }) : await create.mutateAsync(input));
    } catch (error) {
      showServerError(form, error);
    }
  });

  const flag = (key: Flag) => (
    <Controller
      key={key}
      control={form.control}
      name={key}
      render={({ field }) => (
        <FormControlLabel
          control={
            <Checkbox
              name={field.name}
              checked={field.value}
              disabled={!canKeep}
              onChange={(event) => field.onChange(event.target.checked)}
            />
          }
          label={FLAGS[key]}
        />
      )}
    />
  );
  const checkboxes = <N extends 'physicalRequirements' | 'excludedOffences' | 'tutorIds'>(
    name: N,
    render: (value: PostValues[N], onChange: (next: PostValues[N]) => void) => ReactNode,
  ) => (
    <Controller control={form.control} name={name} render={({ field }) => <>{render(field.value, field.onChange)}</>} />
  );
  return (
    <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 960 }} aria-label="Description du poste">
      <Box sx={grid}>
        <TextField
          label="Structure d’accueil"
          value={hostName}
          slotProps={{ htmlInput: { readOnly: true } }}
          helperText={post ? 'La structure d’un poste ne change pas.' : undefined}
        />
        <FormTextField
          control={form.control}
          name="title"
          label="Intitulé du poste"
          required
          autoComplete="off"
          {...ro}
        />
        <FormSelectField
          control={form.control}
          name="category"
          label="Catégorie"
          disabled={!canKeep}
          options={POST_CATEGORIES.map((key) => [key, POST_CATEGORY_LABELS[key]] as const)}
        />
        <FormTextField
          control={form.control}
          name="places"
          label="Nombre de places"
          required
          slotProps={{ htmlInput: { readOnly: !canKeep, inputMode: 'numeric', maxLength: 2 } }}
        />
      </Box>
      <FormTextField control={form.control} name="description" label="Description" multiline minRows={3} {...ro} />
      <Typography variant="h3" sx={{ mt: 2 }}>
        Lieu
      </Typography>
      <Box sx={grid}>
        <FormTextField
          control={form.control}
          name="street"
          label="Adresse"
          autoComplete="off"
          {...ro}
          sx={{ gridColumn: { md: '1 / -1' } }}
        />
        <FormTextField
          control={form.control}
          name="postalCode"
          label="Code postal"
          autoComplete="off"
          slotProps={{ htmlInput: { readOnly: !canKeep, inputMode: 'numeric', maxLength: 5 } }}
        />
        <FormTextField control={form.control} name="city" label="Commune" autoComplete="off" {...ro} />
      </Box>
      <LocationPicker
        latitude={latitude}
        longitude={longitude}
        address={{ street, postalCode, city }}
        purpose="post"
        onChange={(nextLatitude, nextLongitude) => {
          form.setValue('latitude', nextLatitude, { shouldDirty: true });
          form.setValue('longitude', nextLongitude, { shouldDirty: true });
        }}
        readOnly={!canKeep}
      />
      <Typography variant="h3" sx={{ mt: 2 }}>
        Horaires
      </Typography>
      <Controller
        control={form.control}
        name="schedule"
        render={({ field }) => (
          <AvailabilityGrid
            legend="Créneaux du poste"
            value={field.value}
            onChange={field.onChange}
            disabled={!canKeep}
          />
        )}
      />
      <Typography variant="h3" sx={{ mt: 2 }}>
        Conditions
      </Typography>
      <Box sx={grid}>{(Object.keys(FLAGS) as Flag[]).map(flag)}</Box>
      {checkboxes('physicalRequirements', (value, onChange) => (
        <CheckboxGroup
          legend="Exigences physiques"
          options={PHYSICAL_DEMANDS.map((key) => [key, PHYSICAL_DEMAND_LABELS[key]] as const)}
          value={value}
          onChange={onChange}
          disabled={!canKeep}
          columns={3}
        />
      ))}
      {checkboxes('excludedOffences', (value, onChange) => (
        <CheckboxGroup
          legend="Infractions exclues"
          options={OFFENCE_CATEGORIES.map((key) => [key, OFFENCE_CATEGORY_LABELS[key]] as const)}
          value={value}
          onChange={onChange}
          disabled={!canKeep}
        />
      ))}
      <Controller
        control={form.control}
        name="usefulSkills"
        render={({ field, fieldState }) =>
          canKeep ? (
            <ChipsInput
              label="Compétences utiles"
              value={field.value}
              onChange={field.onChange}
              helperText={fieldState.error?.message}
            />
          ) : (
            <TextField
              label="Compétences utiles"
              value={field.value.join(', ')}
              slotProps={{ htmlInput: { readOnly: true } }}
            />
          )
        }
      />
      {checkboxes('tutorIds', (value, onChange) => (
        <CheckboxGroup
          legend="Tuteurs du poste"
          options={tutors.map(
            (tutor) =>
              [tutor.id, `${tutor.firstName} ${tutor.lastName}${tutor.role ? ` (${tutor.role})` : ''}`] as const,
          )}
          value={value}
          onChange={onChange}
          disabled={!canKeep}
          emptyText="Aucun tuteur dans cette structure : ajoutez-en depuis la fiche de la structure."
        />
      ))}
      <FormErrorAlert error={form.formState.errors.root?.server} />
      {notice}
      {canKeep && (
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.formState.isSubmitting}>
          {post ? 'Enregistrer le poste' : 'Créer le poste'}
        </Button>
      )}
    </Box>
  );
}
