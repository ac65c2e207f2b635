import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useForm } from 'react-hook-form';
import type { Role } from '@shared/roles';
import { createUserInput, type User } from '@shared/schemas/users';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { contractResolver } from '../forms/contractResolver';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';
import { confirmationIssue, withoutConfirmation } from '../forms/passphraseHint';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { ROLE_OPTIONS } from './roleOptions';

export function UserCreateDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (user: User) => void }) {
  const form = useForm({
    defaultValues: { username: '', displayName: '', role: 'cpip' as Role, passphrase: '', confirmation: '' },
    resolver: contractResolver(createUserInput, withoutConfirmation, (values) =>
      confirmationIssue(values.passphrase, values.confirmation),
    ),
  });
  const create = useRpcMutation('users.create');

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      onCreated(await create.mutateAsync(withoutConfirmation(values)));
    } catch (error) {
      showServerError(form, error);
    }
  });
  const pending = form.formState.isSubmitting;

  return (
    <Dialog open onClose={onClose} aria-labelledby="create-user-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="create-user-title">Nouvel utilisateur</DialogTitle>
        <DialogContent>
          <FormTextField
            control={form.control}
            name="username"
            label="Identifiant"
            autoFocus
            autoComplete="off"
            helperText="Lettres minuscules sans accent, chiffres, point ou tiret (ex. : marie.dupont)."
          />
          <FormTextField control={form.control} name="displayName" label="Nom affiché" autoComplete="off" />
          <FormSelectField control={form.control} name="role" label="Rôle" options={ROLE_OPTIONS} />
          <NewPassphraseFields
            control={form.control}
            name="passphrase"
            label="Phrase de passe initiale"
            confirmationLabel="Confirmation de la phrase de passe"
          />
          <FormErrorAlert error={form.formState.errors.root?.server} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Création…' : "Créer l'utilisateur"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
