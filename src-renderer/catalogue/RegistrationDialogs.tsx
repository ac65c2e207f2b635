import TextField from '@mui/material/TextField';
import {
  registrationDecisionInput,
  registrationNotifyInput,
  registrationRequestInput,
} from '@shared/schemas/catalogue';
import { useRpc } from '../app/RpcContext';
import { toNumber, todayLocal } from '../cases/labels';
import { useZodForm } from '../forms/useZodForm';
import { ActionDialog } from './ActionDialog';
import { ChoiceGroup } from './ChoiceGroup';

const dateProps = { type: 'date', slotProps: { inputLabel: { shrink: true } } } as const;

interface Props {
  onClose: () => void;
  onDone: () => void;
}

/** "Demander l’inscription" (with the places offered) or "Demander la radiation". */
export function RegistrationRequestDialog({
  postId,
  kind,
  places,
  onClose,
  onDone,
}: Props & { postId: string; kind: 'inscription' | 'radiation'; places: number }) {
  const rpc = useRpc();
  const form = useZodForm({ requestedOn: todayLocal(), places: String(places) });
  const submit = () =>
    void form.submit(
      registrationRequestInput,
      {
        postId,
        kind,
        requestedOn: form.values.requestedOn,
        places: kind === 'inscription' ? (toNumber(form.values.places) ?? null) : null,
      },
      async (parsed) => {
        await rpc.call('registrations.request', parsed);
        onDone();
      },
    );
  const title = kind === 'inscription' ? 'Demander l’inscription' : 'Demander la radiation';
  return (
    <ActionDialog
      title={title}
      submitLabel="Enregistrer la demande"
      pending={form.pending}
      error={form.formError}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField label="Date de la demande" {...dateProps} {...form.text('requestedOn')} />
      {kind === 'inscription' && (
        <TextField
          label="Nombre de places demandées"
          {...form.text('places')}
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
  const rpc = useRpc();
  const form = useZodForm({ decision: 'acceptee', decidedOn: todayLocal() });
  const submit = () =>
    void form.submit(registrationDecisionInput, { id, ...form.values }, async (parsed) => {
      await rpc.call('registrations.decide', parsed);
      onDone();
    });
  const what = kind === 'inscription' ? 'Inscription' : 'Radiation';
  return (
    <ActionDialog
      title={kind === 'inscription' ? 'Décision sur la demande d’inscription' : 'Décision sur la demande de radiation'}
      submitLabel="Enregistrer la décision"
      pending={form.pending}
      error={form.formError}
      onClose={onClose}
      onSubmit={submit}
    >
      <ChoiceGroup
        label="Décision"
        options={[
          ['acceptee', `${what} acceptée`],
          ['refusee', `${what} refusée`],
        ]}
        value={form.values.decision}
        onChange={(value) => form.set('decision', value)}
        error={form.fieldErrors.decision}
      />
      <TextField label="Date de la décision" {...dateProps} {...form.text('decidedOn')} />
    </ActionDialog>
  );
}

/** "Notifiée le": the decision went to the procureur, the JAP and the préfet. */
export function RegistrationNotifyDialog({ id, onClose, onDone }: Props & { id: string }) {
  const rpc = useRpc();
  const form = useZodForm({ notifiedOn: todayLocal() });
  const submit = () =>
    void form.submit(registrationNotifyInput, { id, ...form.values }, async (parsed) => {
      await rpc.call('registrations.notify', parsed);
      onDone();
    });
  return (
    <ActionDialog
      title="Notification de la décision"
      submitLabel="Enregistrer la notification"
      pending={form.pending}
      error={form.formError}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField
        label="Notifiée le"
        {...dateProps}
        {...form.text('notifiedOn', 'Au procureur, au JAP et au préfet.')}
      />
    </ActionDialog>
  );
}
