import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useForm } from 'react-hook-form';
import { resetPassphraseInput, type User } from '@shared/schemas/users';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { contractResolver } from '../forms/contractResolver';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';
import { confirmationIssue } from '../forms/passphraseHint';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';

export function ResetPassphraseDialog({
  user,
  onClose,
  onDone,
}: {
  user: User;
  onClose: () => void;
  onDone: () => void;
}) {
  const toInput = (values: { passphrase: string; confirmation: string }) => ({
    id: user.id,
    passphrase: values.passphrase,
  });
  const form = useForm({
    defaultValues: { passphrase: '', confirmation: '' },
    resolver: contractResolver(resetPassphraseInput, toInput, (values) =>
      confirmationIssue(values.passphrase, values.confirmation),
    ),
  });
  const reset = useRpcMutation('users.resetPassphrase');

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await reset.mutateAsync(toInput(values));
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  const pending = form.formState.isSubmitting;

  return (
    <Dialog open onClose={onClose} aria-labelledby="reset-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="reset-title">Réinitialiser la phrase de passe</DialogTitle>
        <DialogContent>
          <DialogContentText>
            Nouvelle phrase de passe pour {user.displayName} ({user.username}). Communiquez-la en main propre.
          </DialogContentText>
          <NewPassphraseFields
            control={form.control}
            name="passphrase"
            label="Nouvelle phrase de passe"
            confirmationLabel="Confirmation de la phrase de passe"
            autoFocus
          />
          <FormErrorAlert error={form.formState.errors.root?.server} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Enregistrement…' : 'Réinitialiser'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
