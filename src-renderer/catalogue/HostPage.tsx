import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { HOST_TYPE_LABELS } from '@shared/domain/catalogue/host-types';
import { SectionCard } from '../cases/SectionCard';
import { HostDocumentsSection } from '../documents/HostDocumentsSection';
import { rpcQuery } from '../queries/rpcQuery';
import { HabilitationCard } from './HabilitationCard';
import { HabilitationChip } from './HabilitationChip';
import { HostForm } from './HostForm';
import { HostPostsCard } from './HostPostsCard';
import { HostTutorsCard } from './HostTutorsCard';
import { cataloguePaths } from './routes';

/** The structure file: identity, habilitation, tutors and posts; or the form of a new structure. */
export function HostPage({ id, canKeep }: { id: string | null; canKeep: boolean }) {
  return (
    <>
      <Link href={cataloguePaths.hosts}>← Retour aux structures</Link>
      {id === null ? <NewHost canKeep={canKeep} /> : <ExistingHost id={id} canKeep={canKeep} />}
    </>
  );
}

function NewHost({ canKeep }: { canKeep: boolean }) {
  return (
    <>
      <Typography variant="h1" sx={{ mt: 1, mb: 2 }}>
        Nouvelle structure
      </Typography>
      {canKeep ? (
        <SectionCard title="Identité de la structure">
          <HostForm host={null} canKeep onSaved={() => undefined} />
        </SectionCard>
      ) : (
        <Alert severity="info">
          Seuls le référent territorial TIG et la direction du service créent des structures.
        </Alert>
      )}
    </>
  );
}

function ExistingHost({ id, canKeep }: { id: string; canKeep: boolean }) {
  const query = useQuery(rpcQuery('hosts.get', { id }));
  const host = query.data;
  const [saved, setSaved] = useState(false);
  return (
    <>
      <Typography variant="h1" sx={{ mt: 1 }}>
        {host ? host.name : 'Structure d’accueil'}
      </Typography>
      {host && (
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
          <Typography>
            {HOST_TYPE_LABELS[host.type]}
            {host.city ? ` — ${host.city}` : ''}
          </Typography>
          <HabilitationChip host={host} />
        </Stack>
      )}
      {query.error && <Alert severity="error">{query.error.message}</Alert>}
      {query.isPending && <LinearProgress aria-label="Chargement de la structure" />}
      {host && (
        <>
          <SectionCard title="Identité de la structure">
            <HostForm
              key={host.updatedAt}
              host={host}
              canKeep={canKeep}
              saved={saved}
              onDismiss={() => setSaved(false)}
              onSaved={() => setSaved(true)}
            />
          </SectionCard>
          <HabilitationCard host={host} canKeep={canKeep} />
          <HostTutorsCard hostId={host.id} canKeep={canKeep} />
          <HostPostsCard hostId={host.id} canKeep={canKeep} />
          <HostDocumentsSection hostId={host.id} />
        </>
      )}
    </>
  );
}
