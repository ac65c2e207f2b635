import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FormEvent } from 'react';
import { SUSPENSION_REASON_LABELS, suspensionInput, type MeasureDetail } from '@shared/schemas/measures';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { blankToNull, dateOrDash, todayLocal } from './labels';
import { SectionCard } from './SectionCard';
import { SelectField, optionsOf } from '../forms/fields/SelectField';
import { useAction } from './useAction';

/** Periods that stop the execution deadline (JAP decision or by law); each suspended day extends it. */
export function SuspensionsCard({
  detail,
  canFollow,
  onChanged,
}: {
  detail: MeasureDetail;
  canFollow: boolean;
  onChanged: () => void;
}) {
  const rpc = useRpc();
  const closing = useAction();
  const empty = { reason: 'medical', from: todayLocal(), to: '', note: '' };
  const form = useZodForm(empty);
  const suspensions = [...detail.suspensions].sort((a, b) => b.from.localeCompare(a.from));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { values } = form;
    void form.submit(
      suspensionInput,
      {
        measureId: detail.measure.id,
        reason: values.reason,
        from: values.from,
        to: blankToNull(values.to),
        note: blankToNull(values.note),
      },
      async (parsed) => {
        await rpc.call('suspensions.record', parsed);
        form.reset(empty);
        onChanged();
      },
    );
  };

  const close = (suspensionId: string) =>
    void closing
      .run(() => rpc.call('suspensions.end', { suspensionId, to: todayLocal() }))
      .then((ok) => ok && onChanged());

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
                        disabled={closing.pending}
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
          <SelectField
            label="Motif de la suspension"
            options={optionsOf(SUSPENSION_REASON_LABELS)}
            {...form.text('reason')}
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
            <TextField
              label="Début de la suspension"
              type="date"
              slotProps={{ inputLabel: { shrink: true } }}
              {...form.text('from')}
            />
            <TextField
              label="Fin de la suspension"
              type="date"
              slotProps={{ inputLabel: { shrink: true } }}
              {...form.text('to', 'Laisser vide si elle continue.')}
            />
          </Box>
          <TextField label="Observations" multiline minRows={2} {...form.text('note')} />
          <FormErrorAlert error={form.formError} />
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending}>
            Enregistrer la suspension
          </Button>
        </Box>
      )}
    </SectionCard>
  );
}
