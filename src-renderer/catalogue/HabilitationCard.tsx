import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { recordOpinionInput, requestOpinionsInput, type Habilitation, type Host } from '@shared/schemas/catalogue';
import { dateOrDash } from '../cases/labels';
import { SectionCard } from '../cases/SectionCard';
import { PrintButton } from '../documents/PrintButton';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { HabilitationDecisionDialog, HabilitationRequestDialog, WithdrawDialog } from './HabilitationDialogs';
import { RecordOpinionDialog, RequestOpinionsDialog } from './OpinionDialogs';
import { OpinionsList, type Giver } from './OpinionsList';
import { StepChip } from './StepChip';

const GIVERS: readonly Giver[] = ['procureur', 'jap', 'prefet'];
type Open = { kind: 'request' } | { kind: 'opinions' | 'record' | 'decide' | 'withdraw'; item: Habilitation } | null;

/** Habilitation of a private host: its requests, the three opinions, the director's decision, withdrawal. */
export function HabilitationCard({ host, canKeep }: { host: Host; canKeep: boolean }) {
  const list = useQuery(rpcQuery('habilitations.list', { hostId: host.id }));
  const requestOpinions = useRpcMutation('habilitations.requestOpinions');
  const recordOpinion = useRpcMutation('habilitations.recordOpinion');
  const [open, setOpen] = useState<Open>(null);
  if (host.habilitatedByRight) {
    return (
      <SectionCard title="Habilitation">
        <Typography sx={{ fontWeight: 600 }}>Habilitée de plein droit</Typography>
        <Typography color="text.secondary">
          Les personnes morales de droit public n’ont pas besoin d’habilitation pour accueillir des TIG.
        </Typography>
      </SectionCard>
    );
  }
  const items = [...(list.data ?? [])].sort((a, b) => b.requestedOn.localeCompare(a.requestedOn));
  const pendingRequest = items.some((item) => item.decision === null && !item.withdrawnOn);
  // The change refreshes this list and the host (its habilitation's label) by itself.
  const done = () => setOpen(null);
  return (
    <SectionCard
      title="Habilitation"
      action={
        canKeep && !pendingRequest ? (
          <Button variant="outlined" size="small" onClick={() => setOpen({ kind: 'request' })}>
            Nouvelle demande d’habilitation
          </Button>
        ) : undefined
      }
    >
      <Typography sx={{ mb: 1 }}>
        Situation actuelle : <strong>{host.habilitationLabel}</strong>
      </Typography>
      {list.error && <Alert severity="error">{list.error.message}</Alert>}
      {list.data && items.length === 0 && (
        <Typography color="text.secondary">Aucune demande d’habilitation enregistrée.</Typography>
      )}
      {items.map((item) => (
        <HabilitationItem key={item.id} item={item} canKeep={canKeep} onAction={(kind) => setOpen({ kind, item })} />
      ))}
      {open?.kind === 'request' && (
        <HabilitationRequestDialog
          hostId={host.id}
          renewal={items.some((item) => item.decision === 'accordee')}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
      {open?.kind === 'opinions' && (
        <RequestOpinionsDialog
          id={open.item.id}
          givers={GIVERS.filter((giver) => !open.item[giver].requestedOn)}
          preselected={GIVERS}
          schema={requestOpinionsInput}
          save={requestOpinions.mutateAsync}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
      {open?.kind === 'record' && (
        <RecordOpinionDialog
          id={open.item.id}
          givers={GIVERS.filter((giver) => open.item[giver].requestedOn && !open.item[giver].receivedOn)}
          schema={recordOpinionInput}
          save={recordOpinion.mutateAsync}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
      {open?.kind === 'decide' && (
        <HabilitationDecisionDialog id={open.item.id} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open?.kind === 'withdraw' && <WithdrawDialog id={open.item.id} onClose={() => setOpen(null)} onDone={done} />}
    </SectionCard>
  );
}

function HabilitationItem({
  item,
  canKeep,
  onAction,
}: {
  item: Habilitation;
  canKeep: boolean;
  onAction: (kind: 'opinions' | 'record' | 'decide' | 'withdraw') => void;
}) {
  const problemId = useId();
  const undecided = item.decision === null && !item.withdrawnOn;
  const toRequest = GIVERS.some((giver) => !item[giver].requestedOn);
  const toRecord = GIVERS.some((giver) => item[giver].requestedOn && !item[giver].receivedOn);
  const facts: [string, string][] = [];
  if (item.fileNote) facts.push(['Pièces du dossier', item.fileNote]);
  if (item.decidedOn)
    facts.push([item.decision === 'refusee' ? 'Refusée le' : 'Accordée le', dateOrDash(item.decidedOn)]);
  if (item.validUntil) facts.push(['Valable jusqu’au', dateOrDash(item.validUntil)]);
  if (item.withdrawnOn) facts.push(['Retirée le', dateOrDash(item.withdrawnOn)]);
  if (item.withdrawalReason) facts.push(['Motif du retrait', item.withdrawalReason]);
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
          {item.kind === 'renouvellement' ? 'Renouvellement' : 'Demande initiale'} du {dateOrDash(item.requestedOn)}
        </Typography>
        <StepChip step={item.step} label={item.stepLabel} />
      </Stack>
      <OpinionsList opinions={{ procureur: item.procureur, jap: item.jap, prefet: item.prefet }} extra={facts} />
      {item.decision && (
        <Stack sx={{ mt: 2, alignItems: 'flex-start' }}>
          <PrintButton
            label="Imprimer la décision"
            produce={() => generate.mutateAsync({ template: 'decision_habilitation', entityId: item.id })}
          />
        </Stack>
      )}
      {canKeep && undecided && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          {toRequest && (
            <Button variant="outlined" onClick={() => onAction('opinions')}>
              Demander les avis
            </Button>
          )}
          {toRecord && (
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
            Décision du directeur
          </Button>
          {item.decisionProblem && (
            <Typography id={problemId} variant="body2" color="text.secondary">
              {item.decisionProblem}
            </Typography>
          )}
        </Stack>
      )}
      {canKeep && item.step === 'accordee' && (
        <Button variant="outlined" color="error" sx={{ mt: 2 }} onClick={() => onAction('withdraw')}>
          Retirer l’habilitation
        </Button>
      )}
    </Paper>
  );
}
