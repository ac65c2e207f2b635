import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { latestAllowedDeadline, deadlineProblem } from '@shared/domain/deadline';
import { hoursOrderedProblem } from '@shared/domain/hours-rules';
import { formatDateLong, isValidLocalDate } from '@shared/domain/local-date';
import { ageProblem } from '@shared/domain/minors';
import { MEASURE_TYPE_LABELS, OFFENCE_CATEGORY_LABELS, type MeasureType } from '@shared/domain/measure-types';
import type { MeasureInput } from '@shared/schemas/measures';
import type { ZodForm } from '../forms/useZodForm';
import { blankToNull, toNumber } from './labels';
import type { FormValues } from './PersonForm';
import { SelectField, optionsOf } from '../forms/fields/SelectField';

export const MEASURE_FIELDS = [
  'type',
  'court',
  'decisionDate',
  'offenceDate',
  'hoursOrdered',
  'deadline',
  'magistrate',
  'offenceCategory',
  'courtReference',
] as const;

export function emptyMeasureValues(prefix: string): FormValues {
  const values: FormValues = Object.fromEntries(MEASURE_FIELDS.map((key) => [`${prefix}${key}`, '']));
  values[`${prefix}type`] = 'tig';
  values[`${prefix}offenceCategory`] = 'autre';
  return values;
}

export function measureInputFrom(values: FormValues, prefix: string): MeasureInput {
  const get = (key: string) => String(values[`${prefix}${key}`] ?? '');
  return {
    type: get('type') as MeasureType,
    court: get('court'),
    decisionDate: get('decisionDate'),
    offenceDate: blankToNull(get('offenceDate')),
    hoursOrdered: toNumber(get('hoursOrdered')) as number,
    deadline: get('deadline'),
    magistrate: blankToNull(get('magistrate')),
    offenceCategory: get('offenceCategory') as MeasureInput['offenceCategory'],
    courtReference: blankToNull(get('courtReference')),
  };
}

/** The shared rules, checked as the clerk types: { field: message } without the prefix. */
export function liveMeasureProblems(
  values: FormValues,
  prefix: string,
  birthDate: string | null,
): Record<string, string> {
  const m = measureInputFrom(values, prefix);
  const problems: Record<string, string> = {};
  const hours = toNumber(String(values[`${prefix}hoursOrdered`] ?? ''));
  if (hours !== undefined) {
    const problem = hoursOrderedProblem(m.type, hours);
    if (problem) problems.hoursOrdered = problem;
  }
  const decisionKnown = isValidLocalDate(m.decisionDate);
  if (decisionKnown && isValidLocalDate(m.deadline)) {
    const problem = deadlineProblem(m.type, m.decisionDate, m.deadline);
    if (problem) problems.deadline = problem;
  }
  const offence = m.offenceDate && isValidLocalDate(m.offenceDate) ? m.offenceDate : null;
  if (birthDate && isValidLocalDate(birthDate) && decisionKnown) {
    const problem = ageProblem(m.type, birthDate, m.decisionDate, offence);
    if (problem) problems[problem.field] = problem.message;
  }
  return problems;
}

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 } as const;

/** The court decision: type, court, dates, hours, deadline (with the latest allowed date), magistrate, offence. */
export function MeasureDecisionForm({
  form,
  prefix = '',
  birthDate,
}: {
  form: ZodForm<FormValues>;
  prefix?: string;
  birthDate: string | null;
}) {
  const { values } = form;
  const live = liveMeasureProblems(values, prefix, birthDate);
  const field = (key: string, help?: string) => {
    const props = form.text(`${prefix}${key}`, help);
    const problem = live[key];
    return props.error || !problem ? props : { ...props, error: true, helperText: problem };
  };
  const type = String(values[`${prefix}type`]) as MeasureType;
  const decisionDate = String(values[`${prefix}decisionDate`] ?? '');
  const latest = isValidLocalDate(decisionDate) ? latestAllowedDeadline(type, decisionDate) : null;
  const dateProps = { type: 'date', slotProps: { inputLabel: { shrink: true } } } as const;
  return (
    <>
      <Box sx={grid}>
        <SelectField label="Type de mesure" options={optionsOf(MEASURE_TYPE_LABELS)} {...field('type')} />
        <TextField
          label="Juridiction"
          required
          autoComplete="off"
          {...field('court', 'Ex. : Tribunal judiciaire de Lyon')}
        />
        <TextField label="Date de la décision" required {...dateProps} {...field('decisionDate')} />
        <TextField
          label="Date des faits"
          required={type === 'tig_mineur'}
          {...dateProps}
          {...field(
            'offenceDate',
            type === 'tig_mineur' ? 'Obligatoire pour un TIG mineur.' : 'Facultative, sauf pour un TIG mineur.',
          )}
        />
        <TextField
          label="Heures ordonnées"
          required
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          {...field('hoursOrdered', type === 'tnr' ? 'De 1 à 100 heures.' : 'De 20 à 400 heures.')}
        />
        <Box>
          <TextField
            label="Délai d’exécution"
            required
            {...dateProps}
            {...field(
              'deadline',
              latest ? `Au plus tard le ${formatDateLong(latest)}.` : 'Saisissez d’abord la date de la décision.',
            )}
          />
          {latest && (
            <Button size="small" onClick={() => form.set(`${prefix}deadline`, latest)}>
              Délai maximal ({formatDateLong(latest)})
            </Button>
          )}
        </Box>
        <TextField label="Magistrat" autoComplete="off" {...field('magistrate')} />
        <SelectField
          label="Catégorie d’infraction"
          options={optionsOf(OFFENCE_CATEGORY_LABELS)}
          {...field('offenceCategory')}
        />
        <TextField label="Numéro de parquet ou de jugement" autoComplete="off" {...field('courtReference')} />
      </Box>
    </>
  );
}
