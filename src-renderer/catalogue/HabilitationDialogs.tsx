import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { addMonths } from '@shared/domain/local-date';
import { habilitationDecisionInput, habilitationRequestInput, withdrawInput } from '@shared/schemas/catalogue';
import { blankToNull, todayLocal } from '../cases/labels';
import { contractResolver } from '../forms/contractResolver';
import { DateField } from '../forms/fields/DateField';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { ActionDialog } from './ActionDialog';
import { FormChoiceGroup } from './FormChoiceGroup';

const VALIDITY_MONTHS = 60;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

interface Props {
  onClose: () => void;
  onDone: () => void;
}

/** "Nouvelle demande d’habilitation": initial or renewal, date received, the documents in the file. */
export function HabilitationRequestDialog({
  hostId,
  renewal,
  onClose,
  onDone,
}: Props & { hostId: string; renewal: boolean }) {
  const form = useForm({
    defaultValues: {
      hostId,
      kind: renewal ? ('renouvellement' as const) : ('initiale' as const),
      requestedOn: todayLocal(),
      fileNote: '',
    },
    resolver: zodResolver(habilitationRequestInput),
  });
  const request = useRpcMutation('habilitations.request');
  const onSubmit = form.handleSubmit(async (parsed) => {
    try {
      await request.mutateAsync(parsed);
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  return (
    <ActionDialog
      title="Nouvelle demande d’habilitation"
      submitLabel="Enregistrer la demande"
      pending={form.formState.isSubmitting}
      error={form.formState.errors.root?.server}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <FormSelectField
        control={form.control}
        name="kind"
        label="Nature de la demande"
        options={[
          ['initiale', 'Habilitation initiale'],
          ['renouvellement', 'Renouvellement'],
        ]}
      />
      <FormDateField control={form.control} name="requestedOn" label="Date de la demande" />
      <FormTextField
        control={form.control}
        name="fileNote"
        label="Pièces du dossier"
        multiline
        minRows={3}
        helperText="Statuts, présentation des activités, encadrement prévu…"
      />
    </ActionDialog>
  );
}

interface DecisionValues {
  id: string;
  decision: string;
  decidedOn: string;
  validUntil: string | null;
}

// A refusal has no validity; an empty end of validity is "none", which the schema refuses for a grant.
const decisionInput = (values: DecisionValues) => ({
  id: values.id,
  decision: values.decision as 'accordee' | 'refusee',
  decidedOn: values.decidedOn,
  validUntil: values.decision === 'accordee' ? blankToNull(values.validUntil ?? '') : null,
});

/** "Décision du directeur": granted (with its validity, five years by default) or refused. */
export function HabilitationDecisionDialog({ id, onClose, onDone }: Props & { id: string }) {
  const today = todayLocal();
  const form = useForm({
    defaultValues: { id, decision: 'accordee', decidedOn: today, validUntil: addMonths(today, VALIDITY_MONTHS) },
    resolver: contractResolver(habilitationDecisionInput, decisionInput),
  });
  const decide = useRpcMutation('habilitations.decide');
  const decision = form.watch('decision');
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await decide.mutateAsync(decisionInput(values));
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  return (
    <ActionDialog
      title="Décision du directeur"
      submitLabel="Enregistrer la décision"
      pending={form.formState.isSubmitting}
      error={form.formState.errors.root?.server}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <FormChoiceGroup
        control={form.control}
        name="decision"
        label="Décision"
        options={[
          ['accordee', 'Habilitation accordée'],
          ['refusee', 'Habilitation refusée'],
        ]}
      />
      <Controller
        control={form.control}
        name="decidedOn"
        render={({ field, fieldState }) => (
          <DateField
            label="Date de la décision"
            id="field-decidedOn"
            name={field.name}
            value={field.value}
            onChange={(value) => {
              field.onChange(value);
              // The end of validity follows the decision date until the user sets one of their own.
              if (isDate(value) && !form.getFieldState('validUntil').isDirty)
                form.setValue('validUntil', addMonths(value, VALIDITY_MONTHS));
            }}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.error !== undefined}
            helperText={fieldState.error?.message}
          />
        )}
      />
      {decision === 'accordee' && (
        <FormDateField
          control={form.control}
          name="validUntil"
          label="Fin de validité"
          helperText="Cinq ans après la décision, par défaut."
        />
      )}
    </ActionDialog>
  );
}

/** "Retirer l’habilitation": date and reason. */
export function WithdrawDialog({ id, onClose, onDone }: Props & { id: string }) {
  const form = useForm({ defaultValues: { id, on: todayLocal(), reason: '' }, resolver: zodResolver(withdrawInput) });
  const withdraw = useRpcMutation('habilitations.withdraw');
  const onSubmit = form.handleSubmit(async (parsed) => {
    try {
      await withdraw.mutateAsync(parsed);
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  return (
    <ActionDialog
      title="Retirer l’habilitation"
      submitLabel="Retirer l’habilitation"
      pending={form.formState.isSubmitting}
      error={form.formState.errors.root?.server}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <FormDateField control={form.control} name="on" label="Date du retrait" />
      <FormTextField control={form.control} name="reason" label="Motif du retrait" required multiline minRows={3} />
    </ActionDialog>
  );
}
