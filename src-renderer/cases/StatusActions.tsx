import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { MEASURE_STATUS_LABELS, TERMINAL_STATUSES, type MeasureStatus } from '@shared/domain/measure-status';
import { transitionInput, type MeasureDetail } from '@shared/schemas/measures';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { blankToNull, todayLocal } from './labels';
import { SectionCard } from './SectionCard';
import { StatusChip } from './StatusChip';

/** The status changes the server allows from here, each behind a dialog asking the date and the reason. */
export function StatusActions({
  detail,
  canFollow,
  onChanged,
}: {
  detail: MeasureDetail;
  canFollow: boolean;
  onChanged: () => void;
}) {
  const [target, setTarget] = useState<MeasureStatus | null>(null);
  const { measure, allowedTransitions } = detail;
  return (
    <SectionCard title="Statut">
      <Typography sx={{ mb: 1 }} component="div">
        Statut actuel : <StatusChip status={measure.status} />
      </Typography>
      {TERMINAL_STATUSES.includes(measure.status) ? (
        <Typography color="text.secondary">La mesure est close : son statut ne peut plus changer.</Typography>
      ) : !canFollow ? (
        <Typography color="text.secondary">Le statut est changé par le CPIP ou la direction du service.</Typography>
      ) : (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {allowedTransitions.map((to) => (
            <Button
              key={to}
              variant="outlined"
              color={TERMINAL_STATUSES.includes(to) && to !== 'acheve' ? 'error' : 'primary'}
              onClick={() => setTarget(to)}
            >
              Passer à : {MEASURE_STATUS_LABELS[to]}
            </Button>
          ))}
        </Stack>
      )}
      {target && (
        <TransitionDialog
          measureId={measure.id}
          to={target}
          onClose={() => setTarget(null)}
          onDone={() => {
            setTarget(null);
            onChanged();
          }}
        />
      )}
    </SectionCard>
  );
}

function TransitionDialog({
  measureId,
  to,
  onClose,
  onDone,
}: {
  measureId: string;
  to: MeasureStatus;
  onClose: () => void;
  onDone: () => void;
}) {
  const rpc = useRpc();
  const form = useZodForm({ date: todayLocal(), reason: '' });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(
      transitionInput,
      { measureId, to, date: form.values.date, reason: blankToNull(form.values.reason) },
      async (parsed) => {
        await rpc.call('measures.transition', parsed);
        onDone();
      },
    );
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="transition-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="transition-title">Passer la mesure à « {MEASURE_STATUS_LABELS[to]} »</DialogTitle>
        <DialogContent>
          {TERMINAL_STATUSES.includes(to) && (
            <Alert severity="warning" sx={{ mb: 1 }}>
              Ce statut clôt la mesure : il ne pourra plus être modifié.
            </Alert>
          )}
          <TextField
            label="Date du changement"
            type="date"
            slotProps={{ inputLabel: { shrink: true } }}
            autoFocus
            {...form.text('date')}
          />
          <TextField label="Motif" multiline minRows={3} {...form.text('reason')} />
          <FormErrorAlert error={form.formError} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.pending}>
            Confirmer le changement de statut
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
