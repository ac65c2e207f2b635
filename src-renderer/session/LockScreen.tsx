import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { unlockInput } from '@shared/schemas/session';
import { useRpc } from '../app/RpcContext';
import { useSession } from '../app/SessionContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { AuthLayout } from './AuthLayout';

export function LockScreen() {
  const rpc = useRpc();
  const { session, setSession } = useSession();
  const form = useZodForm({ passphrase: '' });
  const [leaving, setLeaving] = useState(false);
  const name = session.user?.displayName ?? "l'utilisateur";

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    void form.submit(unlockInput, form.values, async (parsed) => {
      setSession(await rpc.call('session.unlock', parsed));
    });
  };

  const logout = async () => {
    setLeaving(true);
    try {
      setSession(await rpc.call('session.logout', {}));
    } finally {
      setLeaving(false);
    }
  };

  return (
    <AuthLayout title={`Session de ${name} verrouillée`} subtitle={session.serviceName}>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label="Phrase de passe"
          type="password"
          autoComplete="current-password"
          autoFocus
          {...form.text('passphrase', 'Saisissez votre phrase de passe pour reprendre là où vous en étiez.')}
        />
        <FormErrorAlert error={form.formError} />
        <Stack direction="row" spacing={2} sx={{ mt: 3, justifyContent: 'space-between' }}>
          <Button variant="outlined" onClick={() => void logout()} disabled={leaving}>
            Se déconnecter
          </Button>
          <Button type="submit" variant="contained" disabled={form.pending}>
            {form.pending ? 'Déverrouillage…' : 'Déverrouiller'}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
