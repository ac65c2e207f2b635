import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  PHYSICAL_DEMANDS,
  PHYSICAL_DEMAND_LABELS,
  POST_CATEGORIES,
  POST_CATEGORY_LABELS,
} from '@shared/domain/catalogue/post-categories';
import { OFFENCE_CATEGORIES, OFFENCE_CATEGORY_LABELS } from '@shared/domain/measure-types';
import type { WeeklySlot } from '@shared/domain/weekly-slots';
import { postInputSchema, type Post, type Tutor } from '@shared/schemas/catalogue';
import { useRpc } from '../app/RpcContext';
import { AvailabilityGrid } from '../cases/AvailabilityGrid';
import { ChipsInput } from '../cases/ChipsInput';
import { blankToNull, toNumber } from '../cases/labels';
import { SelectField } from '../forms/fields/SelectField';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { LocationPicker } from '../map/LocationPicker';
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

function valuesOf(post: Post | null) {
  return {
    title: post?.title ?? '',
    category: post?.category ?? 'espaces_verts',
    description: post?.description ?? '',
    street: post?.street ?? '',
    postalCode: post?.postalCode ?? '',
    city: post?.city ?? '',
    places: post ? String(post.places) : '1',
    ...(Object.fromEntries(
      Object.keys(FLAGS).map((flag) => [flag, post ? post[flag as Flag] : flag === 'active']),
    ) as Record<Flag, boolean>),
  };
}

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
  const rpc = useRpc();
  const form = useZodForm(valuesOf(post));
  const [schedule, setSchedule] = useState<WeeklySlot[]>(post?.schedule ?? []);
  const [physical, setPhysical] = useState(post?.physicalRequirements ?? []);
  const [excluded, setExcluded] = useState(post?.excludedOffences ?? []);
  const [skills, setSkills] = useState(post?.usefulSkills ?? []);
  const [tutorIds, setTutorIds] = useState(post?.tutors.map((tutor) => tutor.id) ?? []);
  const [position, setPosition] = useState({ latitude: post?.latitude ?? null, longitude: post?.longitude ?? null });
  const { values } = form;
  const ro = { slotProps: { htmlInput: { readOnly: !canKeep } } };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      hostId,
      title: values.title,
      category: values.category,
      description: blankToNull(values.description),
      street: blankToNull(values.street),
      postalCode: blankToNull(values.postalCode),
      city: blankToNull(values.city),
      latitude: position.latitude,
      longitude: position.longitude,
      schedule,
      places: toNumber(values.places),
      ...Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, values[flag as Flag]])),
      physicalRequirements: physical,
      excludedOffences: excluded,
      usefulSkills: skills,
      tutorIds,
    };
    void form.submit(postInputSchema, input, async (parsed) => {
      onSaved(
        post ? await rpc.call('posts.update', { id: post.id, post: parsed }) : await rpc.call('posts.create', parsed),
      );
    });
  };

  const flag = (key: Flag) => (
    <FormControlLabel
      key={key}
      control={
        <Checkbox checked={values[key]} disabled={!canKeep} onChange={(event) => form.set(key, event.target.checked)} />
      }
      label={FLAGS[key]}
    />
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
        <TextField label="Intitulé du poste" required autoComplete="off" {...ro} {...form.text('title')} />
        <SelectField
          label="Catégorie"
          disabled={!canKeep}
          options={POST_CATEGORIES.map((key) => [key, POST_CATEGORY_LABELS[key]] as const)}
          {...form.text('category')}
        />
        <TextField
          label="Nombre de places"
          required
          {...form.text('places')}
          slotProps={{ htmlInput: { readOnly: !canKeep, inputMode: 'numeric', maxLength: 2 } }}
        />
      </Box>
      <TextField label="Description" multiline minRows={3} {...ro} {...form.text('description')} />
      <Typography variant="h3" sx={{ mt: 2 }}>
        Lieu
      </Typography>
      <Box sx={grid}>
        <TextField
          label="Adresse"
          autoComplete="off"
          {...ro}
          {...form.text('street')}
          sx={{ gridColumn: { md: '1 / -1' } }}
        />
        <TextField
          label="Code postal"
          autoComplete="off"
          {...form.text('postalCode')}
          slotProps={{ htmlInput: { readOnly: !canKeep, inputMode: 'numeric', maxLength: 5 } }}
        />
        <TextField label="Commune" autoComplete="off" {...ro} {...form.text('city')} />
      </Box>
      <LocationPicker
        latitude={position.latitude}
        longitude={position.longitude}
        address={{ street: values.street, postalCode: values.postalCode, city: values.city }}
        onChange={(latitude, longitude) => setPosition({ latitude, longitude })}
        readOnly={!canKeep}
      />
      <Typography variant="h3" sx={{ mt: 2 }}>
        Horaires
      </Typography>
      <AvailabilityGrid legend="Créneaux du poste" value={schedule} onChange={setSchedule} disabled={!canKeep} />
      <Typography variant="h3" sx={{ mt: 2 }}>
        Conditions
      </Typography>
      <Box sx={grid}>{(Object.keys(FLAGS) as Flag[]).map(flag)}</Box>
      <CheckboxGroup
        legend="Exigences physiques"
        options={PHYSICAL_DEMANDS.map((key) => [key, PHYSICAL_DEMAND_LABELS[key]] as const)}
        value={physical}
        onChange={setPhysical}
        disabled={!canKeep}
        columns={3}
      />
      <CheckboxGroup
        legend="Infractions exclues"
        options={OFFENCE_CATEGORIES.map((key) => [key, OFFENCE_CATEGORY_LABELS[key]] as const)}
        value={excluded}
        onChange={setExcluded}
        disabled={!canKeep}
      />
      {canKeep ? (
        <ChipsInput label="Compétences utiles" value={skills} onChange={setSkills} />
      ) : (
        <TextField label="Compétences utiles" value={skills.join(', ')} slotProps={{ htmlInput: { readOnly: true } }} />
      )}
      <CheckboxGroup
        legend="Tuteurs du poste"
        options={tutors.map(
          (tutor) => [tutor.id, `${tutor.firstName} ${tutor.lastName}${tutor.role ? ` (${tutor.role})` : ''}`] as const,
        )}
        value={tutorIds}
        onChange={setTutorIds}
        disabled={!canKeep}
        emptyText="Aucun tuteur dans cette structure : ajoutez-en depuis la fiche de la structure."
      />
      <FormErrorAlert error={form.formError} />
      {notice}
      {canKeep && (
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending}>
          {post ? 'Enregistrer le poste' : 'Créer le poste'}
        </Button>
      )}
    </Box>
  );
}
