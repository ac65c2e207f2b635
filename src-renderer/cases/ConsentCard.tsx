import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { CONSENT_LABELS, consentDateProblem, type ConsentStatus } from '@shared/domain/consent';
import { formatDateShort, isValidLocalDate } from '@shared/domain/local-date';
import { recordConsentInput, type MeasureDetail } from '@shared/schemas/measures';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { optionsOf } from '../forms/fields/SelectField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { contractResolver } from '../forms/contractResolver';
import { blankToNull, dateOrDash, todayLocal } from './labels';
import { SectionCard } from './SectionCard';

interface ConsentValues {
  status: ConsentStatus;
  date: string;
  source: string;
}

/** The person's consent (code pénal 131-8): how it was given, or that it is awaited or refused. */
export function ConsentCard({ detail }: { detail: MeasureDetail }) {
  const { measure } = detail;
  const toInput = (values: ConsentValues) => ({
    measureId: measure.id,
    status: values.status,
    date: values.status === 'pending' ? blankToNull(values.date) : values.date,
    source: blankToNull(values.source),
  });
  // The date must fit how consent was given (code pénal 131-8): checked as it is typed, with the same rule as the server.
  const dateProblem = (values: ConsentValues) =>
    isValidLocalDate(values.date)
      ? consentDateProblem(values.status, values.date, measure.decisionDate, todayLocal())
      : null;
  const form = useForm<ConsentValues>({
    mode: 'onChange',
    defaultValues: {
      status: measure.consentStatus === 'pending' ? 'hearing' : measure.consentStatus,
      date: measure.consentDate ?? measure.decisionDate,
      source: measure.consentSource ?? '',
    },
    resolver: contractResolver(recordConsentInput, toInput, (values) => {
      const problem = dateProblem(values);
      return problem ? [{ path: 'date', message: problem }] : [];
    }),
  });
  const record = useRpcMutation('measures.recordConsent');
  const status = useWatch({ control: form.control, name: 'status' });
  const { trigger, getFieldState } = form;
  // A change of the way consent was given re-checks a date already typed.
  useEffect(() => {
    if (getFieldState('date').isDirty || getFieldState('date').invalid) void trigger('date');
  }, [status, trigger, getFieldState]);
  const decision = formatDateShort(measure.decisionDate);
  const dateHint: Record<ConsentStatus, string> = {
    pending: '',
    hearing: `Le jour de l’audience : le ${decision}.`,
    lawyer_writing: `L’accord écrit remis au tribunal : au plus tard le ${decision}.`,
    jap: `Après le jugement : à partir du ${decision}.`,
    refused: `À partir du ${decision}.`,
  };
  const closed = !['a_affecter', 'affecte', 'en_cours', 'suspendu'].includes(measure.status);

  // The measure page shows the card again, with the recorded consent, once the measure is refetched.
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await record.mutateAsync(toInput(values));
    } catch (error) {
      showServerError(form, error);
    }
  });

  return (
    <SectionCard title="Consentement">
      <Typography>
        État actuel : <strong>{CONSENT_LABELS[measure.consentStatus]}</strong>
        {measure.consentDate && ` — le ${dateOrDash(measure.consentDate)}`}
        {measure.consentSource && ` (${measure.consentSource})`}
      </Typography>
      {!closed && (
        <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 640 }}>
          <FormSelectField
            control={form.control}
            name="status"
            label="Statut du consentement"
            options={optionsOf(CONSENT_LABELS)}
          />
          <FormDateField
            control={form.control}
            name="date"
            label="Date du consentement ou du refus"
            helperText={dateHint[status] || undefined}
          />
          <FormTextField
            control={form.control}
            name="source"
            label="Source ou précisions"
            helperText="Ex. : lettre de Me Martin du 3 mars, audience du tribunal correctionnel."
          />
          {status === 'refused' && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              Un refus fait passer la mesure au statut « Refus » : elle ne pourra plus être exécutée.
            </Alert>
          )}
          <FormErrorAlert error={form.formState.errors.root?.server} />
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.formState.isSubmitting}>
            Enregistrer le consentement
          </Button>
        </Box>
      )}
    </SectionCard>
  );
}
