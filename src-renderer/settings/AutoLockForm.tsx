import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { AUTO_LOCK_MAX, AUTO_LOCK_MIN, updateSettingsInput } from '@shared/schemas/settings';
import { useSession } from '../app/SessionContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormTextField } from '../forms/fields/FormTextField';
import { contractResolver } from '../forms/contractResolver';
import { showServerError } from '../forms/serverErrors';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';

/** The minutes as typed; an empty or non-numeric entry goes through as NaN so the shared schema gives its own message. */
function toInput(values: { autoLockMinutes: string }) {
  const raw = values.autoLockMinutes.trim();
  return { autoLockMinutes: raw === '' ? Number.NaN : Number(raw.replace(',', '.')) };
}

export function AutoLockForm() {
  const { session, refresh } = useSession();
  const isAdmin = session.user?.role === 'admin';
  const settings = useQuery(rpcQuery('settings.get', {}));
  const loaded = settings.data?.autoLockMinutes;
  const form = useForm({
    defaultValues: { autoLockMinutes: '' },
    // Filled once the stored value arrives, and again after a save.
    values: loaded === undefined ? undefined : { autoLockMinutes: String(loaded) },
    resolver: contractResolver(updateSettingsInput, toInput),
  });
  const update = useRpcMutation('settings.update');
  const [done, setDone] = useState(false);

  const onSubmit = (event: React.FormEvent) => {
    setDone(false);
    void form.handleSubmit(async (values) => {
      try {
        await update.mutateAsync(toInput(values));
        // The session state carries the delay the activity ping works with.
        await refresh();
        setDone(true);
      } catch (error) {
        showServerError(form, error);
      }
    })(event);
  };
  const pending = form.formState.isSubmitting;

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
          <FormTextField
            control={form.control}
            name="autoLockMinutes"
            label="Délai de verrouillage automatique (minutes)"
            // Not editable until the stored value is in, or it would overwrite what the user typed.
            disabled={loaded === undefined}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            helperText={`Entre ${AUTO_LOCK_MIN} et ${AUTO_LOCK_MAX} minutes.`}
          />
          <FormErrorAlert error={form.formState.errors.root?.server} />
          {done && (
            <Alert severity="success" sx={{ mt: 2 }}>
              Délai enregistré.
            </Alert>
          )}
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={pending || settings.isPending}>
            {pending ? 'Enregistrement…' : 'Enregistrer le délai'}
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
