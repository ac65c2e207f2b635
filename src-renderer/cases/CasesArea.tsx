import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import type { Role } from '@shared/roles';
import { useSession } from '../app/SessionContext';
import { CaseloadPage } from './CaseloadPage';
import { DistributionPage } from './DistributionPage';
import { ImportPage } from './ImportPage';
import { MeasurePage } from './MeasurePage';
import { NewMeasurePage } from './NewMeasurePage';
import { PersonPage } from './PersonPage';
import { parseCasesRoute } from './routes';
import { WeekAppointmentsPage } from './WeekAppointmentsPage';

/** Roles that work on cases; the server applies the same rule on every method. */
export const CASE_ROLES: readonly Role[] = ['cpip', 'secretariat', 'dpip'];

/** The Dossiers area: picks the screen from the route, after checking the role may see cases at all. */
export function CasesArea({ segments }: { segments: readonly string[] }) {
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
  const route = parseCasesRoute(segments);
  switch (route.screen) {
    case 'new':
      return <NewMeasurePage />;
    case 'measure':
      return <MeasurePage key={route.id} id={route.id} tab={route.tab} role={role} />;
    case 'person':
      return <PersonPage key={route.id} id={route.id} />;
    case 'week':
      return <WeekAppointmentsPage role={role} />;
    case 'distribution':
      return <DistributionPage role={role} />;
    case 'import':
      return <ImportPage role={role} />;
    default:
      return <CaseloadPage role={role} />;
  }
}
