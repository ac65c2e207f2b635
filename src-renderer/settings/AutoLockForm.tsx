import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { AUTO_LOCK_MAX, AUTO_LOCK_MIN, updateSettingsInput } from '@shared/schemas/settings';
import { useRpc } from '../app/RpcContext';
import { useSession } from '../app/SessionContext';
import { useRpcQuery } from '../app/useRpcQuery';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';

export function AutoLockForm() {
  const rpc = useRpc();
  const { session, refresh } = useSession();
  const isAdmin = session.user?.role === 'admin';
  const settings = useRpcQuery('settings.get', {});
  const form = useZodForm({ autoLockMinutes: '' });
  const [done, setDone] = useState(false);

  const loaded = settings.data?.autoLockMinutes;
  // Fill the field once the stored value arrives.
  useEffect(() => {
    if (loaded !== undefined) form.set('autoLockMinutes', String(loaded));
  }, [loaded]);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    const raw = form.values.autoLockMinutes.trim();
    // An empty or non-numeric entry goes through as NaN so the shared schema gives its own message.
    const minutes = raw === '' ? Number.NaN : Number(raw.replace(',', '.'));
    void form.submit(updateSettingsInput, { autoLockMinutes: minutes }, async (parsed) => {
      await rpc.call('settings.update', parsed);
      await Promise.all([settings.reload(), refresh()]);
      setDone(true);
    });
  };

  return (
    <section aria-labelledby="auto-lock-title">
      <Typography variant="h2" id="auto-lock-title" gutterBottom>
        Verrouillage automatique
      </Typography>
      <Typography sx={{ mb: 1, maxWidth: 720 }}>
        Sans activité pendant ce délai, la session se verrouille : les données restent chiffrées et il faut saisir sa
        phrase de passe pour reprendre.
      </Typography>
      {settings.error && <Alert severity="error">{settings.error.message}</Alert>}
      {isAdmin ? (
        <form onSubmit={onSubmit} noValidate style={{ maxWidth: 520 }}>
          <TextField
            label="Délai de verrouillage automatique (minutes)"
            // Not editable until the stored value is in, or it would overwrite what the user typed.
            disabled={loaded === undefined}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            {...form.text('autoLockMinutes', `Entre ${AUTO_LOCK_MIN} et ${AUTO_LOCK_MAX} minutes.`)}
          />
          <FormErrorAlert error={form.formError} />
          {done && (
            <Alert severity="success" sx={{ mt: 2 }}>
              Délai enregistré.
            </Alert>
          )}
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending || settings.loading}>
            {form.pending ? 'Enregistrement…' : 'Enregistrer le délai'}
          </Button>
        </form>
      ) : (
        loaded !== undefined && (
          <Typography>
            Délai actuel : <strong>{loaded} minutes</strong>. Seul l'administrateur local peut le modifier.
          </Typography>
        )
      )}
    </section>
  );
}
