import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { WeeklySlot } from '@shared/domain/weekly-slots';
import { updatePersonInput, type Person } from '@shared/schemas/persons';
import { useRpc } from '../app/RpcContext';
import { useRpcQuery } from '../app/useRpcQuery';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { DocumentsSection } from '../documents/DocumentsSection';
import { AvailabilityGrid } from './AvailabilityGrid';
import { ChipsInput } from './ChipsInput';
import { blankToNull, dateOrDash, personName } from './labels';
import { PersonForm, personIdentityInput, type FormValues } from './PersonForm';
import { PersonMeasures } from './PersonMeasures';
import { casesPaths } from './routes';
import { SectionCard } from './SectionCard';
import { Timeline } from './Timeline';

const P = 'person.';

function valuesOf(person: Person): FormValues {
  const text = (value: string | null) => value ?? '';
  return {
    [`${P}lastName`]: person.lastName,
    [`${P}firstName`]: person.firstName,
    [`${P}birthDate`]: person.birthDate,
    [`${P}birthPlace`]: text(person.birthPlace),
    [`${P}phone`]: text(person.phone),
    [`${P}email`]: text(person.email),
    [`${P}street`]: text(person.street),
    [`${P}postalCode`]: text(person.postalCode),
    [`${P}city`]: text(person.city),
    [`${P}latitude`]: person.latitude === null ? '' : String(person.latitude),
    [`${P}longitude`]: person.longitude === null ? '' : String(person.longitude),
    [`${P}situation`]: text(person.situation),
    [`${P}drivingLicence`]: person.drivingLicence,
    [`${P}disabledWorker`]: person.disabledWorker,
    [`${P}pregnant`]: person.pregnant,
    [`${P}healthRestrictions`]: text(person.healthRestrictions),
    [`${P}lawyer`]: text(person.lawyer),
    [`${P}notes`]: text(person.notes),
  };
}

/** The person file: identity and situation (editable), their measures and their history. */
export function PersonPage({ id }: { id: string }) {
  const person = useRpcQuery('persons.get', { id });
  const measures = useRpcQuery('persons.measures', { id });
  const timeline = useRpcQuery('persons.timeline', { id });
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
          {data.birthPlace ? ` à ${data.birthPlace}` : ''}
        </Typography>
      )}
      {person.error && <Alert severity="error">{person.error.message}</Alert>}
      {person.loading && !data && <LinearProgress aria-label="Chargement de la fiche" />}
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
          onSaved={() => {
            setSaved(true);
            void Promise.all([person.reload(), timeline.reload()]);
          }}
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
  const rpc = useRpc();
  const form = useZodForm<FormValues>(valuesOf(person));
  const [availability, setAvailability] = useState<WeeklySlot[]>(person.availability);
  const [languages, setLanguages] = useState(person.languages);
  const [skills, setSkills] = useState(person.skills);
  const { values } = form;
  const flag = (key: string, label: string) => (
    <FormControlLabel
      control={
        <Checkbox
          checked={Boolean(values[`${P}${key}`])}
          onChange={(event) => form.set(`${P}${key}`, event.target.checked)}
        />
      }
      label={label}
    />
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onDismiss();
    const input = {
      id: person.id,
      person: {
        ...personIdentityInput(values, P),
        availability,
        drivingLicence: Boolean(values[`${P}drivingLicence`]),
        languages,
        skills,
        healthRestrictions: blankToNull(String(values[`${P}healthRestrictions`])),
        disabledWorker: Boolean(values[`${P}disabledWorker`]),
        pregnant: Boolean(values[`${P}pregnant`]),
        lawyer: blankToNull(String(values[`${P}lawyer`])),
        notes: blankToNull(String(values[`${P}notes`])),
      },
    };
    void form.submit(updatePersonInput, input, async (parsed) => {
      await rpc.call('persons.update', parsed);
      onSaved();
    });
  };

  return (
    <SectionCard title="Identité et situation">
      <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 960 }}>
        <PersonForm form={form} prefix={P} />
        <Typography variant="h3" sx={{ mt: 2 }}>
          Disponibilités et aptitudes
        </Typography>
        <AvailabilityGrid legend="Disponibilités dans la semaine" value={availability} onChange={setAvailability} />
        {flag('drivingLicence', 'Permis de conduire')}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, mt: 1 }}>
          <ChipsInput label="Langues parlées" value={languages} onChange={setLanguages} />
          <ChipsInput label="Compétences" value={skills} onChange={setSkills} />
        </Box>
        <Typography variant="h3" sx={{ mt: 3 }}>
          Santé
        </Typography>
        <TextField
          label="Restrictions de santé ou physiques"
          multiline
          minRows={2}
          {...form.text(`${P}healthRestrictions`)}
        />
        {flag('disabledWorker', 'Travailleur handicapé (RQTH)')}
        {flag('pregnant', 'Grossesse')}
        <Typography variant="h3" sx={{ mt: 2 }}>
          Suivi
        </Typography>
        <TextField label="Avocat" {...form.text(`${P}lawyer`)} />
        <TextField label="Notes" multiline minRows={3} {...form.text(`${P}notes`)} />
        <FormErrorAlert error={form.formError} />
        {saved && (
          <Alert severity="success" sx={{ mt: 2 }} onClose={onDismiss}>
            Fiche enregistrée.
          </Alert>
        )}
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending}>
          Enregistrer la fiche
        </Button>
      </Box>
    </SectionCard>
  );
}
