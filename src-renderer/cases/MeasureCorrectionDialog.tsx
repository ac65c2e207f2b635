import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { FormEvent } from 'react';
import { formatMinutes } from '@shared/domain/duration';
import { updateMeasureInput, type MeasureDetail } from '@shared/schemas/measures';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { toNumber } from './labels';
import { MeasureDecisionForm, liveMeasureProblems, measureInputFrom } from './MeasureDecisionForm';
import type { FormValues } from './PersonForm';

const PREFIX = 'measure.';

/** The registered decision as form values, under the same "measure." prefix the server's field paths use. */
function valuesOf(measure: MeasureDetail['measure']): FormValues {
  return {
    [`${PREFIX}type`]: measure.type,
    [`${PREFIX}court`]: measure.court,
    [`${PREFIX}decisionDate`]: measure.decisionDate,
    [`${PREFIX}offenceDate`]: measure.offenceDate ?? '',
    [`${PREFIX}hoursOrdered`]: String(measure.hoursOrdered),
    [`${PREFIX}deadline`]: measure.deadline,
    [`${PREFIX}magistrate`]: measure.magistrate ?? '',
    [`${PREFIX}offenceCategory`]: measure.offenceCategory,
    [`${PREFIX}courtReference`]: measure.courtReference ?? '',
  };
}

/** Corrects the court decision of an open measure with the same fields and rules as its registration. */
export function MeasureCorrectionDialog({
  detail,
  onClose,
  onDone,
}: {
  detail: MeasureDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const rpc = useRpc();
  const { measure, person } = detail;
  const form = useZodForm<FormValues>(valuesOf(measure));
  const credited = measure.progress.creditedMinutes;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const live = liveMeasureProblems(form.values, PREFIX, person.birthDate);
    const extra = Object.entries(live).map(([key, message]) => ({ path: `${PREFIX}${key}`, message }));
    const hours = toNumber(String(form.values[`${PREFIX}hoursOrdered`] ?? ''));
    if (!live.hoursOrdered && hours !== undefined && hours * 60 < credited) {
      extra.push({
        path: `${PREFIX}hoursOrdered`,
        message: `Inférieur aux heures déjà effectuées (${formatMinutes(credited)}).`,
      });
    }
    void form.submit(
      updateMeasureInput,
      { id: measure.id, measure: measureInputFrom(form.values, PREFIX) },
      async (parsed) => {
        await rpc.call('measures.update', parsed);
        onDone();
      },
      extra,
    );
  };

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
          <MeasureDecisionForm form={form} prefix={PREFIX} birthDate={person.birthDate} />
          <FormErrorAlert error={form.formError} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.pending}>
            {form.pending ? 'Enregistrement…' : 'Enregistrer la correction'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
