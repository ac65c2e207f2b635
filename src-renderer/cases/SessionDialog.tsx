import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import type { FormEvent } from 'react';
import { formatMinutes } from '@shared/domain/duration';
import { SESSION_OUTCOME_LABELS, minutesBetween } from '@shared/domain/hours-ledger';
import { sessionInputSchema, type LedgerEntryView } from '@shared/schemas/measures';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { blankToNull, dateOrDash, todayLocal } from './labels';
import { SelectField, optionsOf } from '../forms/fields/SelectField';

/** "3:30", "3 h 30", "3h" or "3" (hours) → minutes; null when empty, NaN when unreadable. */
export function parseDuration(text: string): number | null {
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  const match = /^(\d{1,2})\s*(?:h|:)?\s*(\d{1,2})?\s*(?:min)?$/.exec(value);
  if (!match) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2] ?? 0);
}

const durationText = (minutes: number) =>
  minutes === 0 ? '0:00' : `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** A new session in the hours ledger, or the correction of one (the original stays, struck through). */
export function SessionDialog({
  measureId,
  corrects,
  onClose,
  onDone,
}: {
  measureId: string;
  corrects: LedgerEntryView | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const rpc = useRpc();
  const form = useZodForm({
    date: corrects?.date ?? todayLocal(),
    startTime: corrects?.startTime ?? '',
    endTime: corrects?.endTime ?? '',
    durationMinutes: corrects && !corrects.startTime ? durationText(corrects.durationMinutes) : '',
    outcome: corrects?.outcome ?? 'present',
    remarks: corrects?.remarks ?? '',
  });
  const { values } = form;
  const computed = values.startTime && values.endTime ? minutesBetween(values.startTime, values.endTime) : null;
  const typed = parseDuration(values.durationMinutes);
  const hasTimes = values.startTime !== '' || values.endTime !== '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const extra =
      typed !== null && Number.isNaN(typed)
        ? [{ path: 'durationMinutes', message: 'Durée illisible : écrivez par exemple 3:30 ou 3 h 30.' }]
        : [];
    void form.submit(
      sessionInputSchema,
      {
        measureId,
        date: values.date,
        startTime: blankToNull(values.startTime),
        endTime: blankToNull(values.endTime),
        durationMinutes: hasTimes || typed === null || Number.isNaN(typed) ? null : typed,
        outcome: values.outcome,
        remarks: blankToNull(values.remarks),
        correctsId: corrects?.id ?? null,
      },
      async (parsed) => {
        await rpc.call('hours.record', parsed);
        onDone();
      },
      extra,
    );
  };

  const durationHelp =
    computed !== null
      ? `Durée calculée d’après les horaires : ${formatMinutes(computed)}.`
      : typed !== null && !Number.isNaN(typed)
        ? `Soit ${formatMinutes(typed)}.`
        : 'Sans horaires : la durée, par exemple 3:30 ou 3 h 30.';
  const title = corrects ? `Corriger la séance du ${dateOrDash(corrects.date)}` : 'Nouvelle séance';
  return (
    <Dialog open onClose={onClose} aria-labelledby="session-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="session-title">{title}</DialogTitle>
        <DialogContent>
          <TextField
            label="Date de la séance"
            type="date"
            autoFocus
            slotProps={{ inputLabel: { shrink: true } }}
            {...form.text('date')}
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
            <TextField
              label="Heure de début"
              type="time"
              slotProps={{ inputLabel: { shrink: true } }}
              {...form.text('startTime')}
            />
            <TextField
              label="Heure de fin"
              type="time"
              slotProps={{ inputLabel: { shrink: true } }}
              {...form.text('endTime')}
            />
          </Box>
          <TextField label="Durée" disabled={hasTimes} {...form.text('durationMinutes', durationHelp)} />
          <SelectField
            label="Issue de la séance"
            options={optionsOf(SESSION_OUTCOME_LABELS)}
            {...form.text('outcome')}
          />
          <TextField label="Remarques" multiline minRows={2} {...form.text('remarks')} />
          <FormErrorAlert error={form.formError} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.pending}>
            {corrects ? 'Enregistrer la correction' : 'Enregistrer la séance'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
