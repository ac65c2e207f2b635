import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { Controller, useForm } from 'react-hook-form';
import { updateUserInput, type User } from '@shared/schemas/users';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { contractResolver } from '../forms/contractResolver';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { ROLE_OPTIONS } from './roleOptions';

type Values = Pick<User, 'displayName' | 'role' | 'disabled'>;

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
  // Only what changed is sent, so the audit trail and the server's self-protection rules see the real intent.
  const toInput = (values: Values) => ({
    id: user.id,
    displayName: values.displayName,
    ...(values.role !== user.role ? { role: values.role } : {}),
    ...(values.disabled !== user.disabled ? { disabled: values.disabled } : {}),
  });
  const form = useForm<Values>({
    defaultValues: { displayName: user.displayName, role: user.role, disabled: user.disabled },
    resolver: contractResolver(updateUserInput, toInput),
  });
  const update = useRpcMutation('users.update');

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      onSaved(await update.mutateAsync(toInput(values)));
    } catch (error) {
      showServerError(form, error);
    }
  });
  const pending = form.formState.isSubmitting;
  const disabledError = form.formState.errors.disabled?.message;

  return (
    <Dialog open onClose={onClose} aria-labelledby="edit-user-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="edit-user-title">Modifier le compte {user.username}</DialogTitle>
        <DialogContent>
          <FormTextField control={form.control} name="displayName" label="Nom affiché" autoFocus autoComplete="off" />
          {/* An administrator cannot demote or disable their own account from here: it could lock the office out. */}
          <FormSelectField control={form.control} name="role" label="Rôle" options={ROLE_OPTIONS} disabled={isSelf} />
          <Controller
            control={form.control}
            name="disabled"
            render={({ field }) => (
              <FormControlLabel
                sx={{ mt: 1 }}
                disabled={isSelf}
                control={
                  <Checkbox
                    name={field.name}
                    checked={field.value}
                    onChange={(event) => field.onChange(event.target.checked)}
                    onBlur={field.onBlur}
                    slotProps={{ input: { ref: field.ref } }}
                  />
                }
                label="Compte désactivé"
              />
            )}
          />
          <FormHelperText error={disabledError !== undefined}>
            {disabledError ??
              (isSelf
                ? 'Vous ne pouvez pas changer votre propre rôle ni désactiver votre propre compte.'
                : 'Un compte désactivé ne peut plus se connecter ; son historique est conservé.')}
          </FormHelperText>
          <FormErrorAlert error={form.formState.errors.root?.server} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Enregistrement…' : 'Enregistrer'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
