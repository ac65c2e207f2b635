import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { INCIDENT_KIND_LABELS, incidentInput, type MeasureDetail } from '@shared/schemas/measures';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { optionsOf } from '../forms/fields/SelectField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { dateOrDash, todayLocal } from './labels';
import { SectionCard } from './SectionCard';

/** Absences, behaviour, accidents and suspensions decided by the host, newest first. */
export function IncidentsCard({ detail, canFollow }: { detail: MeasureDetail; canFollow: boolean }) {
  const blank = { measureId: detail.measure.id, kind: 'absence' as const, date: todayLocal(), description: '' };
  const form = useForm({ defaultValues: blank, resolver: zodResolver(incidentInput) });
  const record = useRpcMutation('incidents.record');
  const incidents = [...detail.incidents].sort((a, b) => b.date.localeCompare(a.date));

  const onSubmit = form.handleSubmit(async (parsed) => {
    try {
      await record.mutateAsync(parsed);
      form.reset(blank);
    } catch (error) {
      showServerError(form, error);
    }
  });

  return (
    <SectionCard title="Incidents">
      {incidents.length === 0 ? (
        <Typography color="text.secondary">Aucun incident enregistré.</Typography>
      ) : (
        <List dense aria-label="Incidents enregistrés">
          {incidents.map((incident) => (
            <ListItem key={incident.id} divider alignItems="flex-start">
              <ListItemText
                primary={`${dateOrDash(incident.date)} — ${INCIDENT_KIND_LABELS[incident.kind]}`}
                secondary={`${incident.description}${incident.recordedBy ? ` (saisi par ${incident.recordedBy})` : ''}`}
              />
            </ListItem>
          ))}
        </List>
      )}
      {canFollow && (
        <Box
          component="form"
          onSubmit={onSubmit}
          noValidate
          sx={{ maxWidth: 640, mt: 2 }}
          aria-labelledby="incident-form-title"
        >
          <Typography variant="h3" id="incident-form-title">
            Signaler un incident
          </Typography>
          <FormSelectField
            control={form.control}
            name="kind"
            label="Type d’incident"
            options={optionsOf(INCIDENT_KIND_LABELS)}
          />
          <FormDateField control={form.control} name="date" label="Date de l’incident" />
          <FormTextField control={form.control} name="description" label="Description" required multiline minRows={3} />
          <FormErrorAlert error={form.formState.errors.root?.server} />
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.formState.isSubmitting}>
            Enregistrer l’incident
          </Button>
        </Box>
      )}
    </SectionCard>
  );
}
