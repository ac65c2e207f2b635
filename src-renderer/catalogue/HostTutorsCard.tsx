import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Tutor } from '@shared/schemas/catalogue';
import { SectionCard } from '../cases/SectionCard';
import { rpcQuery } from '../queries/rpcQuery';
import { TutorDialog } from './TutorDialog';
import { TutorsGrid } from './TutorsGrid';

/** The host's tutors, added and edited here. */
export function HostTutorsCard({ hostId, canKeep }: { hostId: string; canKeep: boolean }) {
  const tutors = useQuery(rpcQuery('tutors.list', { hostId, limit: 500 }));
  const [editing, setEditing] = useState<Tutor | 'new' | null>(null);
  return (
    <SectionCard
      title="Tuteurs"
      action={
        canKeep ? (
          <Button variant="outlined" size="small" onClick={() => setEditing('new')}>
            Ajouter un tuteur
          </Button>
        ) : undefined
      }
    >
      {tutors.error && <Alert severity="error">{tutors.error.message}</Alert>}
      <TutorsGrid
        rows={tutors.data?.items ?? []}
        loading={tutors.isFetching}
        withHost={false}
        onEdit={canKeep ? setEditing : undefined}
        emptyText="Aucun tuteur pour cette structure."
      />
      {editing && (
        <TutorDialog
          hostId={hostId}
          tutor={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => setEditing(null)}
        />
      )}
    </SectionCard>
  );
}
