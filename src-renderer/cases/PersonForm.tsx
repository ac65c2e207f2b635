import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { SITUATION_LABELS, type Person, type PersonInput } from '@shared/schemas/persons';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { optionsOf } from '../forms/fields/SelectField';
import { LocationPicker } from '../map/LocationPicker';
import { blankToNull } from './labels';

/** The identity form's values, as typed ('' for empty); the home's coordinates are set by the map picker. */
export interface PersonIdentityValues {
  lastName: string;
  firstName: string;
  birthDate: string;
  birthPlace: string;
  phone: string;
  email: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: number | null;
  longitude: number | null;
  situation: string;
}

/** Forms that hold a person's identity under "person", the path the server's field errors use. */
export interface PersonScope {
  person: PersonIdentityValues;
}

export function emptyPersonIdentity(): PersonIdentityValues {
  return {
    lastName: '',
    firstName: '',
    birthDate: '',
    birthPlace: '',
    phone: '',
    email: '',
    street: '',
    postalCode: '',
    city: '',
    latitude: null,
    longitude: null,
    situation: '',
  };
}

export function personIdentityValues(person: Person): PersonIdentityValues {
  const text = (value: string | null) => value ?? '';
  return {
    lastName: person.lastName,
    firstName: person.firstName,
    birthDate: person.birthDate,
    birthPlace: text(person.birthPlace),
    phone: text(person.phone),
    email: text(person.email),
    street: text(person.street),
    postalCode: text(person.postalCode),
    city: text(person.city),
    latitude: person.latitude,
    longitude: person.longitude,
    situation: text(person.situation),
  };
}

/** The identity part of a person's input from the form values. */
export function personIdentityInput(values: PersonIdentityValues) {
  return {
    lastName: values.lastName,
    firstName: values.firstName,
    birthDate: values.birthDate,
    birthPlace: blankToNull(values.birthPlace),
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    street: blankToNull(values.street),
    postalCode: blankToNull(values.postalCode),
    city: blankToNull(values.city),
    latitude: values.latitude,
    longitude: values.longitude,
    situation: blankToNull(values.situation) as PersonInput['situation'],
  };
}

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 } as const;

/** Identity, contact, address and situation, bound to the form's "person" values. */
export function PersonForm<V extends PersonScope, C, O>({
  form,
  headingLevel = 'h3',
}: {
  form: UseFormReturn<V, C, O>;
  headingLevel?: 'h2' | 'h3';
}) {
  // The fields only touch "person": the rest of the form is the caller's.
  const { control, setValue } = form as unknown as UseFormReturn<PersonScope>;
  const person = useWatch({ control, name: 'person' });
  return (
    <>
      <Typography variant="h3" component={headingLevel} sx={{ mt: 2 }}>
        Identité
      </Typography>
      <Box sx={grid}>
        <FormTextField control={control} name="person.lastName" label="Nom" required autoComplete="off" />
        <FormTextField control={control} name="person.firstName" label="Prénom" required autoComplete="off" />
        <FormDateField control={control} name="person.birthDate" label="Date de naissance" required />
        <FormTextField control={control} name="person.birthPlace" label="Lieu de naissance" autoComplete="off" />
      </Box>
      <Typography variant="h3" component={headingLevel} sx={{ mt: 2 }}>
        Contact et adresse
      </Typography>
      <Box sx={grid}>
        <FormTextField control={control} name="person.phone" label="Téléphone" type="tel" autoComplete="off" />
        <FormTextField control={control} name="person.email" label="Adresse e-mail" type="email" autoComplete="off" />
        <FormTextField
          control={control}
          name="person.street"
          label="Adresse"
          autoComplete="off"
          sx={{ gridColumn: { md: '1 / -1' } }}
        />
        <FormTextField
          control={control}
          name="person.postalCode"
          label="Code postal"
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 5 } }}
        />
        <FormTextField control={control} name="person.city" label="Commune" autoComplete="off" />
      </Box>
      <LocationPicker
        latitude={person.latitude}
        longitude={person.longitude}
        address={{ street: person.street, postalCode: person.postalCode, city: person.city }}
        purpose="person"
        onChange={(latitude, longitude) => {
          setValue('person.latitude', latitude, { shouldDirty: true });
          setValue('person.longitude', longitude, { shouldDirty: true });
        }}
      />
      <Box sx={grid}>
        <FormSelectField
          control={control}
          name="person.situation"
          label="Situation"
          emptyLabel="Non renseignée"
          options={optionsOf(SITUATION_LABELS)}
        />
      </Box>
    </>
  );
}
