import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import { setupInput } from '@shared/schemas/session';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormTextField } from '../forms/fields/FormTextField';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';
import { contractResolver } from '../forms/contractResolver';
import { confirmationIssue, withoutConfirmation } from '../forms/passphraseHint';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { AuthLayout } from './AuthLayout';

/** First run: names the service and creates the administrator; hands the recovery key up to be shown once. */
export function SetupScreen({ onDone }: { onDone: (recoveryKey: string) => void }) {
  const form = useForm({
    defaultValues: { serviceName: '', username: '', displayName: '', passphrase: '', confirmation: '' },
    resolver: contractResolver(setupInput, withoutConfirmation, (values) =>
      confirmationIssue(values.passphrase, values.confirmation),
    ),
  });
  const setup = useRpcMutation('session.setup');

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      onDone((await setup.mutateAsync(withoutConfirmation(values))).recoveryKey);
    } catch (error) {
      showServerError(form, error);
    }
  });
  const pending = form.formState.isSubmitting;

  return (
    <AuthLayout title="Installation de TIG Desk" width={560}>
      <Typography sx={{ mb: 1 }}>
        Première mise en service sur ce poste : indiquez le nom du service et créez le compte de l'administrateur local.
      </Typography>
      <form onSubmit={onSubmit} noValidate>
        <FormTextField
          control={form.control}
          name="serviceName"
          label="Nom du service"
          helperText="Par exemple : SPIP de la Gironde"
        />
        <FormTextField
          control={form.control}
          name="username"
          label="Identifiant de l'administrateur"
          autoComplete="username"
          helperText="Lettres minuscules sans accent, chiffres, point ou tiret (ex. : jean.martin)."
        />
        <FormTextField
          control={form.control}
          name="displayName"
          label="Nom affiché"
          autoComplete="name"
          helperText="Par exemple : Jean Martin"
        />
        <NewPassphraseFields
          control={form.control}
          name="passphrase"
          label="Phrase de passe"
          confirmationLabel="Confirmation de la phrase de passe"
        />
        <FormErrorAlert error={form.formState.errors.root?.server} />
        <Button type="submit" variant="contained" size="large" disabled={pending} sx={{ mt: 3 }} fullWidth>
          {pending ? 'Création en cours…' : 'Créer le service'}
        </Button>
      </form>
    </AuthLayout>
  );
}
