import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { letterheadInput, type Letterhead } from '@shared/schemas/documents';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormTextField } from '../forms/fields/FormTextField';
import { contractResolver } from '../forms/contractResolver';
import { showServerError } from '../forms/serverErrors';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { LogoField } from './LogoField';

/** The form holds every field as text; no logo is '' here and null in the contract. */
type LetterheadValues = { [K in keyof Letterhead]: string };

function valuesOf(letterhead: Letterhead): LetterheadValues {
  return { ...letterhead, logoDataUrl: letterhead.logoDataUrl ?? '' };
}

function toInput(values: LetterheadValues) {
  return { ...values, logoDataUrl: values.logoDataUrl === '' ? null : values.logoDataUrl };
}

/** Settings tab "En-tête des documents": what every printed document carries at its top and in its signature. */
export function LetterheadPage() {
  const query = useQuery(rpcQuery('letterhead.get', {}));
  // Held here: the form is remounted with the stored values after a save (which makes them stale).
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="letterhead-title">
      <Typography variant="h2" id="letterhead-title" gutterBottom>
        En-tête des documents
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Imprimé en haut de chaque document ; le directeur ou son délégué signe les décisions.
      </Typography>
      {query.error && <Alert severity="error">{query.error.message}</Alert>}
      {query.isPending && <LinearProgress aria-label="Chargement de l’en-tête" />}
      {query.data && (
        <LetterheadForm
          key={JSON.stringify(query.data)}
          letterhead={query.data}
          saved={saved}
          onEdit={() => setSaved(false)}
          onSaved={() => setSaved(true)}
        />
      )}
    </section>
  );
}

function LetterheadForm({
  letterhead,
  saved,
  onEdit,
  onSaved,
}: {
  letterhead: Letterhead;
  saved: boolean;
  onEdit: () => void;
  onSaved: () => void;
}) {
  const form = useForm({ defaultValues: valuesOf(letterhead), resolver: contractResolver(letterheadInput, toInput) });
  const update = useRpcMutation('letterhead.update');

  const onSubmit = (event: FormEvent) => {
    onEdit();
    void form.handleSubmit(async (values) => {
      try {
        await update.mutateAsync(toInput(values));
        onSaved();
      } catch (error) {
        showServerError(form, error);
      }
    })(event);
  };
  const pending = form.formState.isSubmitting;

  return (
    <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 720 }}>
      <FormTextField control={form.control} name="serviceName" label="Nom du service" required />
      <FormTextField control={form.control} name="address" label="Adresse" multiline minRows={3} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 }}>
        <FormTextField control={form.control} name="phone" label="Téléphone" type="tel" />
        <FormTextField control={form.control} name="email" label="Courriel" type="email" />
      </Box>
      <FormTextField control={form.control} name="directorName" label="Nom du directeur" />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 }}>
        <FormTextField control={form.control} name="delegateName" label="Nom du délégué signataire" />
        <FormTextField
          control={form.control}
          name="delegateTitle"
          label="Titre du délégué"
          helperText="Par exemple : directeur adjoint, chef d’antenne."
        />
      </Box>
      <Controller
        control={form.control}
        name="logoDataUrl"
        render={({ field, fieldState }) => (
          <LogoField
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message}
            disabled={pending}
          />
        )}
      />
      <FormErrorAlert error={form.formState.errors.root?.server} />
      {saved && (
        <Alert severity="success" sx={{ mt: 2 }}>
          En-tête enregistré.
        </Alert>
      )}
      <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={pending}>
        Enregistrer l’en-tête
      </Button>
    </Box>
  );
}
