import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { resetPassphraseInput, type User } from '@shared/schemas/users';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { confirmationIssue } from '../forms/passphraseHint';
import { useZodForm } from '../forms/useZodForm';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';

export function ResetPassphraseDialog({
  user,
  onClose,
  onDone,
}: {
  user: User;
  onClose: () => void;
  onDone: () => void;
}) {
  const rpc = useRpc();
  const form = useZodForm({ passphrase: '', confirmation: '' });
  const { values } = form;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    void form.submit(
      resetPassphraseInput,
      { id: user.id, passphrase: values.passphrase },
      async (parsed) => {
        await rpc.call('users.resetPassphrase', parsed);
        onDone();
      },
      confirmationIssue(values.passphrase, values.confirmation),
    );
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="reset-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="reset-title">Réinitialiser la phrase de passe</DialogTitle>
        <DialogContent>
          <DialogContentText>
            Nouvelle phrase de passe pour {user.displayName} ({user.username}). Communiquez-la en main propre.
          </DialogContentText>
          <NewPassphraseFields
            form={form}
            name="passphrase"
            label="Nouvelle phrase de passe"
            confirmationLabel="Confirmation de la phrase de passe"
            autoFocus
          />
          <FormErrorAlert error={form.formError} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.pending}>
            {form.pending ? 'Enregistrement…' : 'Réinitialiser'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
