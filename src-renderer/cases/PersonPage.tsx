import { atPlace } from '@shared/domain/french-places';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { WeeklySlot } from '@shared/domain/weekly-slots';
import { updatePersonInput, type Person } from '@shared/schemas/persons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { DocumentsSection } from '../documents/DocumentsSection';
import { AvailabilityGrid } from './AvailabilityGrid';
import { ChipsInput } from './ChipsInput';
import { blankToNull, dateOrDash, personName } from './labels';
import { contractResolver } from '../forms/contractResolver';
import { PersonForm, personIdentityInput, personIdentityValues, type PersonIdentityValues } from './PersonForm';
import { PersonMeasures } from './PersonMeasures';
import { casesPaths } from './routes';
import { SectionCard } from './SectionCard';
import { Timeline } from './Timeline';

interface Values {
  id: string;
  person: PersonIdentityValues & {
    availability: WeeklySlot[];
    drivingLicence: boolean;
    languages: string[];
    skills: string[];
    healthRestrictions: string;
    disabledWorker: boolean;
    pregnant: boolean;
    lawyer: string;
    notes: string;
  };
}

function valuesOf(person: Person): Values {
  return {
    id: person.id,
    person: {
      ...personIdentityValues(person),
      availability: person.availability,
      drivingLicence: person.drivingLicence,
      languages: person.languages,
      skills: person.skills,
      healthRestrictions: person.healthRestrictions ?? '',
      disabledWorker: person.disabledWorker,
      pregnant: person.pregnant,
      lawyer: person.lawyer ?? '',
      notes: person.notes ?? '',
    },
  };
}

const toInput = ({ id, person }: Values) => ({
  id,
  person: {
    ...personIdentityInput(person),
    availability: person.availability,
    drivingLicence: person.drivingLicence,
    languages: person.languages,
    skills: person.skills,
    healthRestrictions: blankToNull(person.healthRestrictions),
    disabledWorker: person.disabledWorker,
    pregnant: person.pregnant,
    lawyer: blankToNull(person.lawyer),
    notes: blankToNull(person.notes),
  },
});
const resolver = contractResolver(updatePersonInput, toInput);

/** The person file: identity and situation (editable), their measures and their history. */
export function PersonPage({ id }: { id: string }) {
  const person = useQuery(rpcQuery('persons.get', { id }));
  const measures = useQuery(rpcQuery('persons.measures', { id }));
  const timeline = useQuery(rpcQuery('persons.timeline', { id }));
  const data = person.data;
  const [saved, setSaved] = useState(false);
  return (
    <>
      <Link href={casesPaths.caseload}>← Retour aux dossiers</Link>
      <Typography variant="h1" sx={{ mt: 1 }}>
        {data ? personName(data) : 'Fiche de la personne'}
      </Typography>
      {data && (
        <Typography sx={{ mb: 2 }}>
          Dossier {data.dossierNumber} — né(e) le {dateOrDash(data.birthDate)}
          {data.birthPlace ? ` ${atPlace(data.birthPlace)}` : ''}
        </Typography>
      )}
      {person.error && <Alert severity="error">{person.error.message}</Alert>}
      {person.isPending && <LinearProgress aria-label="Chargement de la fiche" />}
      <SectionCard title="Mesures">
        {measures.error ? (
          <Alert severity="error">{measures.error.message}</Alert>
        ) : (
          <PersonMeasures measures={measures.data ?? []} />
        )}
      </SectionCard>
      {data && (
        <PersonEditor
          key={data.updatedAt}
          person={data}
          saved={saved}
          onDismiss={() => setSaved(false)}
          onSaved={() => setSaved(true)}
        />
      )}
      <DocumentsSection owner={{ personId: id }} label="Documents imprimés pour la personne" />
      <SectionCard title="Historique">
        {timeline.error ? (
          <Alert severity="error">{timeline.error.message}</Alert>
        ) : (
          <Timeline events={timeline.data ?? []} />
        )}
      </SectionCard>
    </>
  );
}

function PersonEditor({
  person,
  saved,
  onDismiss,
  onSaved,
}: {
  person: Person;
  saved: boolean;
  onDismiss: () => void;
  onSaved: () => void;
}) {
  const form = useForm<Values>({ defaultValues: valuesOf(person), resolver });
  const update = useRpcMutation('persons.update');
  const { control } = form;
  const flag = (key: 'drivingLicence' | 'disabledWorker' | 'pregnant', label: string) => (
    <Controller
      control={control}
      name={`person.${key}`}
      render={({ field }) => (
        <FormControlLabel
          control={
            <Checkbox
              checked={field.value}
              onChange={(event) => field.onChange(event.target.checked)}
              onBlur={field.onBlur}
              slotProps={{ input: { name: field.name } }}
            />
          }
          label={label}
        />
      )}
    />
  );

  const submit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync(toInput(values));
      onSaved();
    } catch (error) {
      showServerError(form, error);
    }
  });
  const onSubmit = (event: FormEvent) => {
    onDismiss();
    void submit(event);
  };

  return (
    <SectionCard title="Identité et situation">
      <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 960 }}>
        <PersonForm form={form} />
        <Typography variant="h3" sx={{ mt: 2 }}>
          Disponibilités et aptitudes
        </Typography>
        <Controller
          control={control}
          name="person.availability"
          render={({ field }) => (
            <AvailabilityGrid legend="Disponibilités dans la semaine" value={field.value} onChange={field.onChange} />
          )}
        />
        {flag('drivingLicence', 'Permis de conduire')}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, mt: 1 }}>
          <Controller
            control={control}
            name="person.languages"
            render={({ field }) => <ChipsInput label="Langues parlées" value={field.value} onChange={field.onChange} />}
          />
          <Controller
            control={control}
            name="person.skills"
            render={({ field }) => <ChipsInput label="Compétences" value={field.value} onChange={field.onChange} />}
          />
        </Box>
        <Typography variant="h3" sx={{ mt: 3 }}>
          Santé
        </Typography>
        <FormTextField
          control={control}
          name="person.healthRestrictions"
          label="Restrictions de santé ou physiques"
          multiline
          minRows={2}
        />
        {flag('disabledWorker', 'Travailleur handicapé (RQTH)')}
        {flag('pregnant', 'Grossesse')}
        <Typography variant="h3" sx={{ mt: 2 }}>
          Suivi
        </Typography>
        <FormTextField control={control} name="person.lawyer" label="Avocat" />
        <FormTextField control={control} name="person.notes" label="Notes" multiline minRows={3} />
        <FormErrorAlert error={form.formState.errors.root?.server} />
        {saved && (
          <Alert severity="success" sx={{ mt: 2 }} onClose={onDismiss}>
            Fiche enregistrée.
          </Alert>
        )}
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.formState.isSubmitting}>
          Enregistrer la fiche
        </Button>
      </Box>
    </SectionCard>
  );
}
