import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import { recoverInput } from '@shared/schemas/session';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormTextField } from '../forms/fields/FormTextField';
import { contractResolver } from '../forms/contractResolver';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';
import { confirmationIssue, withoutConfirmation } from '../forms/passphraseHint';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';

/** An administrator who lost the passphrase sets a new one with the recovery key shown at setup. */
export function RecoverForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const form = useForm({
    defaultValues: { recoveryKey: '', username: '', passphrase: '', confirmation: '' },
    resolver: contractResolver(recoverInput, withoutConfirmation, (values) =>
      confirmationIssue(values.passphrase, values.confirmation),
    ),
  });
  const recover = useRpcMutation('session.recover');

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await recover.mutateAsync(withoutConfirmation(values));
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  const pending = form.formState.isSubmitting;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Typography sx={{ mb: 1 }}>
        Saisissez la clé de secours remise lors de l'installation, l'identifiant du compte administrateur et une
        nouvelle phrase de passe.
      </Typography>
      <FormTextField
        control={form.control}
        name="recoveryKey"
        label="Clé de secours"
        autoComplete="off"
        autoFocus
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'ui-monospace, Consolas, monospace' } } }}
      />
      <FormTextField
        control={form.control}
        name="username"
        label="Identifiant de l'administrateur"
        autoComplete="username"
      />
      <NewPassphraseFields
        control={form.control}
        name="passphrase"
        label="Nouvelle phrase de passe"
        confirmationLabel="Confirmation de la nouvelle phrase de passe"
      />
      <FormErrorAlert error={form.formState.errors.root?.server} />
      <Stack direction="row" spacing={2} sx={{ mt: 3, justifyContent: 'flex-end' }}>
        <Button variant="outlined" onClick={onCancel}>
          Retour à la connexion
        </Button>
        <Button type="submit" variant="contained" disabled={pending}>
          {pending ? 'Enregistrement…' : 'Redéfinir la phrase de passe'}
        </Button>
      </Stack>
    </form>
  );
}
