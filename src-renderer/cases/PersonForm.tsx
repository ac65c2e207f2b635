import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import TextField from '@mui/material/TextField';
import { SITUATION_LABELS, type PersonInput } from '@shared/schemas/persons';
import type { ZodForm } from '../forms/useZodForm';
import { LocationPicker } from '../map/LocationPicker';
import { blankToNull } from './labels';
import { SelectField, optionsOf } from '../forms/fields/SelectField';

export type FormValues = Record<string, string | boolean>;

export const PERSON_TEXT_FIELDS = [
  'lastName',
  'firstName',
  'birthDate',
  'birthPlace',
  'phone',
  'email',
  'street',
  'postalCode',
  'city',
  'latitude',
  'longitude',
  'situation',
] as const;

/** Empty values for the identity form, keys prefixed as the input path ('person.lastName'). */
export function emptyPersonValues(prefix: string): FormValues {
  return Object.fromEntries(PERSON_TEXT_FIELDS.map((key) => [`${prefix}${key}`, '']));
}

/** The identity part of a person's input from the form values. */
export function personIdentityInput(values: FormValues, prefix: string) {
  const get = (key: string) => String(values[`${prefix}${key}`] ?? '');
  return {
    lastName: get('lastName'),
    firstName: get('firstName'),
    birthDate: get('birthDate'),
    birthPlace: blankToNull(get('birthPlace')),
    phone: blankToNull(get('phone')),
    email: blankToNull(get('email')),
    street: blankToNull(get('street')),
    postalCode: blankToNull(get('postalCode')),
    city: blankToNull(get('city')),
    latitude: coordinateOf(get('latitude')),
    longitude: coordinateOf(get('longitude')),
    situation: blankToNull(get('situation')) as PersonInput['situation'],
  };
}

/** The home's coordinates are kept in the form values as plain number text ('' for none), set by the picker. */
function coordinateOf(text: string): number | null {
  return text === '' ? null : Number(text);
}

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 } as const;

/** Identity, contact, address and situation. Field names carry the input path so server errors land here. */
export function PersonForm({
  form,
  prefix = '',
  headingLevel = 'h3',
}: {
  form: ZodForm<FormValues>;
  prefix?: string;
  headingLevel?: 'h2' | 'h3';
}) {
  const field = (key: string, help?: string) => form.text(`${prefix}${key}`, help);
  const get = (key: string) => String(form.values[`${prefix}${key}`] ?? '');
  const dateProps = { type: 'date', slotProps: { inputLabel: { shrink: true } } } as const;
  return (
    <>
      <Typography variant="h3" component={headingLevel} sx={{ mt: 2 }}>
        Identité
      </Typography>
      <Box sx={grid}>
        <TextField label="Nom" required autoComplete="off" {...field('lastName')} />
        <TextField label="Prénom" required autoComplete="off" {...field('firstName')} />
        <TextField label="Date de naissance" required {...dateProps} {...field('birthDate')} />
        <TextField label="Lieu de naissance" autoComplete="off" {...field('birthPlace')} />
      </Box>
      <Typography variant="h3" component={headingLevel} sx={{ mt: 2 }}>
        Contact et adresse
      </Typography>
      <Box sx={grid}>
        <TextField label="Téléphone" type="tel" autoComplete="off" {...field('phone')} />
        <TextField label="Adresse e-mail" type="email" autoComplete="off" {...field('email')} />
        <TextField label="Adresse" autoComplete="off" {...field('street')} sx={{ gridColumn: { md: '1 / -1' } }} />
        <TextField
          label="Code postal"
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 5 } }}
          {...field('postalCode')}
        />
        <TextField label="Commune" autoComplete="off" {...field('city')} />
      </Box>
      <LocationPicker
        latitude={coordinateOf(get('latitude'))}
        longitude={coordinateOf(get('longitude'))}
        address={{ street: get('street'), postalCode: get('postalCode'), city: get('city') }}
        onChange={(latitude, longitude) => {
          form.set(`${prefix}latitude`, latitude === null ? '' : String(latitude));
          form.set(`${prefix}longitude`, longitude === null ? '' : String(longitude));
        }}
      />
      <Box sx={grid}>
        <SelectField
          label="Situation"
          emptyLabel="Non renseignée"
          options={optionsOf(SITUATION_LABELS)}
          {...field('situation')}
        />
      </Box>
    </>
  );
}
