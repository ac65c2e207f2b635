import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { registerMeasureInput } from '@shared/schemas/measures';
import type { PersonSummary } from '@shared/schemas/persons';
import { useRpc } from '../app/RpcContext';
import { useNavigate } from 'react-router';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { dateOrDash, personName } from './labels';
import { MeasureDecisionForm, emptyMeasureValues, liveMeasureProblems, measureInputFrom } from './MeasureDecisionForm';
import { PersonForm, emptyPersonValues, personIdentityInput, type FormValues } from './PersonForm';
import { PersonPicker } from './PersonPicker';
import { casesPaths } from './routes';

type PersonMode = 'existing' | 'new';

/** Registers a court decision: first the person (found or new), then the measure. */
export function NewMeasurePage() {
  const navigate = useNavigate();
  const rpc = useRpc();
  const form = useZodForm<FormValues>({ ...emptyPersonValues('person.'), ...emptyMeasureValues('measure.') });
  const [mode, setMode] = useState<PersonMode>('existing');
  const [picked, setPicked] = useState<PersonSummary | null>(null);
  const [attempted, setAttempted] = useState(false);

  const birthDate =
    mode === 'existing' ? (picked?.birthDate ?? null) : String(form.values['person.birthDate'] || '') || null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const measure = measureInputFrom(form.values, 'measure.');
    const input =
      mode === 'existing'
        ? { personId: picked?.id, measure }
        : { person: personIdentityInput(form.values, 'person.'), measure };
    const live = liveMeasureProblems(form.values, 'measure.', birthDate);
    const extra = Object.entries(live).map(([key, message]) => ({ path: `measure.${key}`, message }));
    if (mode === 'existing' && !picked)
      extra.push({ path: 'personId', message: 'Choisissez une personne ou saisissez une nouvelle personne.' });
    void form.submit(
      registerMeasureInput,
      input,
      async (parsed) => {
        const detail = await rpc.call('measures.register', parsed);
        navigate(casesPaths.measure(detail.measure.id));
      },
      extra,
    );
  };

  const fieldMessages = Object.entries(form.fieldErrors);
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
            onChange={(_event, next: PersonMode | null) => next && setMode(next)}
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
                  <Button color="inherit" size="small" onClick={() => setPicked(null)}>
                    Changer de personne
                  </Button>
                }
              >
                Personne choisie : <strong>{personName(picked)}</strong>, née le {dateOrDash(picked.birthDate)} —
                dossier {picked.dossierNumber}
              </Alert>
            ) : (
              <>
                <PersonPicker onPick={setPicked} />
                {form.fieldErrors.personId && (
                  <Alert severity="error" sx={{ mt: 1 }}>
                    {form.fieldErrors.personId}
                  </Alert>
                )}
              </>
            ))}
          {mode === 'new' && <PersonForm form={form} prefix="person." />}
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
          <MeasureDecisionForm form={form} prefix="measure." birthDate={birthDate} />
        </Paper>
        {attempted && !form.pending && fieldMessages.length > 0 && (
          <Alert severity="error" role="alert" sx={{ mb: 2, maxWidth: 960 }}>
            La mesure n’a pas été enregistrée :
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {fieldMessages.map(([path, message]) => (
                <li key={path}>{message}</li>
              ))}
            </ul>
          </Alert>
        )}
        <FormErrorAlert error={form.formError} />
        <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
          <Button type="submit" variant="contained" disabled={form.pending}>
            {form.pending ? 'Enregistrement…' : 'Enregistrer la mesure'}
          </Button>
          <Button href={casesPaths.caseload}>Annuler</Button>
        </Stack>
      </form>
    </>
  );
}
