import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { Route, Routes, useParams } from 'react-router';
import { useSession } from '../app/SessionContext';
import { NotFoundPage } from '../shell/NotFoundPage';
import { CATALOGUE_READERS, canKeepCatalogue } from './access';
import { CatalogueLists } from './CatalogueLists';
import { HostPage } from './HostPage';
import { PostPage } from './PostPage';
import { NEW_SEGMENT } from './routes';

/** The "Postes et structures" area: picks the screen from the route, after checking the role may read the catalogue. */
export function CatalogueArea() {
  const { session } = useSession();
  const role = session.user?.role;
  if (!role || !CATALOGUE_READERS.includes(role)) {
    return (
      <>
        <Typography variant="h1" gutterBottom>
          Postes et structures
        </Typography>
        <Alert severity="info" variant="outlined" sx={{ maxWidth: 720 }}>
          Le catalogue des structures d’accueil et des postes est réservé aux CPIP, au secrétariat, à la direction du
          service et au référent territorial TIG. Votre rôle ne donne pas accès à cet espace.
        </Alert>
      </>
    );
  }
  const canKeep = canKeepCatalogue(role);
  return (
    <Routes>
      <Route index element={<CatalogueLists screen="hosts" canKeep={canKeep} />} />
      <Route path="postes" element={<CatalogueLists screen="posts" canKeep={canKeep} />} />
      <Route path="tuteurs" element={<CatalogueLists screen="tutors" canKeep={canKeep} />} />
      <Route path="prospection" element={<CatalogueLists screen="prospection" canKeep={canKeep} />} />
      <Route path="structure/:id" element={<HostRoute canKeep={canKeep} />} />
      <Route path={`poste/${NEW_SEGMENT}/:hostId?`} element={<NewPostRoute canKeep={canKeep} />} />
      <Route path="poste/:id" element={<PostRoute canKeep={canKeep} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

// Keyed by id: another host or post is a new page, not the previous one's state with new data.
function HostRoute({ canKeep }: { canKeep: boolean }) {
  const { id } = useParams();
  const hostId = id === NEW_SEGMENT ? null : id!;
  return <HostPage key={hostId ?? 'new'} id={hostId} canKeep={canKeep} />;
}

function NewPostRoute({ canKeep }: { canKeep: boolean }) {
  const { hostId } = useParams();
  return <PostPage key={`new-${hostId}`} id={null} newForHostId={hostId ?? null} canKeep={canKeep} />;
}

function PostRoute({ canKeep }: { canKeep: boolean }) {
  const { id } = useParams();
  return <PostPage key={id} id={id!} newForHostId={null} canKeep={canKeep} />;
}
