import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { loginInput } from '@shared/schemas/session';
import { formatWaitFr } from '@shared/wait-duration';
import { useSession } from '../app/SessionContext';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { AuthLayout } from './AuthLayout';
import { RecoverForm } from './RecoverForm';
import { useCountdown } from './useCountdown';

export function LoginScreen() {
  const [mode, setMode] = useState<'login' | 'recover'>('login');
  const [notice, setNotice] = useState<string | null>(null);
  const { session } = useSession();

  if (mode === 'recover') {
    return (
      <AuthLayout title="Phrase de passe oubliée" subtitle={session.serviceName}>
        <RecoverForm
          onCancel={() => setMode('login')}
          onDone={() => {
            setNotice('Phrase de passe redéfinie. Connectez-vous avec la nouvelle phrase de passe.');
            setMode('login');
          }}
        />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Connexion" subtitle={session.serviceName}>
      {notice && (
        <Alert severity="success" sx={{ my: 2 }}>
          {notice}
        </Alert>
      )}
      <LoginForm onForgot={() => setMode('recover')} />
    </AuthLayout>
  );
}

function LoginForm({ onForgot }: { onForgot: () => void }) {
  const { setSession } = useSession();
  const form = useForm({ defaultValues: { username: '', passphrase: '' }, resolver: zodResolver(loginInput) });
  const login = useRpcMutation('session.login');
  const [retryUntil, setRetryUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(retryUntil);

  // The server throttles repeated failures: keep the button disabled and count down rather than let users hammer it.
  const retryAfter = login.error?.retryAfterSeconds;
  useEffect(() => {
    if (retryAfter !== undefined && retryAfter > 0) setRetryUntil(Date.now() + retryAfter * 1000);
  }, [login.error, retryAfter]);

  const onSubmit = form.handleSubmit(async (parsed) => {
    try {
      setSession(await login.mutateAsync(parsed));
    } catch (error) {
      showServerError(form, error);
    }
  });

  const serverError = form.formState.errors.root?.server;
  const pending = form.formState.isSubmitting;
  const throttled = secondsLeft > 0;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormTextField control={form.control} name="username" label="Identifiant" autoComplete="username" autoFocus />
      <FormTextField
        control={form.control}
        name="passphrase"
        label="Phrase de passe"
        type="password"
        autoComplete="current-password"
      />
      {serverError && (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {retryAfter === undefined ? (
            serverError.message
          ) : throttled ? (
            // The server's sentence carries a frozen number: show a live countdown instead, without re-announcing it every second.
            <>
              Trop de tentatives infructueuses. Nouvel essai possible dans{' '}
              <span aria-live="off">{formatWaitFr(secondsLeft)}</span>. Un administrateur peut lever cette attente
              (Paramètres, Utilisateurs).
            </>
          ) : (
            'Trop de tentatives infructueuses. Vous pouvez réessayer maintenant.'
          )}
        </Alert>
      )}
      <Button type="submit" variant="contained" size="large" fullWidth sx={{ mt: 3 }} disabled={pending || throttled}>
        {pending ? 'Connexion…' : 'Se connecter'}
      </Button>
      <Button variant="text" fullWidth sx={{ mt: 1 }} onClick={onForgot}>
        Phrase de passe oubliée (administrateur) ?
      </Button>
    </form>
  );
}
