import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useSession } from '../app/SessionContext';
import { CATALOGUE_READERS, canKeepCatalogue } from './access';
import { CatalogueLists } from './CatalogueLists';
import { HostPage } from './HostPage';
import { PostPage } from './PostPage';
import { parseCatalogueRoute } from './routes';

/** The "Postes et structures" area: picks the screen from the route, after checking the role may read the catalogue. */
export function CatalogueArea({ segments }: { segments: readonly string[] }) {
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
  const route = parseCatalogueRoute(segments);
  switch (route.screen) {
    case 'host':
      return <HostPage key={route.id ?? 'new'} id={route.id} canKeep={canKeep} />;
    case 'post':
      return (
        <PostPage key={route.id ?? `new-${route.hostId}`} id={route.id} newForHostId={route.hostId} canKeep={canKeep} />
      );
    default:
      return <CatalogueLists screen={route.screen} canKeep={canKeep} />;
  }
}
