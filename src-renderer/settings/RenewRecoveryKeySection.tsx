import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { renewRecoveryKeyInput } from '@shared/schemas/session';
import { formatDateTime } from '../app/format';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { RecoveryKeyPanel } from '../session/RecoveryKeyPanel';

/** Administrators only: replaces a lost or exposed recovery key; the new one is shown and printable once. */
export function RenewRecoveryKeySection() {
  const [open, setOpen] = useState(false);
  const [renewed, setRenewed] = useState(false);
  const status = useQuery(rpcQuery('session.recoveryKeyStatus', {}));
  const current = status.data;
  return (
    <section aria-labelledby="recovery-key-title">
      <Typography variant="h2" id="recovery-key-title" gutterBottom>
        Clé de secours
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 720, mb: 2 }}>
        La clé de secours permet de redéfinir la phrase de passe d’un administrateur sans perdre les données. Si sa
        feuille est perdue ou si quelqu’un a pu la lire, générez-en une nouvelle : l’ancienne cesse aussitôt de
        fonctionner.
      </Typography>
      {current?.madeAt && (
        <Typography sx={{ mb: 2 }}>Clé en service depuis le {formatDateTime(current.madeAt)}.</Typography>
      )}
      {renewed && (
        <Alert severity="success" sx={{ mb: 2, maxWidth: 720 }}>
          Nouvelle clé de secours en service. Détruisez l’ancienne feuille.
        </Alert>
      )}
      {current && !current.confirmed && (
        <Alert severity="warning" sx={{ mb: 2, maxWidth: 720 }}>
          Personne n’a confirmé avoir imprimé ou noté la clé en service (la session s’est peut-être verrouillée pendant
          son affichage). Si vous ne l’avez pas en lieu sûr, générez-en une nouvelle.
        </Alert>
      )}
      <Button variant="outlined" color="warning" onClick={() => setOpen(true)}>
        Générer une nouvelle clé de secours
      </Button>
      {open && (
        <RenewRecoveryKeyDialog
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            setRenewed(true);
          }}
        />
      )}
    </section>
  );
}

function RenewRecoveryKeyDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const form = useForm({ defaultValues: { passphrase: '' }, resolver: zodResolver(renewRecoveryKeyInput) });
  const renew = useRpcMutation('session.renewRecoveryKey');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (parsed) => {
    try {
      setRecoveryKey((await renew.mutateAsync(parsed)).recoveryKey);
    } catch (error) {
      showServerError(form, error);
    }
  });
  const pending = form.formState.isSubmitting;

  if (recoveryKey) {
    // No closing by Escape or a click outside: the key is shown only here.
    return (
      <Dialog open aria-labelledby="renewed-key-title" fullWidth maxWidth="sm">
        <DialogTitle id="renewed-key-title">Nouvelle clé de secours</DialogTitle>
        <DialogContent>
          <RecoveryKeyPanel recoveryKey={recoveryKey} onContinue={onDone} />
        </DialogContent>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="renew-key-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="renew-key-title">Générer une nouvelle clé de secours</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            L’ancienne clé cessera immédiatement de fonctionner. La nouvelle sera affichée une seule fois, avec sa
            feuille à imprimer.
          </DialogContentText>
          <FormTextField
            control={form.control}
            name="passphrase"
            label="Votre phrase de passe"
            type="password"
            autoComplete="current-password"
            autoFocus
          />
          <FormErrorAlert error={form.formState.errors.root?.server} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" color="warning" disabled={pending}>
            {pending ? 'Génération…' : 'Générer la nouvelle clé'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
