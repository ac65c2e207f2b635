import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useForm } from 'react-hook-form';
import type { FieldIssue } from '@shared/errors';
import { formatMinutes } from '@shared/domain/duration';
import { updateMeasureInput, type MeasureDetail } from '@shared/schemas/measures';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { contractResolver } from '../forms/contractResolver';
import { toNumber } from './labels';
import {
  MeasureDecisionFields,
  measureFormValues,
  measureInputOf,
  measureProblems,
  type MeasureScope,
} from './MeasureDecisionForm';

/**
 * Corrects the court decision of an open measure with the same fields and rules as its registration. The values sit
 * under "measure", the path the server's field errors use. Closes once saved; the measure page refetches.
 */
export function MeasureCorrectionDialog({ detail, onClose }: { detail: MeasureDetail; onClose: () => void }) {
  const { measure, person } = detail;
  const credited = measure.progress.creditedMinutes;
  const toInput = (values: MeasureScope) => ({ id: measure.id, measure: measureInputOf(values.measure) });
  const form = useForm<MeasureScope>({
    defaultValues: { measure: measureFormValues(measure) },
    resolver: contractResolver(updateMeasureInput, toInput, (values) => {
      const live = measureProblems(values.measure, person.birthDate);
      const extra: FieldIssue[] = Object.entries(live).map(([key, message]) => ({ path: `measure.${key}`, message }));
      const hours = toNumber(values.measure.hoursOrdered);
      if (!live.hoursOrdered && hours !== undefined && hours * 60 < credited) {
        extra.push({
          path: 'measure.hoursOrdered',
          message: `Inférieur aux heures déjà effectuées (${formatMinutes(credited)}).`,
        });
      }
      return extra;
    }),
  });
  const update = useRpcMutation('measures.update');

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync(toInput(values));
      onClose();
    } catch (error) {
      showServerError(form, error);
    }
  });

  const pending = form.formState.isSubmitting;
  return (
    <Dialog open onClose={onClose} aria-labelledby="measure-correction-title" fullWidth maxWidth="md">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="measure-correction-title">Corriger la décision</DialogTitle>
        <DialogContent>
          {credited > 0 && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {formatMinutes(credited)} déjà effectuées : les heures ordonnées ne peuvent être inférieures.
            </Alert>
          )}
          <MeasureDecisionFields form={form} birthDate={person.birthDate} />
          <FormErrorAlert error={form.formState.errors.root?.server} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Enregistrement…' : 'Enregistrer la correction'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
