import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { updateSettingsInput } from '@shared/schemas/settings';
import { useRpc } from '../app/RpcContext';
import { useSession } from '../app/SessionContext';
import { useRpcQuery } from '../app/useRpcQuery';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';

export function ServicePage() {
  const rpc = useRpc();
  const { session, refresh } = useSession();
  const isAdmin = session.user?.role === 'admin';
  const settings = useRpcQuery('settings.get', {});
  const form = useZodForm({ serviceName: '' });
  const [done, setDone] = useState(false);

  const loaded = settings.data?.serviceName;
  // Fill the field once the stored value arrives.
  useEffect(() => {
    if (loaded !== undefined) form.set('serviceName', loaded);
  }, [loaded]);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    void form.submit(updateSettingsInput, { serviceName: form.values.serviceName }, async (parsed) => {
      await rpc.call('settings.update', parsed);
      // The app bar shows the service name from the session state.
      await Promise.all([settings.reload(), refresh()]);
      setDone(true);
    });
  };

  return (
    <section aria-labelledby="service-title">
      <Typography variant="h2" id="service-title" gutterBottom>
        Service
      </Typography>
      {settings.error && <Alert severity="error">{settings.error.message}</Alert>}
      {isAdmin ? (
        <form onSubmit={onSubmit} noValidate style={{ maxWidth: 520 }}>
          <TextField
            label="Nom du service"
            // Not editable until the stored value is in, or it would overwrite what the user typed.
            disabled={loaded === undefined}
            {...form.text('serviceName', "Affiché en haut de l'écran et sur les documents imprimés.")}
          />
          <FormErrorAlert error={form.formError} />
          {done && (
            <Alert severity="success" sx={{ mt: 2 }}>
              Nom du service enregistré.
            </Alert>
          )}
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending || settings.loading}>
            {form.pending ? 'Enregistrement…' : 'Enregistrer'}
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
