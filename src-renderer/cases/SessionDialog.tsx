import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { AppError } from '@shared/errors';
import { formatMinutes } from '@shared/domain/duration';
import { SESSION_OUTCOME_LABELS, minutesBetween, type SessionOutcome } from '@shared/domain/hours-ledger';
import { sessionInputSchema, type LedgerEntryView, type MeasureDetail } from '@shared/schemas/measures';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { optionsOf } from '../forms/fields/SelectField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { contractResolver } from '../forms/contractResolver';
import { blankToNull, dateOrDash, todayLocal } from './labels';
import { sessionProblems } from './sessionProblems';
import { WorkingTimeOverrideDialog } from './WorkingTimeOverrideDialog';

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

interface SessionValues {
  date: string;
  startTime: string;
  endTime: string;
  /** The duration as typed ("3:30"), used only without start and end times. */
  durationMinutes: string;
  outcome: SessionOutcome;
  remarks: string;
}

const hasTimes = (values: SessionValues) => values.startTime !== '' || values.endTime !== '';

/**
 * A new session in the hours ledger, or the correction of one (the original stays, struck through). A worked session
 * is given by its start and end times; the shared rules (a day the placement covers, the minors' working time) show
 * under the fields as they are typed. An adult's day past 10 h asks for the reason before it is recorded.
 */
export function SessionDialog({
  detail,
  corrects,
  onClose,
}: {
  detail: MeasureDetail;
  corrects: LedgerEntryView | null;
  onClose: () => void;
}) {
  const measureId = detail.measure.id;
  // Only the correction of an older entry recorded without times may still give a bare duration.
  const durationAllowed = corrects !== null && !corrects.startTime;
  const toInput = (values: SessionValues) => {
    const typed = parseDuration(values.durationMinutes);
    return {
      measureId,
      date: values.date,
      startTime: blankToNull(values.startTime),
      endTime: blankToNull(values.endTime),
      durationMinutes: hasTimes(values) || typed === null || Number.isNaN(typed) ? null : typed,
      outcome: values.outcome,
      remarks: blankToNull(values.remarks),
      correctsId: corrects?.id ?? null,
    };
  };
  const form = useForm<SessionValues>({
    defaultValues: {
      date: corrects?.date ?? todayLocal(),
      startTime: corrects?.startTime ?? '',
      endTime: corrects?.endTime ?? '',
      durationMinutes: corrects && !corrects.startTime ? durationText(corrects.durationMinutes) : '',
      outcome: corrects?.outcome ?? 'present',
      remarks: corrects?.remarks ?? '',
    },
    resolver: contractResolver(sessionInputSchema, toInput, (values) => {
      const typed = parseDuration(values.durationMinutes);
      const unreadable =
        typed !== null && Number.isNaN(typed)
          ? [{ path: 'durationMinutes', message: 'Durée illisible : écrivez par exemple 3:30 ou 3 h 30.' }]
          : [];
      const rules = Object.entries(sessionProblems(detail, corrects, values, todayLocal())).map(([path, message]) => ({
        path,
        message,
      }));
      return [...unreadable, ...rules];
    }),
  });
  const [warning, setWarning] = useState<{ message: string; values: SessionValues } | null>(null);
  const record = useRpcMutation('hours.record');
  const [date, startTime, endTime, durationMinutes, outcome] = useWatch({
    control: form.control,
    name: ['date', 'startTime', 'endTime', 'durationMinutes', 'outcome'],
  });
  const live = sessionProblems(detail, corrects, { date, startTime, endTime, outcome }, todayLocal());
  const computed = startTime && endTime ? minutesBetween(startTime, endTime) : null;
  const typed = parseDuration(durationMinutes);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await record.mutateAsync(toInput(values));
      onClose();
    } catch (error) {
      if (error instanceof AppError && error.warning === 'adult_daily_hours')
        setWarning({ message: error.message, values });
      else showServerError(form, error);
    }
  });
  const confirmOverride = async (reason: string) => {
    if (!warning) return;
    try {
      await record.mutateAsync({ ...toInput(warning.values), overrideReason: reason });
      onClose();
    } catch (error) {
      setWarning(null);
      showServerError(form, error);
    }
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
          <FormDateField control={form.control} name="date" label="Date de la séance" autoFocus problem={live.date} />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
            <FormDateField
              control={form.control}
              name="startTime"
              label="Heure de début"
              time
              problem={live.startTime}
            />
            <FormDateField
              control={form.control}
              name="endTime"
              label="Heure de fin"
              time
              problem={live.endTime}
              helperText={computed !== null ? `Durée : ${formatMinutes(computed)}.` : undefined}
            />
          </Box>
          {durationAllowed && (
            <FormTextField
              control={form.control}
              name="durationMinutes"
              label="Durée"
              disabled={startTime !== '' || endTime !== ''}
              helperText={live.durationMinutes ?? durationHelp}
            />
          )}
          <FormSelectField
            control={form.control}
            name="outcome"
            label="Issue de la séance"
            options={optionsOf(SESSION_OUTCOME_LABELS)}
          />
          <FormTextField control={form.control} name="remarks" label="Remarques" multiline minRows={2} />
          <FormErrorAlert error={form.formState.errors.root?.server} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
            {corrects ? 'Enregistrer la correction' : 'Enregistrer la séance'}
          </Button>
        </DialogActions>
      </form>
      {warning && (
        <WorkingTimeOverrideDialog
          warning={warning.message}
          onConfirm={confirmOverride}
          onCancel={() => setWarning(null)}
        />
      )}
    </Dialog>
  );
}
