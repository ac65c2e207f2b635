import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FormEvent } from 'react';
import { INCIDENT_KIND_LABELS, incidentInput, type MeasureDetail } from '@shared/schemas/measures';
import { useRpc } from '../app/RpcContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { dateOrDash, todayLocal } from './labels';
import { SectionCard } from './SectionCard';
import { SelectField, optionsOf } from './SelectField';

/** Absences, behaviour, accidents and suspensions decided by the host, newest first. */
export function IncidentsCard({
  detail,
  canFollow,
  onChanged,
}: {
  detail: MeasureDetail;
  canFollow: boolean;
  onChanged: () => void;
}) {
  const rpc = useRpc();
  const form = useZodForm({ kind: 'absence', date: todayLocal(), description: '' });
  const incidents = [...detail.incidents].sort((a, b) => b.date.localeCompare(a.date));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(incidentInput, { measureId: detail.measure.id, ...form.values }, async (parsed) => {
      await rpc.call('incidents.record', parsed);
      form.reset({ kind: 'absence', date: todayLocal(), description: '' });
      onChanged();
    });
  };

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
          <SelectField label="Type d’incident" options={optionsOf(INCIDENT_KIND_LABELS)} {...form.text('kind')} />
          <TextField
            label="Date de l’incident"
            type="date"
            slotProps={{ inputLabel: { shrink: true } }}
            {...form.text('date')}
          />
          <TextField label="Description" required multiline minRows={3} {...form.text('description')} />
          <FormErrorAlert error={form.formError} />
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending}>
            Enregistrer l’incident
          </Button>
        </Box>
      )}
    </SectionCard>
  );
}
