import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { recoverInput } from '@shared/schemas/session';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { confirmationIssue } from '../forms/passphraseHint';
import { useZodForm } from '../forms/useZodForm';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';

/** An administrator who lost the passphrase sets a new one with the recovery key shown at setup. */
export function RecoverForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const rpc = useRpc();
  const form = useZodForm({ recoveryKey: '', username: '', passphrase: '', confirmation: '' });
  const { values } = form;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const { confirmation, ...input } = values;
    void form.submit(
      recoverInput,
      input,
      async (parsed) => {
        await rpc.call('session.recover', parsed);
        onDone();
      },
      confirmationIssue(values.passphrase, confirmation),
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Typography sx={{ mb: 1 }}>
        Saisissez la clé de secours remise lors de l'installation, l'identifiant du compte administrateur et une
        nouvelle phrase de passe.
      </Typography>
      <TextField
        label="Clé de secours"
        autoComplete="off"
        autoFocus
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'ui-monospace, Consolas, monospace' } } }}
        {...form.text('recoveryKey')}
      />
      <TextField label="Identifiant de l'administrateur" autoComplete="username" {...form.text('username')} />
      <NewPassphraseFields
        form={form}
        name="passphrase"
        label="Nouvelle phrase de passe"
        confirmationLabel="Confirmation de la nouvelle phrase de passe"
      />
      <FormErrorAlert error={form.formError} />
      <Stack direction="row" spacing={2} sx={{ mt: 3, justifyContent: 'flex-end' }}>
        <Button variant="outlined" onClick={onCancel}>
          Retour à la connexion
        </Button>
        <Button type="submit" variant="contained" disabled={form.pending}>
          {form.pending ? 'Enregistrement…' : 'Redéfinir la phrase de passe'}
        </Button>
      </Stack>
    </form>
  );
}
