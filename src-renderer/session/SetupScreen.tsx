import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { setupInput } from '@shared/schemas/session';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { confirmationIssue } from '../forms/passphraseHint';
import { useZodForm } from '../forms/useZodForm';
import { AuthLayout } from './AuthLayout';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';

/** First run: names the service and creates the administrator; hands the recovery key up to be shown once. */
export function SetupScreen({ onDone }: { onDone: (recoveryKey: string) => void }) {
  const rpc = useRpc();
  const form = useZodForm({ serviceName: '', username: '', displayName: '', passphrase: '', confirmation: '' });
  const { values } = form;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const { confirmation, ...input } = values;
    void form.submit(
      setupInput,
      input,
      async (parsed) => {
        const result = await rpc.call('session.setup', parsed);
        onDone(result.recoveryKey);
      },
      confirmationIssue(values.passphrase, confirmation),
    );
  };

  return (
    <AuthLayout title="Installation de TIG Desk" width={560}>
      <Typography sx={{ mb: 1 }}>
        Première mise en service sur ce poste : indiquez le nom du service et créez le compte de l'administrateur local.
      </Typography>
      <form onSubmit={onSubmit} noValidate>
        <TextField label="Nom du service" {...form.text('serviceName', 'Par exemple : SPIP de la Gironde')} />
        <TextField
          label="Identifiant de l'administrateur"
          autoComplete="username"
          {...form.text('username', 'Lettres minuscules sans accent, chiffres, point ou tiret (ex. : jean.martin).')}
        />
        <TextField label="Nom affiché" autoComplete="name" {...form.text('displayName', 'Par exemple : Jean Martin')} />
        <NewPassphraseFields
          form={form}
          name="passphrase"
          label="Phrase de passe"
          confirmationLabel="Confirmation de la phrase de passe"
        />
        <FormErrorAlert error={form.formError} />
        <Button type="submit" variant="contained" size="large" disabled={form.pending} sx={{ mt: 3 }} fullWidth>
          {form.pending ? 'Création en cours…' : 'Créer le service'}
        </Button>
      </form>
    </AuthLayout>
  );
}
