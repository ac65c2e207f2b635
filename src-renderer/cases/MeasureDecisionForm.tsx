import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import type { ReactElement, Ref } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { DEADLINE_MAX_MONTHS, latestAllowedDeadline, deadlineProblem } from '@shared/domain/deadline';
import { hoursOrderedProblem } from '@shared/domain/hours-rules';
import { formatDateLong, isValidLocalDate } from '@shared/domain/local-date';
import { decisionDateProblem } from '@shared/domain/decision-date';
import { ENFORCEABLE_SOURCE_LABELS, enforceableDateProblem, type EnforceableSource } from '@shared/domain/enforceable';
import { ageProblem, minorAtFacts } from '@shared/domain/minors';
import { measureAuthority } from '@shared/domain/measure-authority';
import {
  MEASURE_TYPE_LABELS,
  OFFENCE_CATEGORY_LABELS,
  type MeasureType,
  type OffenceCategory,
} from '@shared/domain/measure-types';
import type { Measure, MeasureInput } from '@shared/schemas/measures';
import { DateField } from '../forms/fields/DateField';
import { SelectField, optionsOf } from '../forms/fields/SelectField';
import { blankToNull, toNumber, todayLocal } from './labels';

/** The decision as typed: text everywhere ('' for empty), the hours too until they are checked. */
export interface MeasureFormValues {
  type: MeasureType;
  court: string;
  decisionDate: string;
  /** How the decision became enforceable, and the day ('' for the decision date). */
  enforceableSource: EnforceableSource;
  enforceableDate: string;
  offenceDate: string;
  hoursOrdered: string;
  deadline: string;
  magistrate: string;
  followingMagistrate: string;
  followingCourt: string;
  offenceCategory: OffenceCategory;
  courtReference: string;
}

/** Forms that hold the decision under "measure", the path the server's field errors use. */
export interface MeasureScope {
  measure: MeasureFormValues;
}
type MeasureField = keyof MeasureFormValues;

/** A blank decision, or the registered one to correct. */
export function measureFormValues(measure?: Measure): MeasureFormValues {
  return {
    type: measure?.type ?? 'tig',
    court: measure?.court ?? '',
    decisionDate: measure?.decisionDate ?? '',
    enforceableSource: measure?.enforceableSource ?? 'contradictoire',
    enforceableDate: measure && measure.enforceableSource !== 'contradictoire' ? measure.enforceableDate : '',
    offenceDate: measure?.offenceDate ?? '',
    hoursOrdered: measure ? String(measure.hoursOrdered) : '',
    deadline: measure?.deadline ?? '',
    magistrate: measure?.magistrate ?? '',
    followingMagistrate: measure?.followingMagistrate ?? '',
    followingCourt: measure?.followingCourt ?? '',
    offenceCategory: measure?.offenceCategory ?? 'autre',
    courtReference: measure?.courtReference ?? '',
  };
}

/** The contract's input (measureInputSchema) from the form values. */
export function measureInputOf(values: MeasureFormValues): MeasureInput {
  return {
    type: values.type,
    court: values.court,
    decisionDate: values.decisionDate,
    enforceableSource: values.enforceableSource,
    enforceableDate: blankToNull(values.enforceableDate),
    offenceDate: blankToNull(values.offenceDate),
    hoursOrdered: toNumber(values.hoursOrdered) as number,
    deadline: values.deadline,
    magistrate: blankToNull(values.magistrate),
    followingMagistrate: blankToNull(values.followingMagistrate),
    followingCourt: blankToNull(values.followingCourt),
    offenceCategory: values.offenceCategory,
    courtReference: blankToNull(values.courtReference),
  };
}

/** The day the deadline runs from: the enforceable date typed, else the decision date; null while not a date. */
function enforceableFrom(values: MeasureFormValues): string | null {
  const date = values.enforceableDate.trim() === '' ? values.decisionDate : values.enforceableDate;
  return isValidLocalDate(date) ? date : null;
}

/** The shared rules, checked as the clerk types: { field: message }. */
export function measureProblems(values: MeasureFormValues, birthDate: string | null): Record<string, string> {
  const m = measureInputOf(values);
  const problems: Record<string, string> = {};
  const hours = toNumber(values.hoursOrdered);
  if (hours !== undefined) {
    const problem = hoursOrderedProblem(m.type, hours);
    if (problem) problems.hoursOrdered = problem;
  }
  const decisionKnown = isValidLocalDate(m.decisionDate);
  const future = decisionKnown ? decisionDateProblem(m.decisionDate, todayLocal()) : null;
  if (future) problems.decisionDate = future;
  const enforceable = enforceableFrom(values);
  if (decisionKnown && enforceable) {
    const problem = enforceableDateProblem(m.decisionDate, enforceable, values.enforceableSource, todayLocal());
    if (problem) problems.enforceableDate = problem;
  }
  if (decisionKnown && enforceable && isValidLocalDate(m.deadline)) {
    const problem = deadlineProblem(m.type, m.decisionDate, m.deadline, enforceable);
    if (problem) problems.deadline = problem;
  }
  const offence = m.offenceDate && isValidLocalDate(m.offenceDate) ? m.offenceDate : null;
  if (birthDate && isValidLocalDate(birthDate) && decisionKnown) {
    const problem = ageProblem(m.type, birthDate, m.decisionDate, offence);
    if (problem) problems[problem.field] = problem.message;
  }
  return problems;
}

/** One field's value and error, as its Controller gives them. */
interface Bound {
  name: string;
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  inputRef: Ref<HTMLInputElement>;
  error?: string;
}

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 } as const;

