import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FormEvent } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import {
  HOST_TYPES,
  HOST_TYPE_LABELS,
  NATIONAL_PARTNERSHIPS,
  NATIONAL_PARTNERSHIP_LABELS,
  type HostType,
  type NationalPartnership,
} from '@shared/domain/catalogue/host-types';
import { siretProblem } from '@shared/domain/catalogue/siret';
import { hostInputSchema, type Host } from '@shared/schemas/catalogue';
import { blankToNull } from '../cases/labels';
import { contractResolver } from '../forms/contractResolver';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { showServerError } from '../forms/serverErrors';
import { LocationPicker } from '../map/LocationPicker';
import { useRpcMutation } from '../queries/useRpcMutation';
import { cataloguePaths } from './routes';

interface HostValues {
  name: string;
  type: string;
  siret: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  nationalPartnership: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  notes: string | null;
}

function valuesOf(host: Host | null): HostValues {
  return {
    name: host?.name ?? '',
    type: host?.type ?? 'association',
    siret: host?.siret ?? '',
    street: host?.street ?? '',
    postalCode: host?.postalCode ?? '',
    city: host?.city ?? '',
    latitude: host?.latitude ?? null,
    longitude: host?.longitude ?? null,
    nationalPartnership: host?.nationalPartnership ?? '',
    contactName: host?.contactName ?? '',
    contactPhone: host?.contactPhone ?? '',
    contactEmail: host?.contactEmail ?? '',
    notes: host?.notes ?? '',
  };
}

// The schema trims the texts and empties them to null; "Aucun" partnership is none.
const toInput = (values: HostValues) => ({
  ...values,
  type: values.type as HostType,
  nationalPartnership: blankToNull(values.nationalPartnership ?? '') as NationalPartnership | null,
});
const hostResolver = contractResolver(hostInputSchema, toInput);

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 } as const;

/** Identity of a host organisation; creates it when `host` is null. Read-only for those who do not keep the catalogue. */
export function HostForm({
  host,
  canKeep,
  saved = false,
  onSaved,
  onDismiss,
}: {
  host: Host | null;
  canKeep: boolean;
  saved?: boolean;
  onSaved: () => void;
  onDismiss?: () => void;
}) {
  const navigate = useNavigate();
  const form = useForm({ defaultValues: valuesOf(host), resolver: hostResolver });
  const create = useRpcMutation('hosts.create');
  const update = useRpcMutation('hosts.update');
  const [siretValue, street, postalCode, city, latitude, longitude] = useWatch({
    control: form.control,
    name: ['siret', 'street', 'postalCode', 'city', 'latitude', 'longitude'],
  });
  const readOnly = { slotProps: { htmlInput: { readOnly: !canKeep } } };

  const siret = (siretValue ?? '').replace(/\s+/g, '');
  const siretCheck = siret === '' ? null : siretProblem(siret);
  const siretHelp = siret === '' ? '14 chiffres, facultatif pour une collectivité.' : (siretCheck ?? 'SIRET valide.');

  const submit = form.handleSubmit(async (values) => {
    try {
      if (host) {
        await update.mutateAsync({ id: host.id, host: toInput(values) });
        onSaved();
      } else {
        const created = await create.mutateAsync(toInput(values));
        navigate(cataloguePaths.host(created.id));
      }
    } catch (error) {
      showServerError(form, error);
    }
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    onDismiss?.();
    void submit(event);
  };

  return (
    <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 960 }} aria-label="Identité de la structure">
      <Box sx={grid}>
        <FormTextField
          control={form.control}
          name="name"
          label="Nom de la structure"
          required
          autoComplete="off"
          {...readOnly}
          sx={{ gridColumn: { md: '1 / -1' } }}
        />
        <FormSelectField
          control={form.control}
          name="type"
          label="Type de structure"
          disabled={!canKeep}
          options={HOST_TYPES.map((type) => [type, HOST_TYPE_LABELS[type]] as const)}
        />
        <Controller
          control={form.control}
          name="siret"
          render={({ field, fieldState }) => (
            <TextField
              id="field-siret"
              label="SIRET"
              autoComplete="off"
              name={field.name}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error !== undefined || (canKeep && siretCheck !== null)}
              helperText={fieldState.error?.message ?? siretHelp}
              slotProps={{ htmlInput: { readOnly: !canKeep, inputMode: 'numeric', maxLength: 17 } }}
            />
          )}
        />
        <FormTextField
          control={form.control}
          name="street"
          label="Adresse"
          autoComplete="off"
          {...readOnly}
          sx={{ gridColumn: { md: '1 / -1' } }}
        />
        <FormTextField
          control={form.control}
          name="postalCode"
          label="Code postal"
          autoComplete="off"
          slotProps={{ htmlInput: { readOnly: !canKeep, inputMode: 'numeric', maxLength: 5 } }}
        />
        <FormTextField control={form.control} name="city" label="Commune" autoComplete="off" {...readOnly} />
        <FormSelectField
          control={form.control}
          name="nationalPartnership"
          label="Partenariat national"
          emptyLabel="Aucun"
          disabled={!canKeep}
          options={NATIONAL_PARTNERSHIPS.map((key) => [key, NATIONAL_PARTNERSHIP_LABELS[key]] as const)}
        />
      </Box>
      <LocationPicker
        latitude={latitude}
        longitude={longitude}
        address={{ street, postalCode, city }}
        purpose="host"
        onChange={(nextLatitude, nextLongitude) => {
          form.setValue('latitude', nextLatitude, { shouldDirty: true });
          form.setValue('longitude', nextLongitude, { shouldDirty: true });
        }}
        readOnly={!canKeep}
      />
      <Typography variant="h3" sx={{ mt: 2 }}>
        Contact
      </Typography>
      <Box sx={grid}>
        <FormTextField
          control={form.control}
          name="contactName"
          label="Nom du contact"
          autoComplete="off"
          {...readOnly}
        />
        <FormTextField
          control={form.control}
          name="contactPhone"
          label="Téléphone du contact"
          type="tel"
          autoComplete="off"
          {...readOnly}
        />
        <FormTextField
          control={form.control}
          name="contactEmail"
          label="E-mail du contact"
          type="email"
          autoComplete="off"
          {...readOnly}
        />
      </Box>
      <FormTextField control={form.control} name="notes" label="Notes" multiline minRows={2} {...readOnly} />
      <FormErrorAlert error={form.formState.errors.root?.server} />
      {saved && (
        <Alert severity="success" sx={{ mt: 2 }} onClose={onDismiss}>
          Structure enregistrée.
        </Alert>
      )}
      {canKeep && (
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.formState.isSubmitting}>
          {host ? 'Enregistrer la structure' : 'Créer la structure'}
        </Button>
      )}
    </Box>
  );
}
