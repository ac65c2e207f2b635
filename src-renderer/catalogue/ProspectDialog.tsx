import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { z } from 'zod';
import { HOST_TYPES, HOST_TYPE_LABELS } from '@shared/domain/catalogue/host-types';
import { PROSPECT_STATUSES, PROSPECT_STATUS_LABELS } from '@shared/domain/catalogue/post-categories';
import { prospectInputSchema, type prospectSchema } from '@shared/schemas/catalogue';
import { formatDateTime } from '../app/format';
import { useRpc } from '../app/RpcContext';
import { blankToNull, dateOrDash } from '../cases/labels';
import { SelectField } from '../forms/fields/SelectField';
import { useZodForm } from '../forms/useZodForm';
import { ActionDialog } from './ActionDialog';

export type Prospect = z.infer<typeof prospectSchema>;
const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 } as const;

/** "Nouvel organisme", or the follow-up of one: step, next action and a note kept in the history. */
export function ProspectDialog({
  prospect,
  onClose,
  onDone,
}: {
  prospect: Prospect | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const rpc = useRpc();
  const form = useZodForm({
    name: prospect?.name ?? '',
    kind: prospect?.kind ?? '',
    city: prospect?.city ?? '',
    contact: prospect?.contact ?? '',
    status: prospect?.status ?? 'a_contacter',
    nextAction: prospect?.nextAction ?? '',
    nextActionOn: prospect?.nextActionOn ?? '',
    note: '',
  });
  const submit = () => {
    const { values } = form;
    const input = {
      name: values.name,
      kind: blankToNull(values.kind),
      city: blankToNull(values.city),
      contact: blankToNull(values.contact),
      status: values.status,
      nextAction: blankToNull(values.nextAction),
      nextActionOn: blankToNull(values.nextActionOn),
      note: blankToNull(values.note),
    };
    void form.submit(prospectInputSchema, input, async (parsed) => {
      if (prospect) await rpc.call('prospects.update', { id: prospect.id, prospect: parsed });
      else await rpc.call('prospects.create', parsed);
      onDone();
    });
  };
  const history = [...(prospect?.history ?? [])].reverse();
  return (
    <ActionDialog
      title={prospect ? `Prospection : ${prospect.name}` : 'Nouvel organisme'}
      submitLabel={prospect ? 'Enregistrer' : 'Ajouter l’organisme'}
      pending={form.pending}
      error={form.formError}
      onClose={onClose}
      onSubmit={submit}
      maxWidth="md"
    >
      <Box sx={grid}>
        <TextField label="Nom de l’organisme" required autoComplete="off" {...form.text('name')} />
        <SelectField
          label="Type d’organisme"
          emptyLabel="Non précisé"
          options={HOST_TYPES.map((type) => [type, HOST_TYPE_LABELS[type]] as const)}
          {...form.text('kind')}
        />
        <TextField label="Commune" autoComplete="off" {...form.text('city')} />
        <TextField label="Contact" autoComplete="off" {...form.text('contact', 'Nom, téléphone ou e-mail.')} />
        <SelectField
          label="Étape de la prospection"
          options={PROSPECT_STATUSES.map((status) => [status, PROSPECT_STATUS_LABELS[status]] as const)}
          {...form.text('status')}
        />
        <TextField
          label="Date de la prochaine action"
          type="date"
          slotProps={{ inputLabel: { shrink: true } }}
          {...form.text('nextActionOn')}
        />
      </Box>
      <TextField label="Prochaine action" autoComplete="off" {...form.text('nextAction')} />
      <TextField
        label="Note"
        multiline
        minRows={2}
        {...form.text('note', 'Ajoutée à l’historique de la prospection.')}
      />
      {prospect && (
        <>
          <Typography variant="h3" component="h3" sx={{ mt: 2 }}>
            Historique
          </Typography>
          {history.length === 0 ? (
            <Typography color="text.secondary">Aucun historique.</Typography>
          ) : (
            <List dense aria-label="Historique de la prospection">
              {history.map((entry, index) => (
                <ListItem key={index} divider disableGutters>
                  <ListItemText
                    primary={`${entry.at.includes('T') ? formatDateTime(entry.at) : dateOrDash(entry.at)} — ${PROSPECT_STATUS_LABELS[entry.status]}${entry.by ? ` (${entry.by})` : ''}`}
                    secondary={entry.note ?? undefined}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </>
      )}
    </ActionDialog>
  );
}
