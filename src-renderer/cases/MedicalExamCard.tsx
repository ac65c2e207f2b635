import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FormEvent } from 'react';
import { medicalExamInput, type MeasureDetail } from '@shared/schemas/measures';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { blankToNull, dateOrDash } from './labels';
import { SectionCard } from './SectionCard';

/** Whether an examination is required before the work starts, and when it took place. */
export function MedicalExamCard({
  detail,
  canFollow,
  onChanged,
}: {
  detail: MeasureDetail;
  canFollow: boolean;
  onChanged: () => void;
}) {
  const rpc = useRpc();
  const { measure } = detail;
  const form = useZodForm({ date: measure.medicalExamDate ?? '' });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(
      medicalExamInput,
      { measureId: measure.id, date: blankToNull(form.values.date) },
      async (parsed) => {
        await rpc.call('measures.setMedicalExam', parsed);
        onChanged();
      },
    );
  };
  return (
    <SectionCard title="Visite médicale">
      {measure.medicalExamReasons.length > 0 ? (
        <Alert severity={measure.medicalExamDate ? 'success' : 'warning'} sx={{ mb: 1 }}>
          Visite médicale obligatoire avant la prise de poste : {measure.medicalExamReasons.join(', ')}.
        </Alert>
      ) : (
        <Typography sx={{ mb: 1 }}>
          Pas de visite médicale obligatoire pour cette mesure (elle reste possible à la demande du directeur).
        </Typography>
      )}
      <Typography>
        Visite effectuée :{' '}
        <strong>{measure.medicalExamDate ? `le ${dateOrDash(measure.medicalExamDate)}` : 'non enregistrée'}</strong>
      </Typography>
      {canFollow && (
        <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 400 }}>
          <TextField
            label="Date de la visite médicale"
            type="date"
            slotProps={{ inputLabel: { shrink: true } }}
            {...form.text('date', 'Laisser vide pour effacer la date.')}
          />
          <FormErrorAlert error={form.formError} />
          <Button type="submit" variant="contained" sx={{ mt: 1 }} disabled={form.pending}>
            Enregistrer la visite médicale
          </Button>
        </Box>
      )}
    </SectionCard>
  );
}
