import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { letterheadInput, type Letterhead } from '@shared/schemas/documents';
import { useRpc } from '../app/RpcContext';
import { useRpcQuery } from '../app/useRpcQuery';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { LogoField } from './LogoField';

type LetterheadValues = { [K in keyof Letterhead]: string };

function valuesOf(letterhead: Letterhead): LetterheadValues {
  return { ...letterhead, logoDataUrl: letterhead.logoDataUrl ?? '' };
}

/** Settings tab "En-tête des documents": what every printed document carries at its top and in its signature. */
export function LetterheadPage() {
  const query = useRpcQuery('letterhead.get', {});
  // Held here: the form is remounted with the stored values after a save.
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
      {query.loading && !query.data && <LinearProgress aria-label="Chargement de l’en-tête" />}
      {query.data && (
        <LetterheadForm
          key={JSON.stringify(query.data)}
          letterhead={query.data}
          saved={saved}
          onEdit={() => setSaved(false)}
          onSaved={() => {
            setSaved(true);
            void query.reload();
          }}
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
  const rpc = useRpc();
  const form = useZodForm<LetterheadValues>(valuesOf(letterhead));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onEdit();
    const { values } = form;
    const input = { ...values, logoDataUrl: values.logoDataUrl === '' ? null : values.logoDataUrl };
    void form.submit(letterheadInput, input, async (parsed) => {
      await rpc.call('letterhead.update', parsed);
      onSaved();
    });
  };

  return (
    <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 720 }}>
      <TextField label="Nom du service" required {...form.text('serviceName')} />
      <TextField label="Adresse" multiline minRows={3} {...form.text('address')} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 }}>
        <TextField label="Téléphone" type="tel" {...form.text('phone')} />
        <TextField label="Courriel" type="email" {...form.text('email')} />
      </Box>
      <TextField label="Nom du directeur" {...form.text('directorName')} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 }}>
        <TextField label="Nom du délégué signataire" {...form.text('delegateName')} />
        <TextField
          label="Titre du délégué"
          {...form.text('delegateTitle', 'Par exemple : directeur adjoint, chef d’antenne.')}
        />
      </Box>
      <LogoField
        value={form.values.logoDataUrl}
        onChange={(dataUrl) => form.set('logoDataUrl', dataUrl)}
        error={form.fieldErrors.logoDataUrl}
        disabled={form.pending}
      />
      <FormErrorAlert error={form.formError} />
      {saved && (
        <Alert severity="success" sx={{ mt: 2 }}>
          En-tête enregistré.
        </Alert>
      )}
      <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending}>
        Enregistrer l’en-tête
      </Button>
    </Box>
  );
}
