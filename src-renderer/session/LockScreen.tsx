import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { unlockInput } from '@shared/schemas/session';
import { useSession } from '../app/SessionContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { AuthLayout } from './AuthLayout';

export function LockScreen() {
  const { session, setSession } = useSession();
  const form = useForm({ defaultValues: { passphrase: '' }, resolver: zodResolver(unlockInput) });
  const unlock = useRpcMutation('session.unlock');
  const logout = useRpcMutation('session.logout', { onSuccess: setSession });
  const name = session.user?.displayName ?? "l'utilisateur";

  const onSubmit = form.handleSubmit(async (parsed) => {
    try {
      setSession(await unlock.mutateAsync(parsed));
    } catch (error) {
      showServerError(form, error);
    }
  });
  const pending = form.formState.isSubmitting;

  return (
    <AuthLayout title={`Session de ${name} verrouillée`} subtitle={session.serviceName}>
      <form onSubmit={onSubmit} noValidate>
        <FormTextField
          control={form.control}
          name="passphrase"
          label="Phrase de passe"
          type="password"
          autoComplete="current-password"
          autoFocus
          helperText="Saisissez votre phrase de passe pour reprendre là où vous en étiez."
        />
        <FormErrorAlert error={form.formState.errors.root?.server ?? logout.error} />
        <Stack direction="row" spacing={2} sx={{ mt: 3, justifyContent: 'space-between' }}>
          <Button variant="outlined" onClick={() => logout.mutate({})} disabled={logout.isPending}>
            Se déconnecter
          </Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Déverrouillage…' : 'Déverrouiller'}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
