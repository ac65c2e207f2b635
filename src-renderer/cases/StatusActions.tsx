import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { MEASURE_STATUS_LABELS, TERMINAL_STATUSES, type MeasureStatus } from '@shared/domain/measure-status';
import { transitionInput, type MeasureDetail } from '@shared/schemas/measures';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { contractResolver } from '../forms/contractResolver';
import { blankToNull, todayLocal } from './labels';
import { SectionCard } from './SectionCard';
import { StatusChip } from './StatusChip';

/** The status changes the server allows from here, each behind a dialog asking the date and the reason. */
export function StatusActions({ detail, canFollow }: { detail: MeasureDetail; canFollow: boolean }) {
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
      {target && <TransitionDialog measureId={measure.id} to={target} onClose={() => setTarget(null)} />}
    </SectionCard>
  );
}

function TransitionDialog({ measureId, to, onClose }: { measureId: string; to: MeasureStatus; onClose: () => void }) {
  const toInput = (values: { date: string; reason: string }) => ({
    measureId,
    to,
    date: values.date,
    reason: blankToNull(values.reason),
  });
  const form = useForm({
    defaultValues: { date: todayLocal(), reason: '' },
    resolver: contractResolver(transitionInput, toInput),
  });
  const transition = useRpcMutation('measures.transition');
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await transition.mutateAsync(toInput(values));
      onClose();
    } catch (error) {
      showServerError(form, error);
    }
  });
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
          <FormDateField control={form.control} name="date" label="Date du changement" autoFocus />
          <FormTextField control={form.control} name="reason" label="Motif" multiline minRows={3} />
          <FormErrorAlert error={form.formState.errors.root?.server} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
            Confirmer le changement de statut
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
