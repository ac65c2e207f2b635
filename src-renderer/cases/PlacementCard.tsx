import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { describeSlots } from '@shared/domain/weekly-slots';
import { endPlacementInput, type MeasureDetail, type Placement } from '@shared/schemas/measures';
import { clearFlash, peekFlash } from '../app/flash';
import { mapPaths } from '../map/routes';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { contractResolver } from '../forms/contractResolver';
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
    [
      'Tuteur',
      p.tutorName ? (p.tutorLegacy ? `${p.tutorName} (saisi librement, non inscrit au poste)` : p.tutorName) : '—',
    ],
    ['Début', dateOrDash(p.startDate)],
    ['Créneaux', p.schedule.length > 0 ? describeSlots(p.schedule) : '—'],
    ['Précisions', p.scheduleNote ?? '—'],
    ['Heures prévues', `${p.hoursPlanned} h`],
  ];
}

/** The current assignment to a post, its history, and the form to assign when there is none. */
export function PlacementCard({ detail, canFollow }: { detail: MeasureDetail; canFollow: boolean }) {
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
          <PlacementForm detail={detail} />
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
      {ending && <EndPlacementDialog placement={ending} onClose={() => setEnding(null)} />}
    </>
  );
}

function EndPlacementDialog({ placement, onClose }: { placement: Placement; onClose: () => void }) {
  const toInput = (values: { date: string; reason: string }) => ({ placementId: placement.id, ...values });
  const form = useForm({
    defaultValues: { date: todayLocal(), reason: '' },
    resolver: contractResolver(endPlacementInput, toInput),
  });
  const end = useRpcMutation('placements.end');
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await end.mutateAsync(toInput(values));
      onClose();
    } catch (error) {
      showServerError(form, error);
    }
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby="end-placement-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="end-placement-title">Mettre fin à l’affectation — {placement.postTitle}</DialogTitle>
        <DialogContent>
          <FormDateField control={form.control} name="date" label="Date de fin" autoFocus />
          <FormTextField control={form.control} name="reason" label="Motif de fin" required multiline minRows={2} />
          <FormErrorAlert error={form.formState.errors.root?.server} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" color="error" disabled={form.formState.isSubmitting}>
            Mettre fin
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
