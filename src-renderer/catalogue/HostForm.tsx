import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import {
  HOST_TYPES,
  HOST_TYPE_LABELS,
  NATIONAL_PARTNERSHIPS,
  NATIONAL_PARTNERSHIP_LABELS,
} from '@shared/domain/catalogue/host-types';
import { siretProblem } from '@shared/domain/catalogue/siret';
import { hostInputSchema, type Host } from '@shared/schemas/catalogue';
import { useRpc } from '../app/RpcContext';
import { useNavigate } from 'react-router';
import { blankToNull } from '../cases/labels';
import { SelectField } from '../forms/fields/SelectField';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { LocationPicker } from '../map/LocationPicker';
import { cataloguePaths } from './routes';

const FIELDS = [
  'name',
  'type',
  'siret',
  'street',
  'postalCode',
  'city',
  'nationalPartnership',
  'contactName',
  'contactPhone',
  'contactEmail',
  'notes',
] as const;
type Values = Record<(typeof FIELDS)[number], string>;

function valuesOf(host: Host | null): Values {
  const values = Object.fromEntries(FIELDS.map((key) => [key, ''])) as Values;
  values.type = 'association';
  if (!host) return values;
  for (const key of FIELDS) values[key] = String(host[key] ?? '');
  return values;
}

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
  const rpc = useRpc();
  const form = useZodForm<Values>(valuesOf(host));
  const [position, setPosition] = useState({ latitude: host?.latitude ?? null, longitude: host?.longitude ?? null });
  const { values } = form;
  const readOnly = { slotProps: { htmlInput: { readOnly: !canKeep } } };

  const siret = values.siret.replace(/\s+/g, '');
  const siretCheck = siret === '' ? null : siretProblem(siret);
  const siretField = form.text('siret');
  const siretHelp = siretField.error
    ? siretField.helperText
    : siret === ''
      ? '14 chiffres, facultatif pour une collectivité.'
      : (siretCheck ?? 'SIRET valide.');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onDismiss?.();
    const input = {
      name: values.name,
      type: values.type,
      siret: blankToNull(values.siret),
      street: blankToNull(values.street),
      postalCode: blankToNull(values.postalCode),
      city: blankToNull(values.city),
      latitude: position.latitude,
      longitude: position.longitude,
      nationalPartnership: blankToNull(values.nationalPartnership),
      contactName: blankToNull(values.contactName),
      contactPhone: blankToNull(values.contactPhone),
      contactEmail: blankToNull(values.contactEmail),
      notes: blankToNull(values.notes),
    };
    void form.submit(hostInputSchema, input, async (parsed) => {
      if (host) {
        await rpc.call('hosts.update', { id: host.id, host: parsed });
        onSaved();
      } else {
        const created = await rpc.call('hosts.create', parsed);
        navigate(cataloguePaths.host(created.id));
      }
    });
  };

  return (
    <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 960 }} aria-label="Identité de la structure">
      <Box sx={grid}>
        <TextField
          label="Nom de la structure"
          required
          autoComplete="off"
          {...readOnly}
          {...form.text('name')}
          sx={{ gridColumn: { md: '1 / -1' } }}
        />
        <SelectField
          label="Type de structure"
          disabled={!canKeep}
          options={HOST_TYPES.map((type) => [type, HOST_TYPE_LABELS[type]] as const)}
          {...form.text('type')}
        />
        <TextField
          label="SIRET"
          autoComplete="off"
          {...readOnly}
          {...siretField}
          error={siretField.error || (canKeep && siretCheck !== null)}
          helperText={siretHelp}
          slotProps={{ htmlInput: { readOnly: !canKeep, inputMode: 'numeric', maxLength: 17 } }}
        />
        <TextField
          label="Adresse"
          autoComplete="off"
          {...readOnly}
          {...form.text('street')}
          sx={{ gridColumn: { md: '1 / -1' } }}
        />
        <TextField
          label="Code postal"
          autoComplete="off"
          {...form.text('postalCode')}
          slotProps={{ htmlInput: { readOnly: !canKeep, inputMode: 'numeric', maxLength: 5 } }}
        />
        <TextField label="Commune" autoComplete="off" {...readOnly} {...form.text('city')} />
        <SelectField
          label="Partenariat national"
          emptyLabel="Aucun"
          disabled={!canKeep}
          options={NATIONAL_PARTNERSHIPS.map((key) => [key, NATIONAL_PARTNERSHIP_LABELS[key]] as const)}
          {...form.text('nationalPartnership')}
        />
      </Box>
      <LocationPicker
        latitude={position.latitude}
        longitude={position.longitude}
        address={{ street: values.street, postalCode: values.postalCode, city: values.city }}
        onChange={(latitude, longitude) => setPosition({ latitude, longitude })}
        readOnly={!canKeep}
      />
      <Typography variant="h3" sx={{ mt: 2 }}>
        Contact
      </Typography>
      <Box sx={grid}>
        <TextField label="Nom du contact" autoComplete="off" {...readOnly} {...form.text('contactName')} />
        <TextField
          label="Téléphone du contact"
          type="tel"
          autoComplete="off"
          {...readOnly}
          {...form.text('contactPhone')}
        />
        <TextField
          label="E-mail du contact"
          type="email"
          autoComplete="off"
          {...readOnly}
          {...form.text('contactEmail')}
        />
      </Box>
      <TextField label="Notes" multiline minRows={2} {...readOnly} {...form.text('notes')} />
      <FormErrorAlert error={form.formError} />
      {saved && (
        <Alert severity="success" sx={{ mt: 2 }} onClose={onDismiss}>
          Structure enregistrée.
        </Alert>
      )}
      {canKeep && (
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending}>
          {host ? 'Enregistrer la structure' : 'Créer la structure'}
        </Button>
      )}
    </Box>
  );
}
