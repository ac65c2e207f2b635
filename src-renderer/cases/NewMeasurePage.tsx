import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { FieldIssue } from '@shared/errors';
import { registerMeasureInput } from '@shared/schemas/measures';
import type { PersonSummary } from '@shared/schemas/persons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { dateOrDash, personName } from './labels';
import {
  MeasureDecisionFields,
  measureFormValues,
  measureInputOf,
  measureProblems,
  type MeasureFormValues,
} from './MeasureDecisionForm';
import { contractResolver } from '../forms/contractResolver';
import { PersonForm, emptyPersonIdentity, personIdentityInput, type PersonIdentityValues } from './PersonForm';
import { PersonPicker } from './PersonPicker';
import { casesPaths } from './routes';

type PersonMode = 'existing' | 'new';

interface Values {
  /** A person already known, or a new one typed below. */
  mode: PersonMode;
  /** The person found by the search ('' until one is chosen), and their birth date for the age rules. */
  personId: string;
  pickedBirthDate: string;
  person: PersonIdentityValues;
  measure: MeasureFormValues;
}

const toInput = (values: Values) => {
  const measure = measureInputOf(values.measure);
  return values.mode === 'new'
    ? { person: personIdentityInput(values.person), measure }
    : { personId: values.personId || undefined, measure };
};

const birthDateOf = (values: Values) =>
  (values.mode === 'existing' ? values.pickedBirthDate : values.person.birthDate) || null;

const resolver = contractResolver(registerMeasureInput, toInput, (values) => {
  const live = measureProblems(values.measure, birthDateOf(values));
  const extra: FieldIssue[] = Object.entries(live).map(([key, message]) => ({ path: `measure.${key}`, message }));
  if (values.mode === 'existing' && !values.personId)
    extra.push({ path: 'personId', message: 'Choisissez une personne ou saisissez une nouvelle personne.' });
  return extra;
});

/** Every message of the form's errors but the alert's own, in field order. */
function messagesOf(errors: FieldErrors, skip = 'root'): string[] {
  return Object.entries(errors).flatMap(([key, error]) => {
    if (key === skip || !error) return [];
    if (typeof error.message === 'string') return [error.message];
    return messagesOf(error as FieldErrors, '');
  });
}

/** Registers a court decision: first the person (found or new), then the measure. */
export function NewMeasurePage() {
  const navigate = useNavigate();
  const [picked, setPicked] = useState<PersonSummary | null>(null);
  const form = useForm<Values>({
    defaultValues: {
      mode: 'existing',
      personId: '',
      pickedBirthDate: '',
      person: emptyPersonIdentity(),
      measure: measureFormValues(),
    },
    resolver,
  });
  const register = useRpcMutation('measures.register');
  const [mode, typedBirthDate] = useWatch({ control: form.control, name: ['mode', 'person.birthDate'] });
  const birthDate = mode === 'existing' ? (picked?.birthDate ?? null) : typedBirthDate || null;

  const pick = (person: PersonSummary | null) => {
    setPicked(person);
    form.setValue('personId', person?.id ?? '');
    form.setValue('pickedBirthDate', person?.birthDate ?? '');
    if (person) form.clearErrors('personId');
  };

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const detail = await register.mutateAsync(toInput(values));
      void navigate(casesPaths.measure(detail.measure.id));
    } catch (error) {
      showServerError(form, error);
    }
  });

  const { errors, isSubmitted, isSubmitting } = form.formState;
  const fieldMessages = messagesOf(errors);
  return (
    <>
      <Link href={casesPaths.caseload}>← Retour aux dossiers</Link>
      <Typography variant="h1" sx={{ mt: 1, mb: 2 }}>
        Nouvelle mesure
      </Typography>
      <form onSubmit={onSubmit} noValidate>
        <Paper variant="outlined" component="section" aria-labelledby="step-person" sx={{ p: 2, mb: 2, maxWidth: 960 }}>
          <Typography variant="h2" id="step-person" gutterBottom>
            1. La personne
          </Typography>
          <ToggleButtonGroup
            exclusive
            size="small"
            color="primary"
            value={mode}
            onChange={(_event, next: PersonMode | null) => next && form.setValue('mode', next)}
            aria-label="Personne concernée"
          >
            <ToggleButton value="existing">Personne déjà connue</ToggleButton>
            <ToggleButton value="new">Nouvelle personne</ToggleButton>
          </ToggleButtonGroup>
          {mode === 'existing' &&
            (picked ? (
              <Alert
                severity="info"
                variant="outlined"
                sx={{ mt: 2 }}
                action={
                  <Button color="inherit" size="small" onClick={() => pick(null)}>
                    Changer de personne
                  </Button>
                }
              >
                Personne choisie : <strong>{personName(picked)}</strong>, née le {dateOrDash(picked.birthDate)} —
                dossier {picked.dossierNumber}
              </Alert>
            ) : (
              <>
                <PersonPicker onPick={pick} />
                {errors.personId && (
                  <Alert severity="error" sx={{ mt: 1 }}>
                    {errors.personId.message}
                  </Alert>
                )}
              </>
            ))}
          {mode === 'new' && <PersonForm form={form} />}
        </Paper>
        <Paper
          variant="outlined"
          component="section"
          aria-labelledby="step-decision"
          sx={{ p: 2, mb: 2, maxWidth: 960 }}
        >
          <Typography variant="h2" id="step-decision" gutterBottom>
            2. La décision
          </Typography>
          <MeasureDecisionFields form={form} birthDate={birthDate} />
        </Paper>
        {isSubmitted && !isSubmitting && fieldMessages.length > 0 && (
          <Alert severity="error" role="alert" sx={{ mb: 2, maxWidth: 960 }}>
            La mesure n’a pas été enregistrée :
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {fieldMessages.map((message, index) => (
                <li key={index}>{message}</li>
              ))}
            </ul>
          </Alert>
        )}
        <FormErrorAlert error={errors.root?.server} />
        <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
          <Button type="submit" variant="contained" disabled={isSubmitting}>
            {isSubmitting ? 'Enregistrement…' : 'Enregistrer la mesure'}
          </Button>
          <Button href={casesPaths.caseload}>Annuler</Button>
        </Stack>
      </form>
    </>
  );
}
