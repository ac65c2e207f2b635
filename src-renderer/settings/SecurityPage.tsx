import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { changePassphraseInput } from '@shared/schemas/session';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { confirmationIssue } from '../forms/passphraseHint';
import { useZodForm } from '../forms/useZodForm';
import { AutoLockForm } from './AutoLockForm';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';
import { useSession } from '../app/SessionContext';
import { RenewRecoveryKeySection } from './RenewRecoveryKeySection';

export function SecurityPage() {
  const { session } = useSession();
  return (
    <>
      <ChangePassphraseForm />
      <Divider sx={{ my: 4 }} />
      <AutoLockForm />
      {session.user?.role === 'admin' && (
        <>
          <Divider sx={{ my: 4 }} />
          <RenewRecoveryKeySection />
        </>
      )}
    </>
  );
}

function ChangePassphraseForm() {
  const rpc = useRpc();
  const form = useZodForm({ current: '', next: '', confirmation: '' });
  const [done, setDone] = useState(false);
  const { values } = form;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    void form.submit(
      changePassphraseInput,
      { current: values.current, next: values.next },
      async (parsed) => {
        await rpc.call('session.changePassphrase', parsed);
        form.reset();
        setDone(true);
      },
      confirmationIssue(values.next, values.confirmation),
    );
  };

  return (
    <section aria-labelledby="change-passphrase-title">
      <Typography variant="h2" id="change-passphrase-title" gutterBottom>
        Changer ma phrase de passe
      </Typography>
      <form onSubmit={onSubmit} noValidate style={{ maxWidth: 520 }}>
        <TextField
          label="Phrase de passe actuelle"
          type="password"
          autoComplete="current-password"
          {...form.text('current')}
        />
        <NewPassphraseFields
          form={form}
          name="next"
          label="Nouvelle phrase de passe"
          confirmationLabel="Confirmation de la nouvelle phrase de passe"
        />
        <FormErrorAlert error={form.formError} />
        {done && (
          <Alert severity="success" sx={{ mt: 2 }}>
            Votre phrase de passe a été changée.
          </Alert>
        )}
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending}>
          {form.pending ? 'Enregistrement…' : 'Changer la phrase de passe'}
        </Button>
      </form>
    </section>
  );
}
