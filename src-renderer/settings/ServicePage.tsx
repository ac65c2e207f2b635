import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { updateSettingsInput } from '@shared/schemas/settings';
import { useSession } from '../app/SessionContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';

export function ServicePage() {
  const { session, refresh } = useSession();
  const isAdmin = session.user?.role === 'admin';
  const settings = useQuery(rpcQuery('settings.get', {}));
  const loaded = settings.data?.serviceName;
  const form = useForm({
    defaultValues: { serviceName: '' },
    // Filled once the stored value arrives, and again after a save.
    values: loaded === undefined ? undefined : { serviceName: loaded },
    resolver: zodResolver(updateSettingsInput),
  });
  const update = useRpcMutation('settings.update');
  const [done, setDone] = useState(false);

  const onSubmit = (event: React.FormEvent) => {
    setDone(false);
    void form.handleSubmit(async (parsed) => {
      try {
        await update.mutateAsync(parsed);
        // The app bar shows the service name from the session state.
        await refresh();
        setDone(true);
      } catch (error) {
        showServerError(form, error);
      }
    })(event);
  };
  const pending = form.formState.isSubmitting;

  return (
    <section aria-labelledby="service-title">
      <Typography variant="h2" id="service-title" gutterBottom>
        Service
      </Typography>
      {settings.error && <Alert severity="error">{settings.error.message}</Alert>}
      {isAdmin ? (
        <form onSubmit={onSubmit} noValidate style={{ maxWidth: 520 }}>
          <FormTextField
            control={form.control}
            name="serviceName"
            label="Nom du service"
            // Not editable until the stored value is in, or it would overwrite what the user typed.
            disabled={loaded === undefined}
            helperText="Affiché en haut de l'écran et sur les documents imprimés."
          />
          <FormErrorAlert error={form.formState.errors.root?.server} />
          {done && (
            <Alert severity="success" sx={{ mt: 2 }}>
              Nom du service enregistré.
            </Alert>
          )}
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={pending || settings.isPending}>
            {pending ? 'Enregistrement…' : 'Enregistrer'}
          </Button>
        </form>
      ) : (
        loaded !== undefined && (
          <Typography>
            Nom du service : <strong>{loaded}</strong>. Seul l'administrateur local peut le modifier.
          </Typography>
        )
      )}
    </section>
  );
}
