import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { OpinionValue } from '@shared/domain/catalogue/opinions';
import { OPINION_GIVER_LABELS } from '@shared/schemas/catalogue';
import { todayLocal } from '../cases/labels';
import { contractResolver } from '../forms/contractResolver';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { showServerError } from '../forms/serverErrors';
import { ActionDialog } from './ActionDialog';
import { FormChoiceGroup } from './FormChoiceGroup';
import type { Giver } from './OpinionsList';

/**
 * Both calls (habilitation's and registration's) take the dialog's fields as they are; they differ in the givers
 * they know (`G`). The call's own schema checks the input, and `save` makes the call with it.
 */
interface Common<G extends Giver, I> {
  /** The request or registration the opinions belong to. */
  id: string;
  givers: readonly G[];
  schema: z.ZodType<unknown, I>;
  save: (input: I) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

interface RequestValues {
  id: string;
  givers: Giver[];
  requestedOn: string;
}

/** "Demander les avis": whom (procureur, JAP, préfet) and on which date the letters left. */
export function RequestOpinionsDialog<G extends Giver>({
  id,
  givers,
  preselected,
  schema,
  save,
  onClose,
  onDone,
}: Common<G, { id: string; givers: G[]; requestedOn: string }> & { preselected: readonly Giver[] }) {
  const legendId = useId();
  // The ones ticked, among those offered, in the offered order.
  const toInput = (values: RequestValues) => ({ ...values, givers: givers.filter((g) => values.givers.includes(g)) });
  const form = useForm({
    defaultValues: { id, givers: givers.filter((giver) => preselected.includes(giver)), requestedOn: todayLocal() },
    resolver: contractResolver(schema, toInput),
  });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await save(toInput(values));
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  return (
    <ActionDialog
      title="Demander les avis"
      submitLabel="Enregistrer la demande d’avis"
      pending={form.formState.isSubmitting}
      error={form.formState.errors.root?.server}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Controller
        control={form.control}
        name="givers"
        render={({ field, fieldState }) => (
          <FormControl component="fieldset" error={fieldState.error !== undefined} sx={{ mt: 1 }}>
            <FormLabel component="legend" id={legendId}>
              Destinataires
            </FormLabel>
            <FormGroup>
              {givers.map((giver) => (
                <FormControlLabel
                  key={giver}
                  control={
                    <Checkbox
                      checked={field.value.includes(giver)}
                      onChange={(event) =>
                        field.onChange(
                          event.target.checked
                            ? givers.filter((item) => item === giver || field.value.includes(item))
                            : field.value.filter((item) => item !== giver),
                        )
                      }
                    />
                  }
                  label={OPINION_GIVER_LABELS[giver]}
                />
              ))}
            </FormGroup>
            {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
          </FormControl>
        )}
      />
      <FormDateField control={form.control} name="requestedOn" label="Date de la demande d’avis" />
    </ActionDialog>
  );
}

/** The choices as the fields hold them (the opinion is '' until chosen); the schema checks them. */
interface RecordValues {
  id: string;
  giver: string;
  receivedOn: string;
  opinion: string;
}

/** "Enregistrer un avis": who answered, when, and whether favourably. */
export function RecordOpinionDialog<G extends Giver>({
  id,
  givers,
  schema,
  save,
  onClose,
  onDone,
}: Common<G, { id: string; giver: G; receivedOn: string; opinion: OpinionValue }>) {
  const toInput = (values: RecordValues) => ({
    ...values,
    giver: values.giver as G,
    opinion: values.opinion as OpinionValue,
  });
  const form = useForm({
    defaultValues: { id, giver: givers[0] ?? 'procureur', receivedOn: todayLocal(), opinion: '' },
    resolver: contractResolver(schema, toInput),
  });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await save(toInput(values));
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  return (
    <ActionDialog
      title="Enregistrer un avis"
      submitLabel="Enregistrer l’avis"
      pending={form.formState.isSubmitting}
      error={form.formState.errors.root?.server}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <FormSelectField
        control={form.control}
        name="giver"
        label="Auteur de l’avis"
        options={givers.map((giver) => [giver, OPINION_GIVER_LABELS[giver]] as const)}
      />
      <FormDateField control={form.control} name="receivedOn" label="Date de réception de l’avis" />
      <FormChoiceGroup
        control={form.control}
        name="opinion"
        label="Avis"
        options={[
          ['favorable', 'Favorable'],
          ['defavorable', 'Défavorable'],
        ]}
      />
    </ActionDialog>
  );
}