/**
 * The court decision: type, court, dates, hours, deadline (with the latest allowed date), magistrate, offence;
 * bound to the form's "measure" values. The shared rules (hours by type, deadline, age) show under their field as
 * the clerk types, until the form has its own error there.
 */
export function MeasureDecisionFields<V extends MeasureScope, C, O>({
  form,
  birthDate,
}: {
  form: UseFormReturn<V, C, O>;
  birthDate: string | null;
}) {
  // The fields only touch "measure": the rest of the form is the caller's.
  const { control, setValue, formState } = form as unknown as UseFormReturn<MeasureScope>;
  const values = useWatch({ control, name: 'measure' });
  const live = measureProblems(values, birthDate);
  const { type, decisionDate, enforceableSource, offenceDate } = values;
  // Who follows the measure: the JAP, the juge des enfants (minor at the facts) or the procureur.
  const authority = measureAuthority(type, minorAtFacts(type, birthDate, decisionDate, offenceDate));
  const from = isValidLocalDate(decisionDate) ? enforceableFrom(values) : null;
  const latest = from ? latestAllowedDeadline(type, from) : null;

  const bind = (key: MeasureField, render: (bound: Bound) => ReactElement) => (
    <Controller
      control={control}
      name={`measure.${key}`}
      render={({ field, fieldState }) =>
        render({
          name: field.name,
          value: field.value,
          onChange: field.onChange,
          onBlur: field.onBlur,
          inputRef: field.ref,
          error: fieldState.error?.message,
        })
      }
    />
  );
  const shown = (key: MeasureField, bound: Bound, help?: string) => {
    const message = bound.error ?? live[key];
    return {
      id: `field-${bound.name}`,
      name: bound.name,
      onBlur: bound.onBlur,
      inputRef: bound.inputRef,
      error: message !== undefined,
      helperText: message ?? help,
    };
  };
  const text = (key: MeasureField, label: string, props: { required?: boolean; help?: string; numeric?: boolean }) =>
    bind(key, (bound) => (
      <TextField
        label={label}
        required={props.required}
        autoComplete="off"
        value={bound.value}
        onChange={(event) => bound.onChange(event.target.value)}
        slotProps={props.numeric ? { htmlInput: { inputMode: 'numeric' } } : undefined}
        {...shown(key, bound, props.help)}
      />
    ));
  const date = (key: MeasureField, label: string, props: { required?: boolean; help?: string }) =>
    bind(key, (bound) => (
      <DateField
        label={label}
        required={props.required}
        value={bound.value}
        onChange={bound.onChange}
        {...shown(key, bound, props.help)}
      />
    ));
  const select = (key: MeasureField, label: string, options: [string, string][]) =>
    bind(key, (bound) => {
      const { inputRef: _unused, onBlur: _blur, ...props } = shown(key, bound);
      return (
        <SelectField
          label={label}
          options={options}
          value={bound.value}
          onChange={(event) => bound.onChange(event.target.value)}
          {...props}
        />
      );
    });

  return (
    <Box sx={grid}>
      {select('type', 'Type de mesure', optionsOf(MEASURE_TYPE_LABELS))}
      {text('court', 'Juridiction', { required: true, help: 'Ex. : Tribunal judiciaire de Lyon' })}
      {date('decisionDate', 'Date de la décision', { required: true })}
      {date('offenceDate', 'Date des faits', {
        required: type === 'tig_mineur',
        help: type === 'tig_mineur' ? 'Obligatoire pour un TIG mineur.' : 'Facultative, sauf pour un TIG mineur.',
      })}
      {select('enforceableSource', 'Caractère exécutoire', optionsOf(ENFORCEABLE_SOURCE_LABELS))}
      {date('enforceableDate', 'Date où la décision est devenue exécutoire', {
        required: enforceableSource !== 'contradictoire',
        help:
          enforceableSource === 'contradictoire'
            ? 'Le jour de la décision : laisser vide.'
            : enforceableSource === 'signification'
              ? 'Date de la signification. Le délai d’exécution court à partir de cette date.'
              : 'Date de l’arrêt d’appel. Le délai d’exécution court à partir de cette date.',
      })}
      {text('hoursOrdered', 'Heures ordonnées', {
        required: true,
        numeric: true,
        help: type === 'tnr' ? 'De 1 à 100 heures.' : 'De 20 à 400 heures.',
      })}
      <Box>
        {date('deadline', 'Délai d’exécution', {
          required: true,
          help: latest
            ? `Au plus tard le ${formatDateLong(latest)} (${DEADLINE_MAX_MONTHS[type]} mois après la date exécutoire).`
            : 'Saisissez d’abord la date de la décision.',
        })}
        {latest && (
          <Button
            size="small"
            onClick={() =>
              setValue('measure.deadline', latest, { shouldDirty: true, shouldValidate: formState.isSubmitted })
            }
          >
            Délai maximal ({formatDateLong(latest)})
          </Button>
        )}
      </Box>
      {text('magistrate', 'Président(e) ayant statué', { help: 'Ex. : Mme Anne Lemoine' })}
      {text('followingMagistrate', authority.magistrateLabel, {
        help: `Qui suit la mesure (ex. : Mme Claire Roux) : destinataire des rapports.`,
      })}
      {text('followingCourt', `Siège ${authority.ofTitle}`, {
        help: 'S’il diffère du tribunal qui a statué (ex. : Tribunal judiciaire de Libourne).',
      })}
      {select('offenceCategory', 'Catégorie d’infraction', optionsOf(OFFENCE_CATEGORY_LABELS))}
      {text('courtReference', 'Numéro de parquet ou de jugement', {})}
    </Box>
  );
}
