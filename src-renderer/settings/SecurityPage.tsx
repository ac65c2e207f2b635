import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { changePassphraseInput } from '@shared/schemas/session';
import { useSession } from '../app/SessionContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormTextField } from '../forms/fields/FormTextField';
import { contractResolver } from '../forms/contractResolver';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';
import { confirmationIssue, withoutConfirmation } from '../forms/passphraseHint';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { AutoLockForm } from './AutoLockForm';
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

const BLANK = { current: '', next: '', confirmation: '' };

function ChangePassphraseForm() {
  const form = useForm({
    defaultValues: BLANK,
    resolver: contractResolver(changePassphraseInput, withoutConfirmation, (values) =>
      confirmationIssue(values.next, values.confirmation),
    ),
  });
  const change = useRpcMutation('session.changePassphrase');
  const [done, setDone] = useState(false);

  const onSubmit = (event: React.FormEvent) => {
    setDone(false);
    void form.handleSubmit(async (values) => {
      try {
        await change.mutateAsync(withoutConfirmation(values));
        form.reset(BLANK);
        setDone(true);
      } catch (error) {
        showServerError(form, error);
      }
    })(event);
  };
  const pending = form.formState.isSubmitting;

  return (
    <section aria-labelledby="change-passphrase-title">
      <Typography variant="h2" id="change-passphrase-title" gutterBottom>
        Changer ma phrase de passe
      </Typography>
      <form onSubmit={onSubmit} noValidate style={{ maxWidth: 520 }}>
        <FormTextField
          control={form.control}
          name="current"
          label="Phrase de passe actuelle"
          type="password"
          autoComplete="current-password"
        />
        <NewPassphraseFields
          control={form.control}
          name="next"
          label="Nouvelle phrase de passe"
          confirmationLabel="Confirmation de la nouvelle phrase de passe"
        />
        <FormErrorAlert error={form.formState.errors.root?.server} />
        {done && (
          <Alert severity="success" sx={{ mt: 2 }}>
            Votre phrase de passe a été changée.
          </Alert>
        )}
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={pending}>
          {pending ? 'Enregistrement…' : 'Changer la phrase de passe'}
        </Button>
      </form>
    </section>
  );
}
