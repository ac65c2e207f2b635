import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { createUserInput, type User } from '@shared/schemas/users';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { confirmationIssue } from '../forms/passphraseHint';
import { useZodForm } from '../forms/useZodForm';
import TextField from '@mui/material/TextField';
import { RoleSelect } from './RoleSelect';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';

export function UserCreateDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (user: User) => void }) {
  const rpc = useRpc();
  const form = useZodForm({ username: '', displayName: '', role: 'cpip', passphrase: '', confirmation: '' });
  const { values } = form;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const { confirmation, ...input } = values;
    void form.submit(
      createUserInput,
      input,
      async (parsed) => onCreated(await rpc.call('users.create', parsed)),
      confirmationIssue(values.passphrase, confirmation),
    );
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="create-user-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="create-user-title">Nouvel utilisateur</DialogTitle>
        <DialogContent>
          <TextField
            label="Identifiant"
            autoFocus
            autoComplete="off"
            {...form.text('username', 'Lettres minuscules sans accent, chiffres, point ou tiret (ex. : marie.dupont).')}
          />
          <TextField label="Nom affiché" autoComplete="off" {...form.text('displayName')} />
          <RoleSelect {...form.text('role')} />
          <NewPassphraseFields
            form={form}
            name="passphrase"
            label="Phrase de passe initiale"
            confirmationLabel="Confirmation de la phrase de passe"
          />
          <FormErrorAlert error={form.formError} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.pending}>
            {form.pending ? 'Création…' : "Créer l'utilisateur"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
