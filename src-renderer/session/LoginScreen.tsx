import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { loginInput } from '@shared/schemas/session';
import { useRpc } from '../app/RpcContext';
import { useSession } from '../app/SessionContext';
import { useZodForm } from '../forms/useZodForm';
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
  const rpc = useRpc();
  const { setSession } = useSession();
  const form = useZodForm({ username: '', passphrase: '' });
  const [retryUntil, setRetryUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(retryUntil);

  // The server throttles repeated failures: keep the button disabled and count down rather than let users hammer it.
  const retryAfter = form.formError?.retryAfterSeconds;
  useEffect(() => {
    if (retryAfter !== undefined && retryAfter > 0) setRetryUntil(Date.now() + retryAfter * 1000);
  }, [form.formError, retryAfter]);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    void form.submit(loginInput, form.values, async (parsed) => {
      setSession(await rpc.call('session.login', parsed));
    });
  };

  const throttled = secondsLeft > 0;
  return (
    <form onSubmit={onSubmit} noValidate>
      <TextField label="Identifiant" autoComplete="username" autoFocus {...form.text('username')} />
      <TextField label="Phrase de passe" type="password" autoComplete="current-password" {...form.text('passphrase')} />
      {form.formError && (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {retryAfter === undefined ? (
            form.formError.message
          ) : throttled ? (
            // The server's sentence carries a frozen number: show a live countdown instead, without re-announcing it every second.
            <>
              Trop de tentatives infructueuses. Nouvel essai possible dans <span aria-live="off">{secondsLeft}</span> s.
            </>
          ) : (
            'Trop de tentatives infructueuses. Vous pouvez réessayer maintenant.'
          )}
        </Alert>
      )}
      <Button
        type="submit"
        variant="contained"
        size="large"
        fullWidth
        sx={{ mt: 3 }}
        disabled={form.pending || throttled}
      >
        {form.pending ? 'Connexion…' : 'Se connecter'}
      </Button>
      <Button variant="text" fullWidth sx={{ mt: 1 }} onClick={onForgot}>
        Phrase de passe oubliée (administrateur) ?
      </Button>
    </form>
  );
}
