import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { isHabilitatedByRight } from '@shared/domain/catalogue/host-types';
import type { Post } from '@shared/schemas/catalogue';
import {
  registrationDecisionInput,
  registrationNotifyInput,
  registrationRequestInput,
} from '@shared/schemas/catalogue';
import { blankToNull, toNumber, todayLocal } from '../cases/labels';
import { rpcQuery } from '../queries/rpcQuery';
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
  /** Record the host's habilitation request in the same step (a host not habilitated, no request under way). */
  withHabilitation: boolean;
  fileNote: string;
}

/**
 * "Demander l’inscription" (with the places offered) or "Demander la radiation". A post of a private host that is
 * not habilitated goes forward with its host's habilitation request: one under way, or one recorded here, at the
 * same date, with the documents of the file. A removal is refused while people are placed there: the dialog says so
 * before the request is recorded.
 */
export function RegistrationRequestDialog({
  post,
  kind,
  onClose,
  onDone,
}: Props & { post: Post; kind: 'inscription' | 'radiation' }) {
  const mayNeedHabilitation = kind === 'inscription' && !isHabilitatedByRight(post.hostType) && !post.hostHabilitated;
  const habilitations = useQuery({
    ...rpcQuery('habilitations.list', { hostId: post.hostId }),
    enabled: mayNeedHabilitation,
  });
  const pending = (habilitations.data ?? []).some((h) => h.decision === null);
  const needsHabilitation = mayNeedHabilitation && habilitations.data !== undefined && !pending;
  // The places as typed become a number; a removal offers none; the habilitation request only where it is needed.
  const requestInput = (values: RequestValues) => ({
    postId: values.postId,
    kind: values.kind,
    requestedOn: values.requestedOn,
    places: values.kind === 'inscription' ? (toNumber(values.places) ?? null) : null,
    habilitationRequest:
      needsHabilitation && values.withHabilitation ? { fileNote: blankToNull(values.fileNote) } : null,
  });
  const form = useForm<RequestValues>({
    defaultValues: {
      postId: post.id,
      kind,
      requestedOn: todayLocal(),
      places: String(post.places),
      withHabilitation: true,
      fileNote: '',
    },
    resolver: contractResolver(registrationRequestInput, requestInput),
  });
  const withHabilitation = useWatch({ control: form.control, name: 'withHabilitation' });
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
      {mayNeedHabilitation && pending && (
        <Alert severity="info" sx={{ mt: 2 }}>
          La demande d’habilitation de « {post.hostName} » est en cours : le poste ne recevra personne avant qu’elle
          soit accordée.
        </Alert>
      )}
      {needsHabilitation && (
        <>
          <Alert severity="warning" sx={{ mt: 2 }}>
            « {post.hostName} » n’est pas habilitée : son poste ne peut être inscrit qu’avec sa demande d’habilitation.
          </Alert>
          <Controller
            control={form.control}
            name="withHabilitation"
            render={({ field }) => (
              <FormControlLabel
                control={
                  <Checkbox
                    name={field.name}
                    checked={field.value}
                    onChange={(event) => field.onChange(event.target.checked)}
                    onBlur={field.onBlur}
                    slotProps={{ input: { ref: field.ref } }}
                  />
                }
                label="Enregistrer en même temps la demande d’habilitation de la structure"
              />
            )}
          />
          {withHabilitation && (
            <FormTextField
              control={form.control}
              name="fileNote"
              label="Pièces du dossier d’habilitation"
              multiline
              minRows={2}
              helperText="Statuts, présentation des activités, encadrement prévu…"
            />
          )}
        </>
      )}
      {kind === 'radiation' && post.occupied > 0 && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {post.occupied === 1
            ? '1 personne est affectée à ce poste : la radiation ne pourra être décidée qu’une fois son affectation terminée ou déplacée.'
            : `${post.occupied} personnes sont affectées à ce poste : la radiation ne pourra être décidée qu’une fois leurs affectations terminées ou déplacées.`}
        </Alert>
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
