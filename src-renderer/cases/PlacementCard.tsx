import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import { useEffect, useState, type FormEvent } from 'react';
import { describeSlots } from '@shared/domain/weekly-slots';
import { endPlacementInput, type MeasureDetail, type Placement } from '@shared/schemas/measures';
import { clearFlash, peekFlash } from '../app/flash';
import { useRpc } from '../app/RpcContext';
import { mapPaths } from '../map/routes';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { Facts } from './Facts';
import { dateOrDash, todayLocal } from './labels';
import { PlacementForm } from './PlacementForm';
import { casesPaths } from './routes';
import { SectionCard } from './SectionCard';

export function placementFacts(p: Placement): [string, string][] {
  return [
    ['Poste', p.postTitle],
    ['Structure', p.hostName],
    ['Adresse', p.postAddress ?? '—'],
    ['Tuteur', p.tutorName ?? '—'],
    ['Début', dateOrDash(p.startDate)],
    ['Créneaux', p.schedule.length > 0 ? describeSlots(p.schedule) : '—'],
    ['Précisions', p.scheduleNote ?? '—'],
    ['Heures prévues', `${p.hoursPlanned} h`],
  ];
}

/** The current assignment to a post, its history, and the form to assign when there is none. */
export function PlacementCard({
  detail,
  canFollow,
  onChanged,
}: {
  detail: MeasureDetail;
  canFollow: boolean;
  onChanged: () => void;
}) {
  const [ending, setEnding] = useState<Placement | null>(null);
  const active = detail.placements.find((p) => p.status === 'active');
  const ended = detail.placements.filter((p) => p.status === 'ended');
  const open = ['a_affecter', 'affecte', 'en_cours', 'suspendu'].includes(detail.measure.status);
  // "Placed from the map" arrives here once, after the route change.
  const flashRoute = casesPaths.measure(detail.measure.id, 'affectation');
  const [flash] = useState(() => peekFlash(flashRoute));
  useEffect(() => clearFlash(flashRoute), [flashRoute]);
  return (
    <>
      {flash && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {flash}
        </Alert>
      )}
      <SectionCard
        title={active ? 'Affectation en cours' : 'Affecter à un poste'}
        action={
          active && canFollow ? (
            <Button variant="outlined" color="error" size="small" onClick={() => setEnding(active)}>
              Mettre fin à l’affectation
            </Button>
          ) : !active && open && canFollow ? (
            <Button variant="outlined" size="small" href={mapPaths.measure(detail.measure.id)}>
              Trouver un poste sur la carte
            </Button>
          ) : undefined
        }
      >
        {active ? (
          <Facts rows={placementFacts(active)} />
        ) : !open ? (
          <Typography color="text.secondary">La mesure est close : aucune affectation n’est possible.</Typography>
        ) : canFollow ? (
          <PlacementForm detail={detail} onDone={onChanged} />
        ) : (
          <Typography color="text.secondary">
            Aucune affectation. L’affectation à un poste est décidée par le CPIP ou la direction.
          </Typography>
        )}
      </SectionCard>
      {ended.length > 0 && (
        <SectionCard title="Affectations terminées">
          {ended.map((p) => (
            <Typography key={p.id} sx={{ mb: 1 }}>
              <strong>{p.postTitle}</strong> — {p.hostName}, du {dateOrDash(p.startDate)} au {dateOrDash(p.endDate)}
              {p.endReason && ` (${p.endReason})`}
            </Typography>
          ))}
        </SectionCard>
      )}
      {ending && (
        <EndPlacementDialog
          placement={ending}
          onClose={() => setEnding(null)}
          onDone={() => {
            setEnding(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}

function EndPlacementDialog({
  placement,
  onClose,
  onDone,
}: {
  placement: Placement;
  onClose: () => void;
  onDone: () => void;
}) {
  const rpc = useRpc();
  const form = useZodForm({ date: todayLocal(), reason: '' });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(endPlacementInput, { placementId: placement.id, ...form.values }, async (parsed) => {
      await rpc.call('placements.end', parsed);
      onDone();
    });
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="end-placement-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="end-placement-title">Mettre fin à l’affectation — {placement.postTitle}</DialogTitle>
        <DialogContent>
          <TextField
            label="Date de fin"
            type="date"
            autoFocus
            slotProps={{ inputLabel: { shrink: true } }}
            {...form.text('date')}
          />
          <TextField label="Motif de fin" required multiline minRows={2} {...form.text('reason')} />
          <FormErrorAlert error={form.formError} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" color="error" disabled={form.pending}>
            Mettre fin
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
