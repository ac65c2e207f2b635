import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { HOST_TYPES, HOST_TYPE_LABELS, type HostType } from '@shared/domain/catalogue/host-types';
import {
  PROSPECT_STATUSES,
  PROSPECT_STATUS_LABELS,
  type ProspectStatus,
} from '@shared/domain/catalogue/post-categories';
import { prospectInputSchema, type prospectSchema } from '@shared/schemas/catalogue';
import { formatDateTime } from '../app/format';
import { blankToNull, dateOrDash } from '../cases/labels';
import { contractResolver } from '../forms/contractResolver';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { ActionDialog } from './ActionDialog';

export type Prospect = z.infer<typeof prospectSchema>;
const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 } as const;

/** "Nouvel organisme", or the follow-up of one: step, next action and a note kept in the history. */
interface ProspectValues {
  name: string;
  kind: string | null;
  city: string | null;
  contact: string | null;
  status: string;
  nextAction: string | null;
  nextActionOn: string | null;
  note: string | null;
}

// An empty type or date is "none"; the texts are trimmed and emptied to null by the schema itself.
const toInput = (values: ProspectValues) => ({
  ...values,
  status: values.status as ProspectStatus,
  kind: blankToNull(values.kind ?? '') as HostType | null,
  nextActionOn: blankToNull(values.nextActionOn ?? ''),
});

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
  const form = useForm({
    defaultValues: {
      name: prospect?.name ?? '',
      kind: prospect?.kind ?? '',
      city: prospect?.city ?? '',
      contact: prospect?.contact ?? '',
      status: prospect?.status ?? 'a_contacter',
      nextAction: prospect?.nextAction ?? '',
      nextActionOn: prospect?.nextActionOn ?? '',
      note: '',
    } as ProspectValues,
    resolver: contractResolver(prospectInputSchema, toInput),
  });
  const create = useRpcMutation('prospects.create');
  const update = useRpcMutation('prospects.update');
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      if (prospect) await update.mutateAsync({ id: prospect.id, prospect: toInput(values) });
      else await create.mutateAsync(toInput(values));
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  const history = [...(prospect?.history ?? [])].reverse();
  return (
    <ActionDialog
      title={prospect ? `Prospection : ${prospect.name}` : 'Nouvel organisme'}
      submitLabel={prospect ? 'Enregistrer' : 'Ajouter l’organisme'}
      pending={form.formState.isSubmitting}
      error={form.formState.errors.root?.server}
      onClose={onClose}
      onSubmit={onSubmit}
      maxWidth="md"
    >
      <Box sx={grid}>
        <FormTextField control={form.control} name="name" label="Nom de l’organisme" required autoComplete="off" />
        <FormSelectField
          control={form.control}
          name="kind"
          label="Type d’organisme"
          emptyLabel="Non précisé"
          options={HOST_TYPES.map((type) => [type, HOST_TYPE_LABELS[type]] as const)}
        />
        <FormTextField control={form.control} name="city" label="Commune" autoComplete="off" />
        <FormTextField
          control={form.control}
          name="contact"
          label="Contact"
          autoComplete="off"
          helperText="Nom, téléphone ou e-mail."
        />
        <FormSelectField
          control={form.control}
          name="status"
          label="Étape de la prospection"
          options={PROSPECT_STATUSES.map((status) => [status, PROSPECT_STATUS_LABELS[status]] as const)}
        />
        <FormDateField control={form.control} name="nextActionOn" label="Date de la prochaine action" />
      </Box>
      <FormTextField control={form.control} name="nextAction" label="Prochaine action" autoComplete="off" />
      <FormTextField
        control={form.control}
        name="note"
        label="Note"
        multiline
        minRows={2}
        helperText="Ajoutée à l’historique de la prospection."
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
