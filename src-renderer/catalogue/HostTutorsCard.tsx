import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { Tutor } from '@shared/schemas/catalogue';
import { useRpcQuery } from '../app/useRpcQuery';
import { SectionCard } from '../cases/SectionCard';
import { TutorDialog } from './TutorDialog';
import { TutorsTable } from './TutorsTable';

/** The host's tutors, added and edited here. */
export function HostTutorsCard({ hostId, canKeep }: { hostId: string; canKeep: boolean }) {
  const tutors = useRpcQuery('tutors.list', { hostId, limit: 500 });
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
      <TutorsTable
        items={tutors.data?.items ?? []}
        withHost={false}
        onEdit={canKeep ? setEditing : undefined}
        emptyText={tutors.loading ? 'Chargement…' : 'Aucun tuteur pour cette structure.'}
      />
      {editing && (
        <TutorDialog
          hostId={hostId}
          tutor={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            void tutors.reload();
          }}
        />
      )}
    </SectionCard>
  );
}
