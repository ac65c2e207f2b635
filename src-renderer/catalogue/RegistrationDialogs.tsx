import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  registrationDecisionInput,
  registrationNotifyInput,
  registrationRequestInput,
} from '@shared/schemas/catalogue';
import { toNumber, todayLocal } from '../cases/labels';
import { contractResolver } from '../forms/contractResolver';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { ActionDialog } from './ActionDialog';
import { FormChoiceGroup } from './FormChoiceGroup';

interface Props {
  onClose: () => void;
  onDone: () => void;
}

interface RequestValues {
  postId: string;
  kind: 'inscription' | 'radiation';
  requestedOn: string;
  /** As typed (unused for a removal). */
  places: string;
}

// The places as typed become a number; a removal offers none.
const requestInput = (values: RequestValues) => ({
  ...values,
  places: values.kind === 'inscription' ? (toNumber(values.places) ?? null) : null,
});

/** "Demander l’inscription" (with the places offered) or "Demander la radiation". */
export function RegistrationRequestDialog({
  postId,
  kind,
  places,
  onClose,
  onDone,
}: Props & { postId: string; kind: 'inscription' | 'radiation'; places: number }) {
  const form = useForm({
    defaultValues: { postId, kind, requestedOn: todayLocal(), places: String(places) },
    resolver: contractResolver(registrationRequestInput, requestInput),
  });
  const request = useRpcMutation('registrations.request');
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await request.mutateAsync(requestInput(values));
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  const title = kind === 'inscription' ? 'Demander l’inscription' : 'Demander la radiation';
  return (
    <ActionDialog
      title={title}
      submitLabel="Enregistrer la demande"
      pending={form.formState.isSubmitting}
      error={form.formState.errors.root?.server}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <FormDateField control={form.control} name="requestedOn" label="Date de la demande" />
      {kind === 'inscription' && (
        <FormTextField
          control={form.control}
          name="places"
          label="Nombre de places demandées"
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 2 } }}
        />
      )}
    </ActionDialog>
  );
}

/** "Décision": accepted or refused, and when. */
export function RegistrationDecisionDialog({
  id,
  kind,
  onClose,
  onDone,
}: Props & { id: string; kind: 'inscription' | 'radiation' }) {
  const form = useForm({
    defaultValues: { id, decision: 'acceptee' as 'acceptee' | 'refusee', decidedOn: todayLocal() },
    resolver: zodResolver(registrationDecisionInput),
  });
  const decide = useRpcMutation('registrations.decide');
  const onSubmit = form.handleSubmit(async (parsed) => {
    try {
      await decide.mutateAsync(parsed);
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  const what = kind === 'inscription' ? 'Inscription' : 'Radiation';
  return (
    <ActionDialog
      title={kind === 'inscription' ? 'Décision sur la demande d’inscription' : 'Décision sur la demande de radiation'}
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
          ['acceptee', `${what} acceptée`],
          ['refusee', `${what} refusée`],
        ]}
      />
      <FormDateField control={form.control} name="decidedOn" label="Date de la décision" />
    </ActionDialog>
  );
}

/** "Notifiée le": the decision went to the procureur, the JAP and the préfet. */
export function RegistrationNotifyDialog({ id, onClose, onDone }: Props & { id: string }) {
  const form = useForm({
    defaultValues: { id, notifiedOn: todayLocal() },
    resolver: zodResolver(registrationNotifyInput),
  });
  const notify = useRpcMutation('registrations.notify');
  const onSubmit = form.handleSubmit(async (parsed) => {
    try {
      await notify.mutateAsync(parsed);
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  return (
    <ActionDialog
      title="Notification de la décision"
      submitLabel="Enregistrer la notification"
      pending={form.formState.isSubmitting}
      error={form.formState.errors.root?.server}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <FormDateField
        control={form.control}
        name="notifiedOn"
        label="Notifiée le"
        helperText="Au procureur, au JAP et au préfet."
      />
    </ActionDialog>
  );
}
