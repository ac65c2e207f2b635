import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { Route, Routes, useParams } from 'react-router';
import type { Role } from '@shared/roles';
import { NotFoundPage } from '../shell/NotFoundPage';
import { useSession } from '../app/SessionContext';
import { MapPage } from './MapPage';
import { MeasureMapPage } from './MeasureMapPage';

/** Who reads the catalogue on the map; the server applies the same rule (catalogue-contract READERS). */
export const MAP_ROLES: readonly Role[] = ['cpip', 'secretariat', 'dpip', 'referent'];
/** Who may ask for suggestions and place a person (matching.suggest). */
export const MATCHING_ROLES: readonly Role[] = ['cpip', 'dpip'];

function Refused({ text }: { text: string }) {
  return (
    <>
      <Typography variant="h1" gutterBottom>
        Carte des postes
      </Typography>
      <Alert severity="info" variant="outlined" sx={{ maxWidth: 720 }}>
        {text}
      </Alert>
    </>
  );
}

/** The Carte area: the map of all posts, or the map of one measure's suggestions. */
export function MapArea() {
  const { session } = useSession();
  const role = session.user?.role;
  if (!role || !MAP_ROLES.includes(role)) {
    return (
      <Refused text="La carte des postes est réservée aux CPIP, au secrétariat, au référent territorial et à la direction du service." />
    );
  }
  return (
    <Routes>
      <Route index element={<MapPage />} />
      <Route path="mesure/:measureId" element={<MeasureMapRoute role={role} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function MeasureMapRoute({ role }: { role: Role }) {
  const { measureId } = useParams();
  if (!MATCHING_ROLES.includes(role)) {
    return <Refused text="Les postes proposés pour une mesure sont réservés au CPIP et à la direction du service." />;
  }
  return <MeasureMapPage key={measureId} measureId={measureId!} />;
}
