import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import { updateUserInput, type User } from '@shared/schemas/users';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { RoleSelect } from './RoleSelect';

export function UserEditDialog({
  user,
  isSelf,
  onClose,
  onSaved,
}: {
  user: User;
  isSelf: boolean;
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  const rpc = useRpc();
  const form = useZodForm({ displayName: user.displayName, role: user.role as string, disabled: user.disabled });
  const { values } = form;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    // Only what changed is sent, so the audit trail and the server's self-protection rules see the real intent.
    const input = {
      id: user.id,
      displayName: values.displayName,
      ...(values.role !== user.role ? { role: values.role } : {}),
      ...(values.disabled !== user.disabled ? { disabled: values.disabled } : {}),
    };
    void form.submit(updateUserInput, input, async (parsed) => onSaved(await rpc.call('users.update', parsed)));
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="edit-user-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="edit-user-title">Modifier le compte {user.username}</DialogTitle>
        <DialogContent>
          <TextField label="Nom affiché" autoFocus autoComplete="off" {...form.text('displayName')} />
          {/* An administrator cannot demote or disable their own account from here: it could lock the office out. */}
          <RoleSelect {...form.text('role')} disabled={isSelf} />
          <FormControlLabel
            sx={{ mt: 1 }}
            disabled={isSelf}
            control={
              <Checkbox checked={values.disabled} onChange={(event) => form.set('disabled', event.target.checked)} />
            }
            label="Compte désactivé"
          />
          <FormHelperText error={form.fieldErrors.disabled !== undefined}>
            {form.fieldErrors.disabled ??
              (isSelf
                ? 'Vous ne pouvez pas changer votre propre rôle ni désactiver votre propre compte.'
                : 'Un compte désactivé ne peut plus se connecter ; son historique est conservé.')}
          </FormHelperText>
          <FormErrorAlert error={form.formError} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.pending}>
            {form.pending ? 'Enregistrement…' : 'Enregistrer'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
