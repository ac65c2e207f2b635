import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { Route, Routes, useParams } from 'react-router';
import type { Role } from '@shared/roles';
import { NotFoundPage } from '../shell/NotFoundPage';
import { useSession } from '../app/SessionContext';
import { CaseloadPage } from './CaseloadPage';
import { DistributionPage } from './DistributionPage';
import { ImportPage } from './ImportPage';
import { MeasurePage } from './MeasurePage';
import { NewMeasurePage } from './NewMeasurePage';
import { PersonPage } from './PersonPage';
import { WeekAppointmentsPage } from './WeekAppointmentsPage';

/** Roles that work on cases; the server applies the same rule on every method. */
export const CASE_ROLES: readonly Role[] = ['cpip', 'secretariat', 'dpip'];

/** The Dossiers area (below '/dossiers'): picks the screen from the route, after checking the role may see cases at all. */
export function CasesArea() {
  const { session } = useSession();
  const role = session.user?.role;
  if (!role || !CASE_ROLES.includes(role)) {
    return (
      <>
        <Typography variant="h1" gutterBottom>
          Dossiers
        </Typography>
        <Alert severity="info" variant="outlined" sx={{ maxWidth: 720 }}>
          Les dossiers des personnes suivies sont réservés aux CPIP, au secrétariat et à la direction du service. Votre
          rôle ne donne pas accès à cet espace.
        </Alert>
      </>
    );
  }
  return (
    <Routes>
      <Route index element={<CaseloadPage role={role} />} />
      <Route path="nouvelle" element={<NewMeasurePage />} />
      <Route path="mesure/:id/:tab?" element={<MeasureRoute role={role} />} />
      <Route path="personne/:id" element={<PersonRoute />} />
      <Route path="rendez-vous" element={<WeekAppointmentsPage role={role} />} />
      <Route path="repartition" element={<DistributionPage role={role} />} />
      <Route path="import" element={<ImportPage role={role} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

// Keyed by id: another measure or person is a new page, not the previous one's state with new data.
function MeasureRoute({ role }: { role: Role }) {
  const { id, tab } = useParams();
  return <MeasurePage key={id} id={id!} tab={tab} role={role} />;
}

function PersonRoute() {
  const { id } = useParams();
  return <PersonPage key={id} id={id!} />;
}
