import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { addMonths } from '@shared/domain/local-date';
import { habilitationDecisionInput, habilitationRequestInput, withdrawInput } from '@shared/schemas/catalogue';
import { useRpc } from '../app/RpcContext';
import { blankToNull, todayLocal } from '../cases/labels';
import { SelectField } from '../forms/fields/SelectField';
import { useZodForm } from '../forms/useZodForm';
import { ActionDialog } from './ActionDialog';
import { ChoiceGroup } from './ChoiceGroup';

const dateProps = { type: 'date', slotProps: { inputLabel: { shrink: true } } } as const;
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
  const rpc = useRpc();
  const form = useZodForm({ kind: renewal ? 'renouvellement' : 'initiale', requestedOn: todayLocal(), fileNote: '' });
  const submit = () =>
    void form.submit(
      habilitationRequestInput,
      { hostId, ...form.values, fileNote: blankToNull(form.values.fileNote) },
      async (parsed) => {
        await rpc.call('habilitations.request', parsed);
        onDone();
      },
    );
  return (
    <ActionDialog
      title="Nouvelle demande d’habilitation"
      submitLabel="Enregistrer la demande"
      pending={form.pending}
      error={form.formError}
      onClose={onClose}
      onSubmit={submit}
    >
      <SelectField
        label="Nature de la demande"
        options={[
          ['initiale', 'Habilitation initiale'],
          ['renouvellement', 'Renouvellement'],
        ]}
        {...form.text('kind')}
      />
      <TextField label="Date de la demande" {...dateProps} {...form.text('requestedOn')} />
      <TextField
        label="Pièces du dossier"
        multiline
        minRows={3}
        {...form.text('fileNote', 'Statuts, présentation des activités, encadrement prévu…')}
      />
    </ActionDialog>
  );
}

/** "Décision du directeur": granted (with its validity, five years by default) or refused. */
export function HabilitationDecisionDialog({ id, onClose, onDone }: Props & { id: string }) {
  const rpc = useRpc();
  const today = todayLocal();
  const form = useZodForm({ decision: 'accordee', decidedOn: today, validUntil: addMonths(today, VALIDITY_MONTHS) });
  // The end of validity follows the decision date until the user types one of their own.
  const [validityTouched, setValidityTouched] = useState(false);
  const { values } = form;
  const onDecidedOn = (value: string) => {
    form.set('decidedOn', value);
    if (!validityTouched && isDate(value)) form.set('validUntil', addMonths(value, VALIDITY_MONTHS));
  };
  const submit = () =>
    void form.submit(
      habilitationDecisionInput,
      {
        id,
        decision: values.decision,
        decidedOn: values.decidedOn,
        validUntil: values.decision === 'accordee' ? blankToNull(values.validUntil) : null,
      },
      async (parsed) => {
        await rpc.call('habilitations.decide', parsed);
        onDone();
      },
    );
  const decidedOn = form.text('decidedOn');
  const validUntil = form.text('validUntil', 'Cinq ans après la décision, par défaut.');
  return (
    <ActionDialog
      title="Décision du directeur"
      submitLabel="Enregistrer la décision"
      pending={form.pending}
      error={form.formError}
      onClose={onClose}
      onSubmit={submit}
    >
      <ChoiceGroup
        label="Décision"
        options={[
          ['accordee', 'Habilitation accordée'],
          ['refusee', 'Habilitation refusée'],
        ]}
        value={values.decision}
        onChange={(value) => form.set('decision', value)}
        error={form.fieldErrors.decision}
      />
      <TextField
        label="Date de la décision"
        {...dateProps}
        {...decidedOn}
        onChange={(event) => onDecidedOn(event.target.value)}
      />
      {values.decision === 'accordee' && (
        <TextField
          label="Fin de validité"
          {...dateProps}
          {...validUntil}
          onChange={(event) => {
            setValidityTouched(true);
            form.set('validUntil', event.target.value);
          }}
        />
      )}
    </ActionDialog>
  );
}

/** "Retirer l’habilitation": date and reason. */
export function WithdrawDialog({ id, onClose, onDone }: Props & { id: string }) {
  const rpc = useRpc();
  const form = useZodForm({ on: todayLocal(), reason: '' });
  const submit = () =>
    void form.submit(withdrawInput, { id, ...form.values }, async (parsed) => {
      await rpc.call('habilitations.withdraw', parsed);
      onDone();
    });
  return (
    <ActionDialog
      title="Retirer l’habilitation"
      submitLabel="Retirer l’habilitation"
      pending={form.pending}
      error={form.formError}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField label="Date du retrait" {...dateProps} {...form.text('on')} />
      <TextField label="Motif du retrait" required multiline minRows={3} {...form.text('reason')} />
    </ActionDialog>
  );
}
