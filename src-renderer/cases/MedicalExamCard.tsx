import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import { medicalExamInput, type MeasureDetail } from '@shared/schemas/measures';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormDateField } from '../forms/fields/FormDateField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { contractResolver } from '../forms/contractResolver';
import { blankToNull, dateOrDash } from './labels';
import { SectionCard } from './SectionCard';

/** Whether an examination is required before the work starts, and when it took place. */
export function MedicalExamCard({ detail, canFollow }: { detail: MeasureDetail; canFollow: boolean }) {
  const { measure } = detail;
  const toInput = (values: { date: string }) => ({ measureId: measure.id, date: blankToNull(values.date) });
  const form = useForm({
    defaultValues: { date: measure.medicalExamDate ?? '' },
    resolver: contractResolver(medicalExamInput, toInput),
  });
  const setExam = useRpcMutation('measures.setMedicalExam');
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await setExam.mutateAsync(toInput(values));
    } catch (error) {
      showServerError(form, error);
    }
  });
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
          <FormDateField
            control={form.control}
            name="date"
            label="Date de la visite médicale"
            helperText="Laisser vide pour effacer la date."
          />
          <FormErrorAlert error={form.formState.errors.root?.server} />
          <Button type="submit" variant="contained" sx={{ mt: 1 }} disabled={form.formState.isSubmitting}>
            Enregistrer la visite médicale
          </Button>
        </Box>
      )}
    </SectionCard>
  );
}
