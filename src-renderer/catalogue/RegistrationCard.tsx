import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { z } from 'zod';
import {
  registrationOpinionInput,
  registrationOpinionsInput,
  type Post,
  type registrationSchema,
} from '@shared/schemas/catalogue';
import { dateOrDash } from '../cases/labels';
import { SectionCard } from '../cases/SectionCard';
import { PrintButton } from '../documents/PrintButton';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { RecordOpinionDialog, RequestOpinionsDialog } from './OpinionDialogs';
import { OpinionsList } from './OpinionsList';
import { RegistrationDecisionDialog, RegistrationNotifyDialog, RegistrationRequestDialog } from './RegistrationDialogs';
import { StepChip } from './StepChip';

type Registration = z.infer<typeof registrationSchema>;
const GIVERS = ['procureur', 'jap'] as const;
type ItemAction = 'opinions' | 'record' | 'decide' | 'notify';
type Open = { kind: 'request'; request: 'inscription' | 'radiation' } | { kind: ItemAction; item: Registration } | null;

/** Registration of the post on the departmental list (or its removal): opinions of procureur and JAP, decision, notification. */
export function RegistrationCard({ post, canKeep }: { post: Post; canKeep: boolean }) {
  const list = useQuery(rpcQuery('registrations.list', { postId: post.id }));
  const requestOpinions = useRpcMutation('registrations.requestOpinions');
  const recordOpinion = useRpcMutation('registrations.recordOpinion');
  const [open, setOpen] = useState<Open>(null);
  const items = [...(list.data ?? [])].sort((a, b) => b.requestedOn.localeCompare(a.requestedOn));
  const pending = items.some((item) => item.decision === null);
  // The change refreshes this list and the post (its registration's label, its places) by itself.
  const done = () => setOpen(null);
  const nextRequest = post.registered ? 'radiation' : 'inscription';
  return (
    <SectionCard
      title="Inscription sur la liste départementale"
      action={
        canKeep && !pending ? (
          <Button variant="outlined" size="small" onClick={() => setOpen({ kind: 'request', request: nextRequest })}>
            {post.registered ? 'Demander la radiation' : 'Demander l’inscription'}
          </Button>
        ) : undefined
      }
    >
      <Typography sx={{ mb: 1 }}>
        Situation actuelle : <strong>{post.registrationLabel}</strong>
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Sans réponse dix jours après la demande, les avis du procureur et du JAP sont réputés donnés.
      </Typography>
      {!post.hostHabilitated && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          La structure n’est pas habilitée : le poste ne peut pas recevoir de personne tant qu’elle ne l’est pas.
        </Alert>
      )}
      {list.error && <Alert severity="error">{list.error.message}</Alert>}
      {list.data && items.length === 0 && (
        <Typography color="text.secondary">Aucune demande d’inscription enregistrée.</Typography>
      )}
      {items.map((item) => (
        <RegistrationItem key={item.id} item={item} canKeep={canKeep} onAction={(kind) => setOpen({ kind, item })} />
      ))}
      {open?.kind === 'request' && (
        <RegistrationRequestDialog post={post} kind={open.request} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open?.kind === 'opinions' && (
        <RequestOpinionsDialog
          id={open.item.id}
          givers={GIVERS.filter((giver) => !open.item[giver].requestedOn)}
          preselected={GIVERS}
          schema={registrationOpinionsInput}
          save={requestOpinions.mutateAsync}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
      {open?.kind === 'record' && (
        <RecordOpinionDialog
          id={open.item.id}
          givers={GIVERS.filter((giver) => open.item[giver].requestedOn && !open.item[giver].receivedOn)}
          schema={registrationOpinionInput}
          save={recordOpinion.mutateAsync}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
      {open?.kind === 'decide' && (
        <RegistrationDecisionDialog
          id={open.item.id}
          kind={open.item.kind}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
      {open?.kind === 'notify' && (
        <RegistrationNotifyDialog id={open.item.id} onClose={() => setOpen(null)} onDone={done} />
      )}
    </SectionCard>
  );
}

function RegistrationItem({
  item,
  canKeep,
  onAction,
}: {
  item: Registration;
  canKeep: boolean;
  onAction: (kind: ItemAction) => void;
}) {
  const problemId = useId();
  const undecided = item.decision === null;
  const facts: [string, string][] = [];
  if (item.places !== null) facts.push(['Places demandées', String(item.places)]);
  if (item.decidedOn)
    facts.push([item.decision === 'refusee' ? 'Refusée le' : 'Acceptée le', dateOrDash(item.decidedOn)]);
  if (item.notifiedOn) facts.push(['Notifiée le', dateOrDash(item.notifiedOn)]);
  const generate = useRpcMutation('documents.generate');
  return (
    <Paper
      variant="outlined"
      component="article"
      aria-label={`Demande du ${dateOrDash(item.requestedOn)}`}
      sx={{ p: 2, mb: 2 }}
    >
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h3">
          Demande {item.kind === 'radiation' ? 'de radiation' : 'd’inscription'} du {dateOrDash(item.requestedOn)}
        </Typography>
        <StepChip step={item.step} label={item.stepLabel} />
      </Stack>
      <OpinionsList opinions={{ procureur: item.procureur, jap: item.jap }} extra={facts} />
      {item.decision && (
        <Stack sx={{ mt: 2, alignItems: 'flex-start' }}>
          <PrintButton
            label="Imprimer la décision"
            produce={() => generate.mutateAsync({ template: 'decision_inscription', entityId: item.id })}
          />
        </Stack>
      )}
      {canKeep && undecided && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          {GIVERS.some((giver) => !item[giver].requestedOn) && (
            <Button variant="outlined" onClick={() => onAction('opinions')}>
              Demander les avis
            </Button>
          )}
          {GIVERS.some((giver) => item[giver].requestedOn && !item[giver].receivedOn) && (
            <Button variant="outlined" onClick={() => onAction('record')}>
              Enregistrer un avis
            </Button>
          )}
          <Button
            variant="contained"
            disabled={item.decisionProblem !== null}
            aria-describedby={item.decisionProblem ? problemId : undefined}
            onClick={() => onAction('decide')}
          >
            Décision
          </Button>
          {item.decisionProblem && (
            <Typography id={problemId} variant="body2" color="text.secondary">
              {item.decisionProblem}
            </Typography>
          )}
        </Stack>
      )}
      {canKeep && !undecided && !item.notifiedOn && (
        <Button variant="outlined" sx={{ mt: 2 }} onClick={() => onAction('notify')}>
          Enregistrer la notification
        </Button>
      )}
    </Paper>
  );
}
