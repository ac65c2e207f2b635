import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';

/**
 * The server's working-time warning (an adult's day past 10 h) and the reason the officer gives to record the
 * session anyway; the reason goes to the measure's history.
 */
export function WorkingTimeOverrideDialog({
  warning,
  onConfirm,
  onCancel,
}: {
  warning: string;
  onConfirm: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onCancel} aria-labelledby="override-title" fullWidth maxWidth="sm">
      <DialogTitle id="override-title">Plus de 10 h de travail dans la journée</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 1 }}>
          {warning}
        </Alert>
        <TextField
          label="Motif du dépassement"
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
          error={missing}
          helperText={missing ? 'Indiquez le motif.' : 'Il sera inscrit à l’historique de la mesure.'}
          multiline
          minRows={2}
          fullWidth
          margin="normal"
          autoFocus
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel}>Revenir à la séance</Button>
        <Button variant="contained" onClick={confirm} disabled={busy}>
          Enregistrer avec ce motif
        </Button>
      </DialogActions>
    </Dialog>
  );
}
