import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import {
  SUSPENSION_REASON_LABELS,
  suspensionInput,
  type MeasureDetail,
  type SUSPENSION_REASONS,
} from '@shared/schemas/measures';
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

interface SuspensionValues {
  reason: (typeof SUSPENSION_REASONS)[number];
  from: string;
  /** '' while the suspension goes on. */
  to: string;
  note: string;
}

/** Periods that stop the execution deadline (JAP decision or by law); each suspended day extends it. */
export function SuspensionsCard({ detail, canFollow }: { detail: MeasureDetail; canFollow: boolean }) {
  const empty: SuspensionValues = { reason: 'medical', from: todayLocal(), to: '', note: '' };
  const toInput = (values: SuspensionValues) => ({
    measureId: detail.measure.id,
    reason: values.reason,
    from: values.from,
    to: blankToNull(values.to),
    note: blankToNull(values.note),
  });
  const form = useForm({ defaultValues: empty, resolver: contractResolver(suspensionInput, toInput) });
  const record = useRpcMutation('suspensions.record');
  const closing = useRpcMutation('suspensions.end');
  const suspensions = [...detail.suspensions].sort((a, b) => b.from.localeCompare(a.from));

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await record.mutateAsync(toInput(values));
      form.reset(empty);
    } catch (error) {
      showServerError(form, error);
    }
  });

  // A failure shows in the alert below the table (closing.error).
  const close = (suspensionId: string) => closing.mutate({ suspensionId, to: todayLocal() });

  return (
    <SectionCard title="Suspensions du délai">
      <Typography sx={{ mb: 1 }}>
        Jours de suspension pris en compte : <strong>{detail.measure.suspendedDays}</strong> — échéance effective le{' '}
        <strong>{dateOrDash(detail.measure.effectiveDeadline)}</strong>.
      </Typography>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label="Suspensions du délai">
          <TableHead>
            <TableRow>
              <TableCell>Motif</TableCell>
              <TableCell>Du</TableCell>
              <TableCell>Au</TableCell>
              <TableCell>Jours</TableCell>
              <TableCell>Observations</TableCell>
              {canFollow && <TableCell>Actions</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {suspensions.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{SUSPENSION_REASON_LABELS[s.reason]}</TableCell>
                <TableCell>{dateOrDash(s.from)}</TableCell>
                <TableCell>{s.to ? dateOrDash(s.to) : 'en cours'}</TableCell>
                <TableCell>{s.days}</TableCell>
                <TableCell>{s.note ?? ''}</TableCell>
                {canFollow && (
                  <TableCell>
                    {!s.to && (
                      <Button
                        size="small"
                        disabled={closing.isPending}
                        onClick={() => close(s.id)}
                        aria-label={`Clore aujourd’hui la suspension du ${dateOrDash(s.from)}`}
                      >
                        Clore
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
            {suspensions.length === 0 && (
              <TableRow>
                <TableCell colSpan={canFollow ? 6 : 5}>Aucune suspension.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <FormErrorAlert error={closing.error} />
      {canFollow && (
        <Box
          component="form"
          onSubmit={onSubmit}
          noValidate
          sx={{ maxWidth: 640, mt: 2 }}
          aria-labelledby="suspension-form-title"
        >
          <Typography variant="h3" id="suspension-form-title">
            Enregistrer une suspension
          </Typography>
          <FormSelectField
            control={form.control}
            name="reason"
            label="Motif de la suspension"
            options={optionsOf(SUSPENSION_REASON_LABELS)}
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
            <FormDateField control={form.control} name="from" label="Début de la suspension" />
            <FormDateField
              control={form.control}
              name="to"
              label="Fin de la suspension"
              helperText="Laisser vide si elle continue."
            />
          </Box>
          <FormTextField control={form.control} name="note" label="Observations" multiline minRows={2} />
          <FormErrorAlert error={form.formState.errors.root?.server} />
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.formState.isSubmitting}>
            Enregistrer la suspension
          </Button>
        </Box>
      )}
    </SectionCard>
  );
}
