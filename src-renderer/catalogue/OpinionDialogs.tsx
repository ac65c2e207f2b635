import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import type { z } from 'zod';
import { OPINION_GIVER_LABELS } from '@shared/schemas/catalogue';
import { todayLocal } from '../cases/labels';
import { SelectField } from '../forms/fields/SelectField';
import { useZodForm } from '../forms/useZodForm';
import { ActionDialog } from './ActionDialog';
import { ChoiceGroup } from './ChoiceGroup';
import type { Giver } from './OpinionsList';

const dateProps = { type: 'date', slotProps: { inputLabel: { shrink: true } } } as const;

interface Common<S extends z.ZodType> {
  /** The request or registration the opinions belong to. */
  id: string;
  givers: readonly Giver[];
  schema: S;
  save: (parsed: z.output<S>) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

/** "Demander les avis": whom (procureur, JAP, préfet) and on which date the letters left. */
export function RequestOpinionsDialog<S extends z.ZodType>({
  id,
  givers,
  preselected,
  schema,
  save,
  onClose,
  onDone,
}: Common<S> & { preselected: readonly Giver[] }) {
  const legendId = useId();
  const form = useZodForm<Record<string, string | boolean>>({
    requestedOn: todayLocal(),
    ...Object.fromEntries(givers.map((giver) => [giver, preselected.includes(giver)])),
  });
  const submit = () =>
    void form.submit(
      schema,
      { id, givers: givers.filter((giver) => form.values[giver] === true), requestedOn: form.values.requestedOn },
      async (parsed) => {
        await save(parsed);
        onDone();
      },
    );
  return (
    <ActionDialog
      title="Demander les avis"
      submitLabel="Enregistrer la demande d’avis"
      pending={form.pending}
      error={form.formError}
      onClose={onClose}
      onSubmit={submit}
    >
      <FormControl component="fieldset" error={form.fieldErrors.givers !== undefined} sx={{ mt: 1 }}>
        <FormLabel component="legend" id={legendId}>
          Destinataires
        </FormLabel>
        <FormGroup>
          {givers.map((giver) => (
            <FormControlLabel
              key={giver}
              control={
                <Checkbox
                  checked={form.values[giver] === true}
                  onChange={(event) => form.set(giver, event.target.checked)}
                />
              }
              label={OPINION_GIVER_LABELS[giver]}
            />
          ))}
        </FormGroup>
        {form.fieldErrors.givers && <FormHelperText>{form.fieldErrors.givers}</FormHelperText>}
      </FormControl>
      <TextField label="Date de la demande d’avis" {...dateProps} {...form.text('requestedOn')} />
    </ActionDialog>
  );
}

/** "Enregistrer un avis": who answered, when, and whether favourably. */
export function RecordOpinionDialog<S extends z.ZodType>({ id, givers, schema, save, onClose, onDone }: Common<S>) {
  const form = useZodForm({ giver: givers[0] ?? 'procureur', receivedOn: todayLocal(), opinion: '' });
  const submit = () =>
    void form.submit(
      schema,
      { id, giver: form.values.giver, receivedOn: form.values.receivedOn, opinion: form.values.opinion },
      async (parsed) => {
        await save(parsed);
        onDone();
      },
    );
  return (
    <ActionDialog
      title="Enregistrer un avis"
      submitLabel="Enregistrer l’avis"
      pending={form.pending}
      error={form.formError}
      onClose={onClose}
      onSubmit={submit}
    >
      <SelectField
        label="Auteur de l’avis"
        options={givers.map((giver) => [giver, OPINION_GIVER_LABELS[giver]] as const)}
        {...form.text('giver')}
      />
      <TextField label="Date de réception de l’avis" {...dateProps} {...form.text('receivedOn')} />
      <ChoiceGroup
        label="Avis"
        options={[
          ['favorable', 'Favorable'],
          ['defavorable', 'Défavorable'],
        ]}
        value={form.values.opinion}
        onChange={(value) => form.set('opinion', value)}
        error={form.fieldErrors.opinion}
      />
    </ActionDialog>
  );
}
