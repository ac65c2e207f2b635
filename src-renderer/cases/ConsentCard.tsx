import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FormEvent } from 'react';
import { CONSENT_LABELS, type ConsentStatus } from '@shared/domain/consent';
import { recordConsentInput, type MeasureDetail } from '@shared/schemas/measures';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { blankToNull, dateOrDash, todayLocal } from './labels';
import { SectionCard } from './SectionCard';
import { SelectField, optionsOf } from '../forms/fields/SelectField';

/** The person's consent (code pénal 131-8): how it was given, or that it is awaited or refused. */
export function ConsentCard({ detail, onChanged }: { detail: MeasureDetail; onChanged: () => void }) {
  const rpc = useRpc();
  const { measure } = detail;
  const form = useZodForm({
    status: measure.consentStatus === 'pending' ? 'hearing' : measure.consentStatus,
    date: measure.consentDate ?? todayLocal(),
    source: measure.consentSource ?? '',
  });
  const closed = !['a_affecter', 'affecte', 'en_cours', 'suspendu'].includes(measure.status);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const status = form.values.status as ConsentStatus;
    void form.submit(
      recordConsentInput,
      {
        measureId: measure.id,
        status,
        date: status === 'pending' ? blankToNull(form.values.date) : form.values.date,
        source: blankToNull(form.values.source),
      },
      async (parsed) => {
        await rpc.call('measures.recordConsent', parsed);
        onChanged();
      },
    );
  };

  return (
    <SectionCard title="Consentement">
      <Typography>
        État actuel : <strong>{CONSENT_LABELS[measure.consentStatus]}</strong>
        {measure.consentDate && ` — le ${dateOrDash(measure.consentDate)}`}
        {measure.consentSource && ` (${measure.consentSource})`}
      </Typography>
      {!closed && (
        <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 640 }}>
          <SelectField label="Statut du consentement" options={optionsOf(CONSENT_LABELS)} {...form.text('status')} />
          <TextField
            label="Date du consentement ou du refus"
            type="date"
            slotProps={{ inputLabel: { shrink: true } }}
            {...form.text('date')}
          />
          <TextField
            label="Source ou précisions"
            {...form.text('source', 'Ex. : lettre de Me Martin du 3 mars, audience du tribunal correctionnel.')}
          />
          {form.values.status === 'refused' && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              Un refus fait passer la mesure au statut « Refus » : elle ne pourra plus être exécutée.
            </Alert>
          )}
          <FormErrorAlert error={form.formError} />
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending}>
            Enregistrer le consentement
          </Button>
        </Box>
      )}
    </SectionCard>
  );
}
